"""Gold records of the thirty-sixth test web, written from the texts of articles.py before the extractor was run on
them.

No events and no agreements. Commitments: Wales' net zero by 2050 after a long aside and its cut "between 55% and 60%
below 1990 levels by 2030" ("Under its new plan, the Welsh Government will ..."); Lagos "at least 65% below 2015
levels by 2040" told in a quote with the speaker after (no maximum) and its per capita goal of 1.5 tonnes by 2035
("Lagos's target is to ..."); Dhaka North City Corporation's 30% cut of its own emissions by 2030 from 2021 (after a
long aside) and its 20% rooftop-solar share by 2030 ("The corporation also set a goal of ..."); LATAM's net zero by 2050
("is aiming for") and its 10% sustainable aviation fuel by 2030 ("a commitment by LATAM to ...": a renewable share of
its fuel); Cemex's 47% cut by 2030 from a 2020 base year ("set a goal of") and its net zero by 2050 told in a quote
("We ...") with the speaker after; Standard Chartered's 33% cut of its steel financed emissions by 2030 from 2022
("Under its new plan") and its net zero financed emissions by 2050 ("The bank's target is to ..."). No record for "by
the end of the decade" (Lagos' buses) nor "by mid-century" (Dhaka): no year. Negatives: targets met (Wales 2020,
LATAM, Cemex 2025), progress (Standard Chartered's power portfolio), a forecast (Lagos' peak), an adviser's
recommendation (the Climate Change Committee for Wales; the cement association's), targets under consideration
(Wales 2040, Dhaka's diesel buses, Standard Chartered's aviation), another actor's target cited as a comparison
(Abidjan, attributed by a survey) and a national plan cited by comparison (Bangladesh).
"""
from __future__ import annotations

from webbuild import commitment as _cm, gold_document

WALES = ["Wales", "Welsh Government", "Government of Wales", "the Welsh Government"]
LAGOS = ["Lagos", "Lagos State", "Lagos State Government", "Government of Lagos State", "City of Lagos"]
DNCC = ["Dhaka North City Corporation", "Dhaka North", "DNCC", "Dhaka", "Dhaka North City"]
LATAM = ["LATAM Airlines Group", "LATAM", "LATAM Airlines", "LATAM Airlines Group S.A."]
CEMEX = ["Cemex", "CEMEX", "Cemex, S.A.B. de C.V.", "Cemex S.A.B. de C.V."]
STANCHART = ["Standard Chartered", "Standard Chartered PLC", "Standard Chartered Bank", "Standard Chartered plc"]

COMMITMENTS = [
    _cm("C-WALES-NZ-2050", WALES, "carbon_neutrality", 2050, ["nr01"]),
    _cm("C-WALES-55-2030", WALES, "emissions_reduction", 2030, ["nr01"], base_year=1990, reduction_pct_min=55,
        reduction_pct_max=60),
    _cm("C-LAGOS-65-2040", LAGOS, "emissions_reduction", 2040, ["nr02"], base_year=2015, reduction_pct_min=65),
    _cm("C-LAGOS-PC-2035", LAGOS, "per_capita_limit", 2035, ["nr02"], per_capita_t=1.5),
    _cm("C-DNCC-30-2030", DNCC, "emissions_reduction", 2030, ["nr03"], base_year=2021, reduction_pct_min=30,
        reduction_pct_max=30),
    _cm("C-DNCC-SOLAR-2030", DNCC, "renewable_share", 2030, ["nr03"], share_pct=20),
    _cm("C-LATAM-NZ-2050", LATAM, "carbon_neutrality", 2050, ["bw01"]),
    _cm("C-LATAM-SAF-2030", LATAM, "renewable_share", 2030, ["bw01"], share_pct=10),
    _cm("C-CEMEX-47-2030", CEMEX, "emissions_reduction", 2030, ["bw02"], base_year=2020, reduction_pct_min=47,
        reduction_pct_max=47),
    _cm("C-CEMEX-NZ-2050", CEMEX, "carbon_neutrality", 2050, ["bw02"]),
    _cm("C-SC-STEEL-2030", STANCHART, "emissions_reduction", 2030, ["bw03"], base_year=2022, reduction_pct_min=33,
        reduction_pct_max=33),
    _cm("C-SC-NZ-2050", STANCHART, "carbon_neutrality", 2050, ["bw03"]),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_document("Expected records for the thirty-sixth test web (tests/thirtysixthweb.py: newsroom, wire), "
                         "written by hand from the texts (tests/data/thirtysixthweb/articles.py) before the extractor "
                         "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": [], "agreements": [], "commitments": COMMITMENTS})
