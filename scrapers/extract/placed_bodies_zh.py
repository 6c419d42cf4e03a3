"""A body a Chinese text names after its own place, the place written right before the name the tables keep for it:
"香港环境及生态局" (Hong Kong's Environment and Ecology Bureau, which the tables know as 环境及生态局), "澳门…局", "中国…部".
The place only says whose body it is: one party, the body, not the place and the body as two signers. Read only where
the tables give the body a country and the place lies in that same country, so a place before a body of elsewhere
("在北京" before a foreign ministry) stays a place of its own.
"""
from __future__ import annotations

from scrapers.extract.entity_kinds import Entity

_PLACE_KINDS = {"city", "province", "state", "country"}


def placed_bodies(s: str, entities: list[Entity]) -> list[Entity]:
    """`entities` with each place written right before a body of its own country joined into that body (see the
    module docstring)."""
    out: list[Entity] = []
    for e in entities:
        prev = out[-1] if out else None
        if prev is not None and e.kind == "org" and e.country and prev.kind in _PLACE_KINDS and \
                prev.country == e.country and prev.end == e.start:
            out[-1] = Entity(e.name, "org", e.country, prev.start, e.end, s[prev.start:e.end])
            continue
        out.append(e)
    return out
