"""A group's regional subsidiary named whole in Chinese: "国家能源集团宁夏电力有限公司" (CHN Energy's Ningxia power
company), "国家电投集团江西电力有限公司", "中国华能集团江苏分公司". The entity reader finds the parent group (an alias:
国家能源集团 -> China Energy Investment Corporation) and the province after it, and the party reader took them for two
parties (the group and Ningxia) with the rest lost. The subsidiary is the party, as written: the parent group is not
it (a wrong party is worse than a name left in Chinese), and the province only says where it works. Pure function over
one party slot of a signing clause, used by parties_zh.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity

# the subsidiary's own words after its region, then its legal form: "电力有限公司", "分公司", "新能源有限责任公司"
_REST = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:股份有限公司|有限责任公司|有限公司|分公司|子公司)$")
_GROUP = re.compile(r"(?:集团|公司)$")


def group_subsidiary(core: str, at: int, inside: list[Entity]) -> str | None:
    """The whole name, as written, where a party slot (`core`, at sentence offset `at`; `inside` the entities found in
    it) is a group's name, a province or city right after it and the subsidiary's own words and legal form; else
    None."""
    found = sorted(inside, key=lambda e: e.start)
    if len(found) != 2 or found[0].start != at or found[0].kind != "org" or not _GROUP.search(found[0].surface):
        return None
    place = found[1]
    if place.kind not in {"province", "city", "state"} or place.start != found[0].end:
        return None
    return core if _REST.fullmatch(core, place.end - at) else None
