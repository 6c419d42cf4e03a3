"""A group's regional subsidiary or a bank's regional branch named whole in Chinese: "国家能源集团宁夏电力有限公司"
(CHN Energy's Ningxia power company), "国家电投集团江西电力有限公司", "中国华能集团江苏分公司"; "中国建设银行江苏省分行",
"汇丰银行（中国）有限公司昆明分行" (a bank's provincial or city branch, its parent's legal form in brackets or not). The
entity reader finds the parent group or bank (an alias: 国家能源集团 -> China Energy Investment Corporation) and the
province or city after it, and the party reader took them for two parties (the group and Ningxia, the bank and
Jiangsu) with the rest lost. The subsidiary or branch is the party, as written: the parent is not it (a wrong party
is worse than a name left in Chinese), and the place only says where it works. Pure function over one party slot of
a signing clause, used by parties_zh.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity

# the subsidiary's own words after its region, then its legal form: "电力有限公司", "分公司", "新能源有限责任公司"
_REST = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:股份有限公司|有限责任公司|有限公司|分公司|子公司)$")
_GROUP = re.compile(r"(?:集团|公司)$")
# a bank's branch after its place: "（江苏）省分行", "（苏州）分行", "（鼓楼）支行"; the bank's own legal form may stand between
# the bank and the place, after a bracket the party reader has blanked ("汇丰银行（中国）有限公司昆明分行")
_BRANCH = re.compile(r"(?:省|市|自治区)?(?:分行|支行)$")
_BANK = re.compile(r"银行$")
_BANK_FORM = re.compile(r"\s*(?:股份有限公司|有限责任公司|有限公司)?$")


def group_subsidiary(core: str, at: int, inside: list[Entity], written: str | None = None) -> str | None:
    """The whole name, as written, where a party slot (`core`, at sentence offset `at`; `inside` the entities found in
    it; `written` the sentence before its asides were blanked) is a group's name, a province or city right after it
    and the subsidiary's own words and legal form, or a bank's name, its legal form, a province or city and 分行/支行;
    else None."""
    found = sorted((e for e in inside if core[e.start - at:e.end - at].strip()), key=lambda e: e.start)  # not blanked
    if len(found) != 2 or found[0].start != at or found[0].kind != "org":
        return None
    place = found[1]
    if place.kind not in {"province", "city", "state"}:
        return None
    if _GROUP.search(found[0].surface) and place.start == found[0].end:
        return core if _REST.fullmatch(core, place.end - at) else None
    if not _BANK.search(found[0].surface) or not _BANK_FORM.fullmatch(core[found[0].end - at:place.start - at]) or \
            not _BRANCH.fullmatch(core, place.end - at):
        return None
    return written[at:at + len(core)] if written is not None else core
