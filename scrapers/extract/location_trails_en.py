"""Where a local government lies, written after its name as a comma trail: "Weifang City, Shandong Province, China,",
"the Vice Governor of Shandong Province, People's Republic of China, exchanged ...", "Kanazawa City, Ishikawa
Prefecture,". Japanese, Korean and Chinese governments' English releases name a city with its " City" and then its
province and country: the trail says where the city is; neither the province nor the country signed. A country
after its own province or city is a trail only where a comma (or the sentence's end) closes it: "Guangdong, China and
Japan signed ..." lists three. Read by roles.actors beside region_countries_en's "Saskatchewan, Canada".
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity
from scrapers.extract.region_countries_en import in_other_state

# between the place and the larger one it lies in: ", " (the city's own word " City" may come first)
_GAP = re.compile(r"(?:\s+City)?\s*,\s*")
_CLOSED = re.compile(r"\s*(?:,|\)|$|\.\s*$)")


def in_trail(entities: list[Entity], i: int, sentence: str) -> bool:
    """Whether entities[i] (a province, state or country) only says where the place before it lies: written right
    after that place of its own country and a comma ("Weifang City, Shandong Province"), a country closed by a comma
    after its province ("Shandong Province, People's Republic of China,")."""
    if i == 0:
        return False
    e, prev = entities[i], entities[i - 1]
    if e.kind not in {"province", "state", "country"} or prev.kind not in {"city", "province", "state"} or \
            not e.country or prev.country != e.country or _GAP.fullmatch(sentence, prev.end, e.start) is None:
        return False
    if e.kind == "country":
        return _CLOSED.match(sentence, e.end) is not None
    return prev.kind == "city" and not in_other_state(prev, e)


def party_seats_dropped(sentence: str, places: list[Entity], entities: list[Entity]) -> list[Entity]:
    """The candidate signing places without one written "in <place>" right after a party's name and followed by its
    region ("with Rongcheng City in Weihai, Shandong Province, China, at Pyeongtaek City Hall"), where another
    candidate is the venue "at" which it was signed: that "in" says where the party lies."""
    if not any(re.search(r"\bat\s+(?:the\s+)?$", sentence[:p.start]) for p in places):
        return places
    seats = []
    for p in places:
        prev = max((e for e in entities if e.end <= p.start), key=lambda e: e.end, default=None)
        if prev is not None and re.fullmatch(r"(?:\s+City)?\s+in\s+", sentence[prev.end:p.start]) and \
                re.match(r"\s*,\s*[A-Z]", sentence[p.end:]):
            seats.append(p)
    return [p for p in places if p not in seats] if len(seats) < len(places) else places
