"""A place and another place's body coordinated into one capitalised run ("Chongqing and Singapore's Economic
Development Board signed ..."): the possessive marks its owner, so the run is two actors, the place and the owned
body, never one name "Chongqing and Singapore's ...". The body is read as it would be if named alone
(entity_kinds.org_entity). Pure function over one sentence's entities.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity, org_entity, place_entity

PAIR = re.compile(r"^(?P<a>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})\s+and\s+(?P<owned>(?:the\s+)?[A-Z][\w.-]*"
                  r"(?:\s[A-Z][\w.-]*){0,2}['’]s\s+[A-Z].+)$")


def split_place_pairs(entities: list[Entity], local: dict[str, str]) -> list[Entity]:
    """The entities with each organisation run "<Place> and <Owner>'s <Body>" read as the place and the body."""
    out: list[Entity] = []
    for e in entities:
        m = PAIR.match(e.surface) if e.kind == "org" and " and " in e.surface and ("'s " in e.surface or
                                                                                 "’s " in e.surface) else None
        first = place_entity(m.group("a"), e.start, e.start + m.end("a")) if m else None
        body = org_entity(m.group("owned"), e.start + m.start("owned"), e.end, local) if first else None
        out += [first, body] if body is not None else [e]
    return out
