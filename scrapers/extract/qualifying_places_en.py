"""A state or province named only to say where a city is ("signed in Tangshan, Hebei Province, on May 20"): a
qualifier of the city, not an actor of the story (issue 17, the sixty-ninth web). Read by principal_places: such a
province is no place "the Governor" of the story stands for (a West Virginia governor's delegation had signed for
Hebei Province, named only as Tangshan's province)."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity

_COMMA = re.compile(r",\s*(?:the\s+)?")


def qualifies_city(sentence: str, e: Entity, entities: list[Entity]) -> bool:
    """Whether a state or province follows a city it qualifies ("Tangshan, Hebei Province")."""
    if e.kind not in {"state", "province"} or "," not in sentence[max(0, e.start - 6):e.start]:
        return False
    return any(c.kind == "city" and c.end <= e.start and (m := _COMMA.match(sentence, c.end)) and m.end() == e.start
               for c in entities)
