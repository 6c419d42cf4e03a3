"""Where an English gathering is held when the entity reader gives no city: the city it is named after ("Cleveland
Climate Week", "the Vienna Energy Forum", "Cape Town Climate Summit 2023", and with the city after the head: "Climate
Week NYC", "Expo 2020 Dubai": held in that city), and a town too small
for the reader told with its country ("in Apia, Samoa": the country vouches for the town). Pure functions; one
precompiled match each, then a few gazetteer look-ups."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import Entity

# an edition's year may open the name; the city's one to three capitalised words and at least one more word before
# the head; an edition's year may close it
NAMED_AFTER = re.compile(r"(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?P<words>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,5})\s+"
                         r"(?:Week|Summit|Forum|Conference|Dialogue|Expo)(?:\s+(?:19|20)\d\d)?")
# a gathering named after a pact, a body or a process is held wherever that body meets ("Montreal Protocol
# Conference", "Shanghai Cooperation Organisation Summit", "Kyoto Process Forum")
NOT_A_HOST = re.compile(r"\b(?:Protocol|Agreement|Accord|Pact|Process|Convention|Cooperation|Organi[sz]ation|Group|"
                        r"Initiative|Declaration|Principles|Consensus|Club|Council|Network|Alliance)\b")


# a city named right after the head word (an edition's year between): "Climate Week NYC", "Expo 2020 Dubai"; the name
# ends there (punctuation, a preposition or a relative word follows)
CITY_AFTER_HEAD = re.compile(r"(?:\s+(?:19|20)\d\d)?\s+(?P<city>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)"
                             r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|from|last|this|earlier|which|that|where|when|to)\b)")
HEAD_LAST = re.compile(r"\b(?:Week|Summit|Forum|Conference|Dialogue|Expo)$")


def city_after_head(sentence: str, end: int) -> tuple[int, tuple[str, str]] | None:
    """(where the name ends, (city, country)) where an English gathering's name that ends on its head word goes on with
    the city it is held in ("... Climate Week NYC on September 21": New York City), else None."""
    if not HEAD_LAST.search(sentence, max(0, end - 12), end) or \
            (m := CITY_AFTER_HEAD.match(sentence, end)) is None:
        return None
    place = gazetteer().find_en(m.group("city"))
    return (m.end(), (place.name, place.country)) if place is not None and place.kind == "city" else None


def host_city(name: str) -> tuple[str, str] | None:
    """(city, country) of the city an English gathering's name opens with ("Cleveland Climate Week": Cleveland, US),
    or closes with after its head ("Climate Week NYC"), or None: a name that opens with no city (a region, a country,
    a body) or names a pact or a body."""
    if name.isascii() and (last := re.search(r"\b(?:Week|Summit|Forum|Conference|Dialogue|Expo)\b", name)) and \
            (after := city_after_head(name, last.end())) is not None and after[0] == len(name):
        return after[1]
    m = NAMED_AFTER.fullmatch(name.strip()) if name.isascii() else None
    if m is None or NOT_A_HOST.search(name):
        return None
    words = m.group("words").split()
    for k in range(min(3, len(words) - 1), 0, -1):  # "Cape Town Climate Summit": the longest place name opening it
        place = gazetteer().find_en(" ".join(words[:k]))
        if place is not None:
            return (place.name, place.country) if place.kind == "city" else None
    return None


# "<Town>, " right before a country's name
TOWN_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+$")


def towns_with_country(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities, with a town the reader skipped added where the sentence tells it with its country ("in Apia,
    Samoa"): a place of that name in that country's list of towns is that town."""
    out = []
    for e in entities:
        if e.kind == "country" and e.start and sentence[e.start - 2:e.start] == ", " and not any(
                o.end == e.start - 2 for o in entities) and (m := TOWN_BEFORE.search(sentence, max(0, e.start - 40),
                                                                                     e.start)):
            place = gazetteer().place(m.group(1))
            if place is not None and place.kind == "city" and place.country == e.country:
                out.append(Entity(place.name, "city", place.country, m.start(1), m.end(1), m.group(1)))
        out.append(e)
    return out
