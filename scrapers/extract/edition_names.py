"""Sentences that tell another edition of a gathering than the one a story names (issue 17, one summit told by many
pages; docs/summit-editions.md): "The first summit was held in Norfolk, Virginia, in September 2024" in a story of
the second summit is where and when the FIRST was held. A story's event named by its head word only takes its day
and place from the story's other sentences (held_elsewhere); those whose head word is given another edition
(event_rules.edition_at: "first", "2nd", 首届, 第三届) than the event's own, where it is given, are left out of
that search."""
from __future__ import annotations

from scrapers.extract.event_rules import edition_at


def same_edition(sentences: list[str], head: str, edition: int | None) -> list[str]:
    """The sentences, less those whose first `head` word ("summit", 峰会) is given an edition other than `edition`
    (all of them where the event's own edition is untold: "首届…峰会在天津举行" may be the story's own)."""
    if edition is None:
        return sentences
    h = head.casefold()
    out = []
    for s in sentences:
        at = s.casefold().find(h)
        if at >= 0 and (e := edition_at(s, at, at + len(h))) is not None and e != edition:
            continue
        out.append(s)
    return out
