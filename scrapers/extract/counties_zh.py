"""A Chinese county's government named in a sentence, where no table knows the county (将乐县, 将乐县人民政府).

The gazetteer holds cities, not counties, so "将乐县人民政府与…签约" lost its county: the organisation finder stops at
将 (a function word: "will") and kept 乐县人民政府, and a bare "将乐县与…" was no name at all. A county is named by
its two-character name and 县 where a clause or a list item opens (after punctuation, a day, 与/和/同) and the name
goes on as a party or a subject does (its government, 与, 召开, 发布…). It is kept as written (its Chinese name with
县: an unknown county is never rendered in pinyin), one name for the county and its government. Counts and deictics
(全县, 该县, 各县, 两县) are no county's name.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity

# (a district's 区 is left alone: 开发区, 高新区, 示范区 are no governments)
COUNTY = re.compile(r"(?:(?<=^)|(?<=[，。；、：:\s日与和同]))(?P<name>(?![全该本各我每一两三四五六七八九十个市区省州郡])"
                    r"[\u4e00-\u9fff]{2}县)(?P<gov>人民政府|政府)?"
                    r"(?=与|和|、|同|跟|正式|签|将|召开|发布|印发|出台|举行|提出|力争|承诺|在|于|，|。)")


def county_governments(sentence: str, found: list[Entity]) -> list[Entity]:
    """The entities with each county government the sentence names added (as written, kind org), replacing what
    was found inside or across its span ("乐县人民政府" in "将乐县人民政府")."""
    if "县" not in sentence:
        return found
    out = list(found)
    for m in COUNTY.finditer(sentence):
        start, end = m.start("name"), m.end()
        over = [e for e in out if e.start < end and start < e.end]
        if any(e.start < start or e.end > end for e in over):
            continue  # part of a longer name the tables know ("…县供电公司"): that name stands
        out = [e for e in out if e not in over]
        out.append(Entity(m.group("name"), "org", "CN", start, end, sentence[start:end]))
    return sorted(out, key=lambda e: e.start)
