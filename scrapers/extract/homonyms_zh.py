"""A Chinese city name that the tables give one country but that names cities of other countries too (圣地亚哥: San
Diego in the tables, Santiago de Chile in a Chilean story; 奥克兰: Oakland or Auckland), in a sentence that names one
of those other countries and never the table city's: "隆基绿能与智利国家石油公司在圣地亚哥签署…" is no signing in San
Diego. The city is then not given (a wrong city is worse than none). A country written right before the name
(智利圣地亚哥) is read where entities are found (entity_kinds.elsewhere); this reads the rest of the sentence.
"""
from __future__ import annotations

from functools import lru_cache

from pactwatch.gazetteer import gazetteer, load_data
from scrapers.extract.entities import Entity


@lru_cache(maxsize=1)
def homonyms() -> dict[str, frozenset[str]]:
    """Chinese city name -> the other countries whose cities it also names (places.yaml city_homonyms_zh)."""
    return {name: frozenset(ccs) for name, ccs in load_data("places.yaml").get("city_homonyms_zh", {}).items()}


def doubtful_city(city: Entity, entities: list[Entity]) -> bool:
    """Whether the city a Chinese sentence names may be another country's: its name is a homonym, and the sentence
    names one of the other countries (as a country, or by the country a body's name opens with) and not the city's."""
    others = homonyms().get(city.surface.rstrip("市"))
    if not others:
        return False
    named = {cc for e in entities if e is not city and (cc := _country_of(e))}
    return bool(named & others) and city.country not in named


def _country_of(e: Entity) -> str | None:
    """The country an entity names: a country itself, or the one a Chinese body's name kept as written opens with."""
    if e.kind == "country":
        return e.country
    if e.kind != "org":
        return None
    gaz = gazetteer()
    for k in range(min(6, len(e.surface) - 1), 1, -1):
        p = gaz.find_zh(e.surface[:k])
        if p and p.kind == "country":
            return p.country
    return None
