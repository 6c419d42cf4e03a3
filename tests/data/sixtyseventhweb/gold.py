"""Gold records of the sixty-seventh test web, written from the texts of articles.py before the extractor was run on
them.

No events. Agreements: Kalamazoo-Yangjiang memorandum (June 3, 2025; pl01), Syracuse-Jinhua memorandum ("this
morning" of May 15, 2025, by video link: no city; pl02), Allentown-Shanwei sister-city agreement (April 22, 2025;
pl03), Maoming-Worcester memorandum (June 18, 2025; nf01), Chaozhou-Ann Arbor agreement ("今天上午" of July 9, 2025;
nf02), Yunfu-Akron memorandum (July 28, 2025; nf03, "我们" = Yunfu, fixed by the 专访 intro). Commitments: Kalamazoo
45% below 2018 by 2032 (pl01), Syracuse carbon neutral by 2040 (pl02), Maoming peak by 2028 (nf01), Yunfu peak by
2029 (nf03). Traps with no record: Kalamazoo's declined 2030 neutrality, Jinhua's hoped-for 2050 neutrality,
Lancaster's deal that never happened, Allentown's declined 100% renewables, Maoming's declined 2030 neutrality,
Ann Arbor's hoped-for 2035 neutrality, Akron's hoped-for halving by 2035.
"""
from __future__ import annotations

from webbuild import agreement, commitment as _cm, gold_document

KALAMAZOO = ["Kalamazoo", "City of Kalamazoo"]
YANGJIANG = ["Yangjiang", "阳江", "阳江市"]
SYRACUSE = ["Syracuse", "City of Syracuse"]
JINHUA = ["Jinhua", "金华", "金华市"]
ALLENTOWN = ["Allentown", "City of Allentown"]
SHANWEI = ["Shanwei", "汕尾", "汕尾市"]
MAOMING = ["Maoming", "茂名", "茂名市"]
WORCESTER = ["Worcester", "City of Worcester", "伍斯特", "伍斯特市"]
CHAOZHOU = ["Chaozhou", "潮州", "潮州市"]
ANN_ARBOR = ["Ann Arbor", "City of Ann Arbor", "安娜堡", "安娜堡市"]
YUNFU = ["Yunfu", "云浮", "云浮市"]
AKRON = ["Akron", "City of Akron", "阿克伦", "阿克伦市"]

AGREEMENTS = [
    agreement("A-KZ-YJ-2025", ["mou"], [KALAMAZOO, YANGJIANG], "2025-06-03", ["Yangjiang", None], ["pl01"]),
    agreement("A-SY-JH-2025", ["mou"], [SYRACUSE, JINHUA], "2025-05-15", [None], ["pl02"]),
    agreement("A-AT-SW-2025", ["agreement", "partnership"], [ALLENTOWN, SHANWEI], "2025-04-22", [None], ["pl03"]),
    agreement("A-MM-WC-2025", ["mou"], [MAOMING, WORCESTER], "2025-06-18", [None], ["nf01"]),
    agreement("A-CZ-AA-2025", ["agreement", "partnership"], [CHAOZHOU, ANN_ARBOR], "2025-07-09", ["Chaozhou", None],
              ["nf02"]),
    agreement("A-YF-AK-2025", ["mou"], [YUNFU, AKRON], "2025-07-28", [None], ["nf03"]),
]

COMMITMENTS = [
    _cm("C-KZ-2032", KALAMAZOO, "emissions_reduction", 2032, ["pl01"], base_year=2018, reduction_pct_min=45,
        reduction_pct_max=45),
    _cm("C-SY-2040", SYRACUSE, "carbon_neutrality", 2040, ["pl02"]),
    _cm("C-MM-2028", MAOMING, "emissions_peak", 2028, ["nf01"]),
    _cm("C-YF-2029", YUNFU, "emissions_peak", 2029, ["nf03"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the sixty-seventh test web (tests/sixtyseventhweb.py: ledger, nanfeng), "
                        "written by hand from the texts (tests/data/sixtyseventhweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "nanfeng":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
