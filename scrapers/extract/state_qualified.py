"""A city named with its state after it ("Santa Fe, New Mexico", "Birmingham, Alabama"): the city of that name in
that state, not the larger namesake in another country the gazetteer reads the bare name as (Santa Fe in Argentina,
Birmingham in England).
A pure function over one sentence's entities; the gazetteer's city rows are indexed by name once, on first use."""
from __future__ import annotations

from functools import lru_cache

from pactwatch.gazetteer import Place, gazetteer
from scrapers.extract.entity_kinds import Entity


@lru_cache(maxsize=1)
def _rows_by_name() -> dict[str, list[int]]:
    """Every geonames city row index by its name (the gazetteer's English table keeps the largest only)."""
    gaz = gazetteer()
    gaz.find_en("")  # the city rows are loaded with the gazetteer's tables
    out: dict[str, list[int]] = {}
    for i, row in enumerate(gaz._city_rows):
        out.setdefault(row[0], []).append(i)
    return out


def _city_in(name: str, region: str, country: str) -> Place | None:
    """The city called `name` in `region` of `country`, if the gazetteer's rows hold one."""
    gaz = gazetteer()
    for i in _rows_by_name().get(name, ()):
        row = gaz._city_rows[i]
        if row[1] == country and row[4] == region:
            return gaz._city(i)
    return None


def qualified_cities(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with a city read as its namesake in the state or province named right after it (", New Mexico")
    where the two lie in different countries."""
    out = list(entities)
    for i, e in enumerate(entities[:-1]):
        nxt = entities[i + 1]
        if e.kind != "city" or nxt.kind not in {"state", "province"} or nxt.country == e.country or \
                sentence[e.end:nxt.start] not in {", ", ","}:
            continue
        if (place := _city_in(e.name, nxt.name, nxt.country)) is not None:
            out[i] = Entity(place.name, place.kind, place.country, e.start, e.end, e.surface)
    return out
