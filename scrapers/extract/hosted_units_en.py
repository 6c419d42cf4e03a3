"""A research unit named with the university that hosts it ("the Prairie Research Institute at the University of
Illinois Urbana-Champaign", "the Energy Institute at Haas"): one actor, the unit, whose span covers its host (the
host only says where the unit sits; it is no second party). Pure function over the entities of a sentence."""
from __future__ import annotations

from scrapers import lazy_re as re
from typing import Callable

from scrapers.extract.entity_pairs import fold_pairs

# a unit's head word: what a university hosts ("... Institute", "Center for ..."; not a company or government body)
_UNIT_HEAD = re.compile(r"\b(?:Institute|Center|Centre|Laboratory|Lab|School|Survey|Initiative|Program|Programme|"
                        r"Observatory)\b")
_HOST = re.compile(r"\b(?:University|College|Institute\s+of\s+Technology)\b")
_AT = re.compile(r"\s+at\s+(?:the\s+)?")


def merge_hosted_units(ents: list, s: str, make: Callable) -> list:
    """Entities with "<unit> at <university>" read as the unit alone, its span over the host; `make(entity, start,
    end, surface)` copies one with a new span."""
    return fold_pairs(ents, s, make, lambda e, nxt: _UNIT_HEAD.search(e.name) and not _HOST.search(e.name) and
                      _HOST.search(nxt.surface) and _AT.fullmatch(s[e.end:nxt.start]))
