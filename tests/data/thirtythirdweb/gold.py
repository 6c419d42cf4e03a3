"""Gold records of the thirty-third test web, written from the texts of articles.py before the extractor was run on
them.

Each fact told on several pages is ONE row: the fifth Jiangxi-Saxony Green and Low-Carbon Cooperation Forum (z02
本月12日 in 南昌; e02 "on September 12" in Nanchang; e03 "the forum in Nanchang"; z03 names it), the 2019 memorandum
(z01 本月5日, e01 "on Nov 5", both in Dresden), the 2023 renewal (z02 本月12日, e02 "on September 12", e03 undated
"recently" by "the provincial environment department"), the energy administration's agreement (z02, e02), Starwell
Energy's agreement (z02 by its Chinese name 江西赣星新能源科技有限公司, e02, e03 undated), Jiujiang's 2025 intensity cut
(z03 against 2020, "18%左右"; e03 without base year, "about 18 percent") and its 2030 cut (z03, e03 against 2005).
TRAPS that must stay two rows: the 2019 memorandum and its 2023 renewal (the same two parties; z02 and e02 recall 2019
inside the renewal's story); the environment department's renewal and the energy administration's agreement (one
province, one partner, one day); Jiujiang's 2025 and 2030 cuts. Negatives: friendly relations since 2012 (no
instrument told), a forum planned for next year / the sixth forum in 2025 (to come), a result (已下降7.5%).
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

JX_DEE = ["Department of Ecology and Environment of Jiangxi Province", "Jiangxi Provincial Department of Ecology and "
          "Environment", "Jiangxi Department of Ecology and Environment", "Jiangxi Ecology and Environment Department",
          "江西省生态环境厅"]
JX_NEA = ["Jiangxi Provincial Energy Administration", "Jiangxi Energy Administration", "Energy Administration of Jiangxi "
          "Province", "Jiangxi Provincial Energy Bureau", "江西省能源局"]
SMEKUL = ["Saxon State Ministry for Energy, Climate Protection, Environment and Agriculture",
          "State Ministry for Energy, Climate Protection, Environment and Agriculture",
          "Saxony's State Ministry for Energy, Climate Protection, Environment and Agriculture",
          "Saxony State Ministry for Energy, Climate Protection, Environment and Agriculture",
          "Saxon Ministry for Energy, Climate Protection, Environment and Agriculture",
          "德国萨克森州能源、气候保护、环境和农业部", "萨克森州能源、气候保护、环境和农业部"]
STARWELL = ["Starwell Energy", "江西赣星新能源科技有限公司", "赣星新能源", "Jiangxi Ganxing New Energy Technology Co., Ltd.",
            "Jiangxi Ganxing New Energy Technology", "Ganxing New Energy"]
STI = ["Saxony Trade & Invest Corporation", "Saxony Trade and Invest Corporation", "萨克森州经济促进公司",
       "Wirtschaftsförderung Sachsen", "Saxony Trade & Invest"]
JIUJIANG = ["Jiujiang", "Jiujiang Municipality", "Jiujiang Municipal Government", "Jiujiang Municipal People's Government",
            "City of Jiujiang", "九江", "九江市", "九江市人民政府", "九江市政府"]

FORUM = ["Fifth Jiangxi-Saxony Green and Low-Carbon Cooperation Forum", "5th Jiangxi-Saxony Green and Low-Carbon "
         "Cooperation Forum", "Jiangxi-Saxony Green and Low-Carbon Cooperation Forum", "fifth Jiangxi-Saxony Green and "
         "Low-Carbon Cooperation Forum", "第五届江西—萨克森绿色低碳合作论坛", "江西—萨克森绿色低碳合作论坛",
         "第五届江西-萨克森绿色低碳合作论坛", "江西-萨克森绿色低碳合作论坛"]

EVENTS = [
    _ev("E-JXSX-FORUM-2023", FORUM, "2023-09-12", ["2023-09-12", None], "Nanchang", "CN", ["z02", "z03", "e02", "e03"]),
]
AGREEMENTS = [
    _ag("A-JXDEE-SMEKUL-2019", ["mou"], [JX_DEE, SMEKUL], "2019-11-05", ["Dresden", None], ["z01", "e01"]),
    _ag("A-JXDEE-SMEKUL-2023", ["mou"], [JX_DEE, SMEKUL], "2023-09-12", ["Nanchang", None], ["z02", "e02", "e03"],
        event="E-JXSX-FORUM-2023"),
    _ag("A-JXNEA-SMEKUL-2023", ["agreement"], [JX_NEA, SMEKUL], "2023-09-12", ["Nanchang", None], ["z02", "e02"],
        event="E-JXSX-FORUM-2023"),
    _ag("A-STARWELL-STI-2023", ["agreement"], [STARWELL, STI], "2023-09-12", ["Nanchang", None], ["z02", "e02", "e03"],
        event="E-JXSX-FORUM-2023"),
]
COMMITMENTS = [
    _cm("C-JJ-CO2INT-2025", JIUJIANG, "emissions_reduction", 2025, ["z03", "e03"], base_year=2020,
        reduction_pct_min=18, reduction_pct_max=18),
    _cm("C-JJ-CO2INT-2030", JIUJIANG, "emissions_reduction", 2030, ["z03", "e03"], base_year=2005,
        reduction_pct_min=65),
]
for _c in COMMITMENTS:  # a city's plan, not a pledge made at the forum
    del _c["event"]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    doc = gold_document("Expected records for the thirty-third test web (tests/thirtythirdweb.py: jxgov, jxen), "
                        "written by hand from the texts (tests/data/thirtythirdweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json. Every fact told several times is one row.", "zh",
                        articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:  # one institution, two editions
        doc["articles"][a["id"]]["language"] = "en" if a["site"] == "jxen" else "zh"
    return doc
