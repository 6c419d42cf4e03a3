"""Gold records of the seventy-first test web, written from the texts of articles.py before the extractor was run on
them.

Commitments only, each the row's or the item's own city: cp01 (table) Saskatoon -40% on 2014 by 2030, Kelowna -45 to
-50% on 2007 by 2030, Lethbridge net zero by 2050 (base year "—": none); cp02 (numbered list) Moncton -30% on 2015 by
2030, Fredericton 100% renewable electricity by 2035, Gatineau carbon neutrality by 2050; cp03 (table, a merged base
year cell) Kitchener -50% on 2010 by 2030, Guelph -35% on 2010 by 2035, Regina -60% on 2015 by 2040 (its "Achieved
2023" row is a result, no pledge); gs01 (table) 天水 peak 2028, 庆阳 peak 2029, 白银 30% non-fossil share by 2030; gs02
(numbered list) 定西 peak before 2030, 天水 -25 to -30% on 2020 by 2030, 平凉 neutrality before 2060; gs03 (table, a
merged base year cell) 白银 -20% on 2020 by 2030, 定西 -15% on 2020 by 2030, 庆阳 -10% by 2027 (base "—": none; its
"2023年已实现" row is a result). Traps: emissions tables (cp01, gs01) and project budget lists (cp02, gs02) give none.
No events, no agreements.
"""
from __future__ import annotations

from webbuild import commitment, gold_document

SASKATOON = ["Saskatoon", "City of Saskatoon", "萨斯卡通"]
KELOWNA = ["Kelowna", "City of Kelowna"]
LETHBRIDGE = ["Lethbridge", "City of Lethbridge"]
MONCTON = ["Moncton", "City of Moncton"]
FREDERICTON = ["Fredericton", "City of Fredericton"]
GATINEAU = ["Gatineau", "City of Gatineau", "Ville de Gatineau"]
KITCHENER = ["Kitchener", "City of Kitchener"]
GUELPH = ["Guelph", "City of Guelph"]
REGINA = ["Regina", "City of Regina"]
TIANSHUI = ["天水", "天水市", "Tianshui"]
QINGYANG = ["庆阳", "庆阳市", "Qingyang"]
BAIYIN = ["白银", "白银市", "Baiyin"]
DINGXI = ["定西", "定西市", "Dingxi"]
PINGLIANG = ["平凉", "平凉市", "Pingliang"]


def cut(key, actor, year, lo, hi, evidence, base=None) -> dict:
    """An emissions reduction pledge (no base_year key when the text gives none)."""
    extra = {"reduction_pct_min": lo, "reduction_pct_max": hi}
    if base is not None:
        extra["base_year"] = base
    return commitment(key, actor, "emissions_reduction", year, evidence, **extra)


COMMITMENTS = [
    cut("C-SK-2030", SASKATOON, 2030, 40, 40, ["cp01"], 2014),
    cut("C-KL-2030", KELOWNA, 2030, 45, 50, ["cp01"], 2007),
    commitment("C-LB-NZ2050", LETHBRIDGE, "carbon_neutrality", 2050, ["cp01"]),
    cut("C-MC-2030", MONCTON, 2030, 30, 30, ["cp02"], 2015),
    commitment("C-FR-RE2035", FREDERICTON, "renewable_share", 2035, ["cp02"], share_pct=100),
    commitment("C-GT-CN2050", GATINEAU, "carbon_neutrality", 2050, ["cp02"]),
    cut("C-KT-2030", KITCHENER, 2030, 50, 50, ["cp03"], 2010),
    cut("C-GP-2035", GUELPH, 2035, 35, 35, ["cp03"], 2010),
    cut("C-RG-2040", REGINA, 2040, 60, 60, ["cp03"], 2015),
    commitment("C-TS-PEAK2028", TIANSHUI, "emissions_peak", 2028, ["gs01"]),
    commitment("C-QY-PEAK2029", QINGYANG, "emissions_peak", 2029, ["gs01"]),
    commitment("C-BY-RE2030", BAIYIN, "renewable_share", 2030, ["gs01"], share_pct=30),
    commitment("C-DX-PEAK2030", DINGXI, "emissions_peak", 2030, ["gs02"]),
    cut("C-TS-2030", TIANSHUI, 2030, 25, 30, ["gs02"], 2020),
    commitment("C-PL-CN2060", PINGLIANG, "carbon_neutrality", 2060, ["gs02"]),
    cut("C-BY-2030", BAIYIN, 2030, 20, 20, ["gs03"], 2020),
    cut("C-DX-2030", DINGXI, 2030, 15, 15, ["gs03"], 2020),
    cut("C-QY-2027", QINGYANG, 2027, 10, 10, ["gs03"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the seventy-first test web (tests/seventyfirstweb.py: cpnet, gsdrc), "
                        "written by hand from the texts (tests/data/seventyfirstweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": [], "agreements": [], "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "gsdrc":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
