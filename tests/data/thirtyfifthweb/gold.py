"""Gold records of the thirty-fifth test web, written from the texts of articles.py before the extractor was run on
them.

No events and no agreements (a joint statement of two mayors is no instrument). Commitments: Boulder's target told in
the passive ("A target of ... was adopted by the Boulder City Council") and its per-resident goal (4 tonnes by 2035);
Edmonton's net zero by 2050 told in the headline only, and its halving from 2018 levels by 2030; Tucson by 2045 and
Albuquerque by 2040 in one sentence, Tucson's 60 percent cut of its operations; New Mexico's 100 percent carbon-free
electricity by 2045 (a share of electricity: `renewable_share`, as the extractor's other webs read a clean share) and
80 percent renewable by 2040 (the law, the state); North Carolina's 70 percent cut from 2005 and neutrality by 2050;
Xcel Energy's 80% cut from 2005 and carbon-free electricity by 2050; DTE coal-free by 2032 (`other`) and net zero by
2050; Dominion coal-free by 2028; Samsung RE100 by 2050; Lenovo carbon neutral in its operations by 2030 and Scope 3
cut 40% by 2035 (no base year); Sony by 2040 and Hitachi by 2050 (an elliptical second clause). Negatives: progress
reports (Boulder, Xcel, Samsung, all of grid04), consultants' scenarios and "could" (Boulder, Edmonton, the
Southeast, DTE, grid04), a defeated motion (Edmonton 2040), a withdrawn target (Albuquerque 2025), a rejected bill
(Nevada), national goals told as context (the United States in cc01, China in grid03), a per-resident inventory
figure (Tucson).
"""
from __future__ import annotations

from webbuild import commitment as _cm, gold_document


def _city(name: str, *more: str) -> list[str]:
    return [name, f"City of {name}", f"{name} City Council", *more]


def _state(name: str) -> list[str]:
    return [name, f"State of {name}", f"{name} state government", f"Government of {name}"]


BOULDER = _city("Boulder", "Boulder, Colorado")
EDMONTON = _city("Edmonton", "Edmonton city council")
TUCSON = _city("Tucson", "Tucson, Arizona")
ALBUQUERQUE = _city("Albuquerque", "Albuquerque, New Mexico")
NEW_MEXICO = _state("New Mexico")
NORTH_CAROLINA = _state("North Carolina")
XCEL = ["Xcel Energy", "Xcel", "Xcel Energy Inc.", "Xcel Energy Inc"]
DTE = ["DTE Energy", "DTE", "DTE Energy Company", "DTE Energy Co."]
DOMINION = ["Dominion Energy", "Dominion", "Dominion Energy Inc.", "Dominion Energy, Inc."]
SAMSUNG = ["Samsung Electronics", "Samsung", "Samsung Electronics Co., Ltd.", "Samsung Electronics Co."]
LENOVO = ["Lenovo", "Lenovo Group", "Lenovo Group Limited", "Lenovo Group Ltd."]
SONY = ["Sony", "Sony Group", "Sony Group Corporation", "Sony Corporation", "Sony Corp."]
HITACHI = ["Hitachi", "Hitachi, Ltd.", "Hitachi Ltd", "Hitachi Ltd."]

COMMITMENTS = [
    _cm("C-BOULDER-70-2030", BOULDER, "emissions_reduction", 2030, ["cc01"], base_year=2018, reduction_pct_min=70,
        reduction_pct_max=70),
    _cm("C-BOULDER-PC-2035", BOULDER, "per_capita_limit", 2035, ["cc01"], per_capita_t=4),
    _cm("C-EDM-NZ-2050", EDMONTON, "carbon_neutrality", 2050, ["cc02"]),
    _cm("C-EDM-HALF-2030", EDMONTON, "emissions_reduction", 2030, ["cc02"], base_year=2018, reduction_pct_min=50,
        reduction_pct_max=50),
    _cm("C-TUC-CN-2045", TUCSON, "carbon_neutrality", 2045, ["cc03"]),
    _cm("C-ABQ-CN-2040", ALBUQUERQUE, "carbon_neutrality", 2040, ["cc03"]),
    _cm("C-TUC-60-2030", TUCSON, "emissions_reduction", 2030, ["cc03"], base_year=2019, reduction_pct_min=60,
        reduction_pct_max=60),
    _cm("C-NM-CFE-2045", NEW_MEXICO, "renewable_share", 2045, ["grid01"], share_pct=100),
    _cm("C-NM-RE80-2040", NEW_MEXICO, "renewable_share", 2040, ["grid01"], share_pct=80),
    _cm("C-NC-70-2030", NORTH_CAROLINA, "emissions_reduction", 2030, ["grid01"], base_year=2005,
        reduction_pct_min=70, reduction_pct_max=70),
    _cm("C-NC-CN-2050", NORTH_CAROLINA, "carbon_neutrality", 2050, ["grid01"]),
    _cm("C-XCEL-80-2030", XCEL, "emissions_reduction", 2030, ["grid02"], base_year=2005, reduction_pct_min=80,
        reduction_pct_max=80),
    _cm("C-XCEL-CFE-2050", XCEL, "renewable_share", 2050, ["grid02"], share_pct=100),
    _cm("C-DTE-COAL-2032", DTE, "other", 2032, ["grid02"]),
    _cm("C-DTE-NZ-2050", DTE, "carbon_neutrality", 2050, ["grid02"]),
    _cm("C-DOM-COAL-2028", DOMINION, "other", 2028, ["grid02"]),
    _cm("C-SAMSUNG-RE-2050", SAMSUNG, "renewable_share", 2050, ["grid03"], share_pct=100),
    _cm("C-LENOVO-CN-2030", LENOVO, "carbon_neutrality", 2030, ["grid03"]),
    _cm("C-LENOVO-S3-2035", LENOVO, "emissions_reduction", 2035, ["grid03"], reduction_pct_min=40,
        reduction_pct_max=40),
    _cm("C-SONY-NZ-2040", SONY, "carbon_neutrality", 2040, ["grid03"]),
    _cm("C-HITACHI-NZ-2050", HITACHI, "carbon_neutrality", 2050, ["grid03"]),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the thirty-fifth test web (tests/thirtyfifthweb.py: council, grid), "
                         "written by hand from the texts (tests/data/thirtyfifthweb/articles.py) before the extractor "
                         "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": [], "agreements": [], "commitments": COMMITMENTS})
