"""The city an English gathering is named after ("Cleveland Climate Week", "the Vienna Energy Forum", "Cape Town
Climate Summit 2023"): such a gathering is held in that city, so a text that names no venue city still places it. A
pure function over the name; one precompiled match, then at most two gazetteer look-ups."""
from __future__ import annotations

import re

from pactwatch.gazetteer import gazetteer

# an edition's year may open the name; the city's one to three capitalised words and at least one more word before
# the head; an edition's year may close it
NAMED_AFTER = re.compile(r"(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?P<words>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,5})\s+"
                         r"(?:Week|Summit|Forum|Conference|Dialogue|Expo)(?:\s+(?:19|20)\d\d)?")
# a gathering named after a pact, a body or a process is held wherever that body meets ("Montreal Protocol
# Conference", "Shanghai Cooperation Organisation Summit", "Kyoto Process Forum")
NOT_A_HOST = re.compile(r"\b(?:Protocol|Agreement|Accord|Pact|Process|Convention|Cooperation|Organi[sz]ation|Group|"
                        r"Initiative|Declaration|Principles|Consensus|Club|Council|Network|Alliance)\b")


def host_city(name: str) -> tuple[str, str] | None:
    """(city, country) of the city an English gathering's name opens with ("Cleveland Climate Week": Cleveland, US),
    or None: a name that opens with no city (a region, a country, a body) or names a pact or a body."""
    m = NAMED_AFTER.fullmatch(name.strip()) if name.isascii() else None
    if m is None or NOT_A_HOST.search(name):
        return None
    words = m.group("words").split()
    for k in range(min(3, len(words) - 1), 0, -1):  # "Cape Town Climate Summit": the longest place name opening it
        place = gazetteer().find_en(" ".join(words[:k]))
        if place is not None:
            return (place.name, place.country) if place.kind == "city" else None
    return None
