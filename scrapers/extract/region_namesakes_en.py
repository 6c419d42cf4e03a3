"""A city whose bare name the gazetteer reads as a larger namesake abroad, named in a sentence about a state or
province of another country: "Oregon and Fujian signed a memorandum in Salem" is Salem, Oregon, not Salem in India;
"British Columbia and Guangdong signed ... in Victoria" is Victoria in Canada, not the Hong Kong district. The city is
read as its namesake in the region named (a US state: in that state; another country's region: in that country)
where the sentence names nothing of the larger namesake's country and exactly one such namesake exists, large enough
to be read by its name alone (never a village of the region's country: Boston in Lincolnshire for a story that names
"New England"); otherwise the reading is left as it was. Pure function over one sentence's entities; the namesakes come from the gazetteer's rows.
"""
from __future__ import annotations

from functools import lru_cache

from pactwatch.gazetteer import first_level_regions, gazetteer
from scrapers.extract.entity_kinds import Entity


@lru_cache(maxsize=1)
def _region_countries() -> dict[str, str]:
    """First-level region name -> its country (ISO 3166-2 names, and the English names of Germany's Länder)."""
    from scrapers.extract.regions_en import FEDERAL_STATES, GERMAN_EN
    out = {name: cc for cc, name in first_level_regions()}
    out.update(FEDERAL_STATES)
    out.update(dict.fromkeys(GERMAN_EN, "DE"))
    return out


def _region_of(e: Entity) -> tuple[str, str | None] | None:
    """(country, US state or None) of a first-level region an entity names, or None."""
    if e.kind in {"state", "province"} and e.country:
        return e.country, e.name if e.country == "US" and e.kind == "state" else None
    if e.kind == "org" and (cc := _region_countries().get(e.name)):
        return cc, None
    return None


def region_namesakes(entities: list[Entity]) -> list[Entity]:
    """The entities with a city read as its namesake in the other country's region the sentence names (see the
    module's docstring); unchanged where no such reading is sure."""
    regions = [r for e in entities if (r := _region_of(e))]
    if not regions or not any(e.kind == "city" for e in entities):
        return entities
    out = list(entities)
    for i, e in enumerate(entities):
        if e.kind != "city" or not e.country or any(x is not e and x.country == e.country for x in entities) or \
                any(cc == e.country for cc, _ in regions):
            continue
        found = {(p.country, p.lat, p.lon): p for cc, state in regions
                 if (p := gazetteer().city_in(e.name, cc, state, large=True)) is not None}
        if len(found) == 1:
            place = next(iter(found.values()))
            out[i] = Entity(place.name, place.kind, place.country, e.start, e.end, e.surface)
    return out
