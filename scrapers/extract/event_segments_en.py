"""A segment of a conference named with the conference it belongs to, in English: "the World Leaders Summit of
COP26", "told the High-Level Segment at COP28 in Dubai", "the Leaders' Summit of the UN climate conference". The
segment is a day or two of that conference, not a gathering of its own: what happened there happened at the
conference, which the same phrase names, so the segment is dropped from the sentence's gatherings (one event, the
conference, with its own days and city). A segment named alone ("the Leaders Summit on Climate", "the World Leaders
Summit in Glasgow") stays a gathering.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# the generic names conferences give their leaders' or ministers' days
SEGMENT = re.compile(r"^(?:the\s+)?(?:(?:World|Global)\s+Leaders['’]?|Leaders['’]?|Heads\s+of\s+State(?:\s+and\s+"
                     r"Government)?|High[- ]Level|Ministerial|Leaders['’]?\s+Level)\s+(?:Summit|Segment|Event)$", re.I)
# "... of COP26", "... at the UN climate conference": the conference named right after it
OF_AT = re.compile(r"\s+(?:of|at|during)\s+(?:the\s+)?")


def drop_segments(sentence: str, found: list[tuple[int, int, str, tuple[str, ...]]]) -> list:
    """`found` (start, end, name, surfaces: the gatherings of one sentence, in order) without a conference's segment
    named with the conference ("the World Leaders Summit of COP26"): its news is the conference's."""
    out = []
    for i, f in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        glue = OF_AT.match(sentence, f[1])
        if nxt and glue and glue.end() == nxt[0] and SEGMENT.match(f[2]) and not SEGMENT.match(nxt[2]):
            continue
        out.append(f)
    return out
