"""A city named with its state after it ("Santa Fe, New Mexico", "Birmingham, Alabama"): the city of that name in
that state, not the larger namesake in another country the gazetteer reads the bare name as (Santa Fe in Argentina,
Birmingham in England); and a town too small to be read by its name alone ("Golden, Colorado", "Annapolis,
Maryland": a bare "Golden" is an ordinary word) read where the state it lies in is named right after it.
Pure functions over one sentence's entities; the towns come from the gazetteer's `city_in`."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import Place, gazetteer
from scrapers.extract.entity_kinds import Entity


def _city_in(name: str, region: str, country: str) -> Place | None:
    """The city called `name` in `region` of `country`, if the gazetteer's rows hold one."""
    return gazetteer().city_in(name, country, region)


def qualified_cities(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with a city read as its namesake in the state, province or country named right after it
    (", New Mexico", ", Scotland") where the two lie in different countries; a city with no namesake in the country
    named is left out."""
    out: list[Entity | None] = list(entities)
    for i, e in enumerate(entities[:-1]):
        nxt = entities[i + 1]
        if e.kind != "city" or nxt.kind not in {"state", "province", "country"} or nxt.country == e.country or \
                sentence[e.end:nxt.start] not in {", ", ","}:
            continue
        if nxt.kind == "country":
            # "Perth, Scotland": the city of that name in the country named; "Majuro, Tuvalu": none there, so the
            # name is some town no table holds, not the capital of another country
            place = gazetteer().city_in(e.name, nxt.country)
            out[i] = Entity(place.name, place.kind, place.country, e.start, e.end, e.surface) if place else None
        elif (place := _city_in(e.name, nxt.name, nxt.country)) is not None:
            out[i] = Entity(place.name, place.kind, place.country, e.start, e.end, e.surface)
    return [e for e in out if e is not None]


# one to three capitalised words right before ", <state>": the town's name ("Golden", "Mount Vernon", "Coeur d'Alene")
_TOWN_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))((?:[A-Z][a-z’'.-]+|d'|de|la)(?:\s(?:[A-Z][a-z’'.-]+|d'|de|la)){0,2}),\s?$")


def towns_before_states(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with a town added where a name no table reads stands right before ", <its state or province>"
    and the gazetteer holds a city of that name in that state ("Golden, Colorado, pledged ...": Golden, not
    Colorado, is the actor). Only a city of exactly that name in exactly that region is read: a word before a comma
    ("On Monday, Colorado ...") names no town."""
    out = list(entities)
    for i, nxt in enumerate(entities):
        if nxt.kind not in {"state", "province"} or "," not in sentence[max(0, nxt.start - 2):nxt.start]:
            continue
        before = entities[i - 1].end if i else 0
        m = _TOWN_BEFORE.search(sentence, before, nxt.start)
        if m is None or m.start(1) < before:
            continue
        if (place := _city_in(m.group(1), nxt.name, nxt.country)) is not None:
            out.append(Entity(place.name, place.kind, place.country, m.start(1), m.end(1), m.group(1)))
    return sorted(out, key=lambda e: e.start) if len(out) > len(entities) else entities
