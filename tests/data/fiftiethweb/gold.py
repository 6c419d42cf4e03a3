"""Gold records of the fiftieth test web, written from the texts of articles.py before the extractor was run on them.

Commitments only (no event, no agreement): each place's own stated target. Not records: achievements ("have fallen
30% since 2006"), national or EU targets cited as context, a bill that did not pass, "could", a forecast, a failed
vote or a rejected proposal, a draft not voted on, a pledge withdrawn or pushed back with no new date.
"""
from __future__ import annotations

from webbuild import commitment as _cm, gold_document


def _city(en: str, *more: str) -> list[str]:
    return [en, f"City of {en}", f"{en} City", f"{en} City Council", f"{en} Municipal Government", *more]


MARYLAND = ["Maryland", "State of Maryland", "Maryland State Government", "Government of Maryland"]
ANNAPOLIS = _city("Annapolis", "Annapolis, Maryland")
FREDERICK = _city("Frederick", "Frederick, Maryland")
BALTIMORE = _city("Baltimore", "Baltimore, Maryland")
ANNE_ARUNDEL = ["Anne Arundel County", "Anne Arundel", "Anne Arundel County Government"]
ASHEVILLE = _city("Asheville", "Asheville, North Carolina")
TURIN = _city("Turin", "Torino")
GHENT = _city("Ghent", "Gent")
BILBAO = _city("Bilbao")
MEDELLIN = _city("Medellín", "Medellin", "City of Medellin", "Medellín City Council")
CURITIBA = _city("Curitiba")
MONTEVIDEO = _city("Montevideo")
ROSARIO = _city("Rosario")

COMMITMENTS = [
    _cm("C-MD-60-2031", MARYLAND, "emissions_reduction", 2031, ["me01"], base_year=2006, reduction_pct_min=60),
    _cm("C-MD-CLEAN-2035", MARYLAND, "renewable_share", 2035, ["me01"], share_pct=100),
    _cm("C-ANNAPOLIS-NZ-2040", ANNAPOLIS, "carbon_neutrality", 2040, ["me02"]),
    _cm("C-FREDERICK-NZ-2045", FREDERICK, "carbon_neutrality", 2045, ["me02"]),
    _cm("C-FREDERICK-RE-2030", FREDERICK, "renewable_share", 2030, ["me02"], share_pct=60),
    _cm("C-BALTIMORE-50-2030", BALTIMORE, "emissions_reduction", 2030, ["me03"], base_year=2019,
        reduction_pct_min=50),
    _cm("C-AACO-CN-2045", ANNE_ARUNDEL, "carbon_neutrality", 2045, ["me03"]),
    _cm("C-ASHEVILLE-CF-2040", ASHEVILLE, "carbon_neutrality", 2040, ["cr01"]),
    _cm("C-ASHEVILLE-50-2030", ASHEVILLE, "emissions_reduction", 2030, ["cr01"], base_year=2018,
        reduction_pct_min=50),
    _cm("C-TURIN-CN-2040", TURIN, "carbon_neutrality", 2040, ["cr02"]),
    _cm("C-GHENT-PC-2030", GHENT, "per_capita_limit", 2030, ["cr02"], per_capita_t=2),
    _cm("C-BILBAO-PEAK-2028", BILBAO, "emissions_peak", 2028, ["cr02"]),
    _cm("C-MEDELLIN-NZ-2050", MEDELLIN, "carbon_neutrality", 2050, ["cr03"]),
    _cm("C-CURITIBA-60-2030", CURITIBA, "emissions_reduction", 2030, ["cr03"], base_year=2015,
        reduction_pct_min=60),
    _cm("C-MONTEVIDEO-CN-2040", MONTEVIDEO, "carbon_neutrality", 2040, ["cr03"]),
    _cm("C-ROSARIO-CN-2045", ROSARIO, "carbon_neutrality", 2045, ["cr03"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records."""
    return gold_document("Expected records for the fiftieth test web (tests/fiftiethweb.py: mea, courier), written by "
                         "hand from the texts (tests/data/fiftiethweb/articles.py) before the extractor was run; format "
                         "of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": [], "agreements": [], "commitments": COMMITMENTS})
