"""A local government named by its kind before its place: "the City Government of Marikina", "the Provincial
Government of Palawan", "the Municipal Government of Iloilo" (the way Philippine, Indonesian and Chinese English
releases name a city's or province's government). The capitalised run reads as no organisation ("Government" heads
nothing alone) and stopped at the place, so the government was lost; it is the place when the gazetteer knows it (as
itself or as "<place> City"), else the government by its name as written.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity, place_entity
from scrapers.extract.regions_en import is_region

KINDS = frozenset({"City", "Provincial", "Municipal", "State", "Regional", "County", "Prefectural", "Metropolitan",
                   "Local"})
# "(the) City Government of <place>": the place is one to three capitalised words (a title after it is a person's:
# "the Provincial Government of Palawan Governor X" keeps Palawan)
GOVERNMENT_OF = re.compile(r"(?P<kind>City|Provincial|Municipal|State|Regional|County|Prefectural|Metropolitan|Local)\s+"
                           r"Government\s+of\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_TITLES = frozenset({"Governor", "Mayor", "Vice", "Deputy", "Secretary", "Chairman", "Chair", "Director", "Officer",
                     "Administrator", "Board", "Council", "Province", "Provincial"})


def government_of(s: str, start: int) -> Entity | None:
    """The government "<kind> Government of <place>" names at `start` (its span covering the whole name), or None:
    the place the gazetteer knows ("the City Government of Manila" is Manila), else the name as written."""
    m = GOVERNMENT_OF.match(s, start)
    if not m:
        return None
    words = m.group("place").split()
    while len(words) > 1 and words[-1] in _TITLES:
        words.pop()  # "of Palawan Governor X": the place ends before the title
    # a city's government is the city ("Marikina" the gazetteer knows as "Marikina City"); a province's or state's
    # is the province or state, never the city of its name (the Provincial Government of Cebu is not Cebu City)
    kinds = {"city"} if m.group("kind") in {"City", "Municipal", "Metropolitan", "Local"} else {"province", "state"}
    for n in range(len(words), 0, -1):
        place = " ".join(words[:n])
        end = m.start("place") + len(place)
        if is_region(place):  # "the State Government of Johor": the state (regions_en)
            return Entity(place, "org", None, start, end, s[start:end])
        for surface in (place, f"{place} City") if "city" in kinds else (place,):
            if (ent := place_entity(surface, start, end)) and ent.kind in kinds:
                return Entity(ent.name, ent.kind, ent.country, start, end, s[start:end])
    place = words[0]
    end = m.start("place") + len(place)
    return Entity(s[start:end], "org", None, start, end, s[start:end])
