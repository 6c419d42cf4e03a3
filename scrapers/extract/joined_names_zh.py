"""Two Chinese names the organisation finder read as one ("正泰新能源与马来西亚国家能源公司"), told apart.

The finder extends a company's suffix (公司, 集团 ...) to the left over 与/和 where the words before end on a topic
word ("气候变化与可持续发展研究院": two topics inside one name). A firm's short name often ends on such a word too
(正泰新能源, 远景能源), so "<firm>与<country>…公司" came out as one name. What follows 与 tells: a topic goes on
with another topic, a counterpart opens with its country ("马来西亚国家能源公司", "埃及电力公司"). Such a name is
split at that 与 into the two names as the finder reads each alone (the left one may be none: the party rules then
read it by its shape).
"""
from __future__ import annotations

from dataclasses import replace

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import Entity, find_entities


def split_counterparts(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The sentence's entities with every organisation that joins a name to a country's body at 与/和 split in two."""
    out: list[Entity] = []
    for e in entities:
        cut = _counterpart_cut(e.surface) if e.kind == "org" and ("与" in e.surface or "和" in e.surface) else None
        if cut is None:
            out.append(e)
            continue
        for a, b in ((e.start, e.start + cut), (e.start + cut + 1, e.end)):
            out += [replace(x, start=x.start + a, end=x.end + a) for x in find_entities(sentence[a:b])]
    return out


def _counterpart_cut(surface: str) -> int | None:
    """Where in the name the 与/和 stands that is followed by a country's name (its offset), if any."""
    gaz = gazetteer()
    for k, ch in enumerate(surface):
        if ch not in "与和" or k < 2:
            continue
        rest = surface[k + 1:]
        if any((p := gaz.find_zh(rest[:n])) and p.kind == "country" for n in range(min(6, len(rest) - 2), 1, -1)):
            return k
    return None
