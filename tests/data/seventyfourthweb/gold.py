"""Gold records of the seventy-fourth test web, written from the texts of articles.py before the extractor was run on
them.

No events, no agreements. Commitments, each with the plan's issuer as actor (a city: its government issued the plan,
or its offices did), one per target clause: CO2 per unit of GDP against a base year is `emissions_reduction` with its
base year and percentage (docs/chinese-round2.md: the spec sets intensity apart nowhere), a non-fossil or renewable
share is `renewable_share` (share_pct), 碳达峰 `emissions_peak`, 碳中和 / net zero / carbon-neutral
`carbon_neutrality`; an energy-use cut (能源消耗, energy use in buildings) and an installed capacity are `other`, the
former optional (no type holds it). Traps, no record: 十三五 results, a national target quoted (国家提出…), past
falls ("fell 18 percent between 2010 and 2020").
"""
from __future__ import annotations

from webbuild import commitment as _cm, gold_document

YICHUN = ["Yichun", "宜春", "宜春市", "Yichun, Jiangxi"]
PINGXIANG = ["Pingxiang", "萍乡", "萍乡市", "Pingxiang, Jiangxi"]
JIAN = ["Ji'an", "Jian", "吉安", "吉安市", "Ji'an, Jiangxi"]
HARTFORD = ["Hartford", "City of Hartford", "Hartford, Connecticut"]
NEW_HAVEN = ["New Haven", "City of New Haven", "New Haven, Connecticut"]

COMMITMENTS = [
    _cm("C-YC-CO2I-2025", YICHUN, "emissions_reduction", 2025, ["jx01"], base_year=2020, reduction_pct_min=19),
    _cm("C-YC-NF-2025", YICHUN, "renewable_share", 2025, ["jx01"], share_pct=18.5),
    _cm("C-YC-CO2I-2030", YICHUN, "emissions_reduction", 2030, ["jx01"], base_year=2005, reduction_pct_min=68),
    _cm("C-YC-NF-2030", YICHUN, "renewable_share", 2030, ["jx01"], share_pct=25),
    _cm("C-YC-PEAK-2030", YICHUN, "emissions_peak", 2030, ["jx01"]),
    _cm("C-PX-EI-2025", PINGXIANG, "other", 2025, [], optional=True),  # energy intensity: no type holds it
    _cm("C-PX-CO2I-2025", PINGXIANG, "emissions_reduction", 2025, ["jx02"], base_year=2020, reduction_pct_min=19.5),
    _cm("C-PX-NF-2025", PINGXIANG, "renewable_share", 2025, ["jx02"], share_pct=16),
    _cm("C-PX-PEAK-2028", PINGXIANG, "emissions_peak", 2028, ["jx02"]),
    _cm("C-JA-NF-2025", JIAN, "renewable_share", 2025, ["jx03"], share_pct=22),
    _cm("C-JA-CO2I-2030", JIAN, "emissions_reduction", 2030, ["jx03"], base_year=2005, reduction_pct_min=70),
    _cm("C-JA-CAP-2030", JIAN, "other", 2030, ["jx03"]),  # wind and solar capacity 500万千瓦
    _cm("C-JA-NEUTRAL-2060", JIAN, "carbon_neutrality", 2060, ["jx03"]),
    _cm("C-HF-RED-2030", HARTFORD, "emissions_reduction", 2030, ["hf01"], base_year=2019, reduction_pct_min=45),
    _cm("C-HF-RE-2035", HARTFORD, "renewable_share", 2035, ["hf01"], share_pct=100),
    _cm("C-HF-NZ-2050", HARTFORD, "carbon_neutrality", 2050, ["hf01"]),
    _cm("C-HF-RED-2040", HARTFORD, "emissions_reduction", 2040, ["hf01"], base_year=2019, reduction_pct_min=70),
    _cm("C-HF-RE-2030", HARTFORD, "renewable_share", 2030, ["hf02"], share_pct=50),
    _cm("C-HF-EU-2028", HARTFORD, "other", 2028, [], optional=True),  # energy use in buildings: no type holds it
    _cm("C-HF-NEUTRAL-2040", HARTFORD, "carbon_neutrality", 2040, ["hf02"]),
    _cm("C-HF-FLEET-2032", HARTFORD, "emissions_reduction", 2032, ["hf02"], base_year=2019, reduction_pct_min=60),
    _cm("C-NH-RED-2030", NEW_HAVEN, "emissions_reduction", 2030, ["hf03"], base_year=2005, reduction_pct_min=50),
    _cm("C-NH-RE-2030", NEW_HAVEN, "renewable_share", 2030, ["hf03"], share_pct=100),
    _cm("C-NH-NZ-2045", NEW_HAVEN, "carbon_neutrality", 2045, ["hf03"]),
    _cm("C-NH-RED-2035", NEW_HAVEN, "emissions_reduction", 2035, ["hf03"], base_year=2005, reduction_pct_min=65),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the seventy-fourth test web (tests/seventyfourthweb.py: jxfgw, hfdsus), "
                        "written by hand from the texts (tests/data/seventyfourthweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": [], "agreements": [], "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "jxfgw":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
