"""Two entities of a sentence read as one: a unit and the body it belongs to, the second only saying whose the first
is ("the X Institute at the University of Y", "the Institute of X, Chinese Academy of Sciences"). Pure function."""
from __future__ import annotations

from typing import Callable


def fold_pairs(ents: list, s: str, make: Callable, joined: Callable, keep_second: bool = False) -> list:
    """`ents` with each neighbouring pair that `joined(first, second)` accepts read as the first alone (the second,
    with `keep_second`: "the Academy's Institute of X" is the institute), its span over both (`make(entity, start,
    end, surface)` copies one with a new span); others unchanged."""
    out: list = []
    i = 0
    while i < len(ents):
        e, nxt = ents[i], ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and e.kind == "org" and nxt.kind == "org" and joined(e, nxt):
            out.append(make(nxt if keep_second else e, e.start, nxt.end, s[e.start:nxt.end]))
            i += 2
            continue
        out.append(e)
        i += 1
    return out
