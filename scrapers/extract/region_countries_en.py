"""Foreign first-level regions in English text: which country each lies in, so that the country written after one
("the Province of Saskatchewan, Canada,", "the Occitanie Region of France", "Gyeonggi Province (South Korea)") is
read as where the region lies, not as a party of its own, and so is the region written after a city of it ("Suwon,
Gyeonggi Province,", "Belo Horizonte, capital of Minas Gerais,").

The countries come from the same general sources as the names (ISO 3166-2 by way of pactwatch/data/geo.json, the
curated regions of places.yaml, and regions_en's lists of federal states, Länder, prefectures and provinces).
"""
from __future__ import annotations

from functools import lru_cache

from scrapers import lazy_re as re
from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import Entity

# the country after the region, with the region's kind word between when the text gives one: ", Canada",
# " Region of France", " Province (South Korea)"
_LOCATOR = re.compile(r"(?:\s+(?:Region|Province|State|Prefecture|Land|Autonomous\s+Community))?"
                      r"(?:,\s*(?:the\s+)?|\s+of\s+(?:the\s+)?|\s*\(\s*)")


@lru_cache(maxsize=1)
def region_countries() -> dict[str, str]:
    """Each foreign region's English name (as regions_en gives it) -> its ISO country code."""
    from pactwatch.gazetteer import first_level_regions
    from pactwatch.world import curated_regions
    from scrapers.extract import regions_en as r

    out = {name: cc for cc, name in first_level_regions()}
    out.update({name: cc for _, name, _, cc in curated_regions()})
    out.update({n: "DE" for n in r.GERMAN_EN})
    out.update({f"{p} Prefecture": "JP" for p in r.PREFECTURES})
    out.update({f"{p} Province": "KR" for p in r.KOREAN_PROVINCES})
    out.update(r.FEDERAL_STATES)
    return out


# the words of a city's own name or government after it: "Yulin City", "Hami Municipal Government"
_GOV_WORDS = r"City(?:\s+Government)?|Municipality|Municipal\s+(?:People['’]s\s+)?Government|Government"
# between a city, province or state and its own country: ", " or ", the " (", the People's Republic of China"), the
# city's own word before it ("Yulin City, China"); or " of ", with the place's kind word before it where the text
# gives one ("Addu City of Maldives", "Vientiane of Laos", "Osh region of Kyrgyzstan")
_HOME = re.compile(rf"(?:\s+(?:{_GOV_WORDS}|Province|Autonomous\s+Region))?(?:,\s*(?:the\s+)?|\s+(?:(?:region|"
                   r"province|state|prefecture|governorate|oblast|Region|Oblast|Governorate)\s+)?of\s+(?:the\s+)?)")


def locates_region(entities: list[Entity], i: int, sentence: str) -> bool:
    """Whether the country entities[i] is written right after the foreign region before it, of which it is the
    country ("Saskatchewan, Canada", "the Occitanie Region of France"), or right after a city or province of its own
    ("Yulin City, Shaanxi Province, China", "Vientiane of Laos"): it says where the region lies."""
    e = entities[i]
    if e.kind != "country" or i == 0 or not e.country:
        return False
    prev = entities[i - 1]
    if prev.kind in {"city", "province", "state"} and prev.country == e.country:
        # "Hami City, Xinjiang Uygur Autonomous Region, the People's Republic of China": a disclosure's address
        return _HOME.fullmatch(sentence, prev.end, e.start) is not None
    # the region itself, or a body named after it ("Solaris Energy of Queensland, Australia")
    region = prev.name if prev.name in region_countries() else prev.surface.rpartition(" of ")[2]
    return prev.kind == "org" and region_countries().get(region) == e.country and \
        _LOCATOR.fullmatch(sentence, prev.end, e.start) is not None


# between a city and the region it lies in: ", " or an apposition saying so (", capital of", ", the capital of the
# Brazilian state of", ", a city in")
_CITY_IN = re.compile(rf"(?:\s+(?:{_GOV_WORDS}))?,\s*(?:(?:the\s+|a\s+)?(?:capital|capital\s+city|largest\s+city|city|"
                      r"port\s+city)\s+(?:of|in)\s+"
                      r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:(?:state|province|region|prefecture)\s+of\s+)?)?")


def locates_city(entities: list[Entity], i: int, sentence: str) -> bool:
    """Whether the region entities[i] follows the city before it as where that city lies ("Suwon, Gyeonggi
    Province,", "Belo Horizonte, capital of Minas Gerais,", "Yulin City, Shaanxi Province"): the city acts, the
    region is no party."""
    e, prev = entities[i], entities[i - 1]
    if i == 0 or prev.kind != "city" or e.kind not in {"org", "state", "province"}:
        return False
    cc = region_countries().get(e.name) if e.kind == "org" else e.country
    return cc is not None and cc == prev.country and _CITY_IN.fullmatch(sentence, prev.end, e.start) is not None and \
        not in_other_state(prev, e)


def in_other_state(city: Entity, state: Entity) -> bool:
    """Whether the gazetteer places a city in another state than the one named after its comma: "Washington, Oregon,
    California and British Columbia signed" lists four sides (Washington, D.C. lies in none of them), where "Los
    Angeles, California" and "Peoria, Illinois" (a namesake of Arizona's) say where the city is."""
    if state.kind != "state":
        return False
    place = gazetteer().find_en(city.surface or city.name)
    return place is not None and place.kind == "city" and place.region not in (None, state.name) and \
        gazetteer().city_in(place.name, place.country or "", state.name) is None  # (no namesake there: Peoria)
