"""Gold records of the forty-second test web, written from the texts of articles.py before the extractor was run on
them.

Agreements: Spokane and Luoyang's memorandum (le01, 16 May 2023 at Spokane City Hall), Reno and Baotou's letter of
intent (dp01, 9 April 2024, in Reno: the Baotou delegation's visit), Eugene and Yibin's sister-city agreement (dp02,
"on Monday" before the 4 October 2022 story: 3 October; no city told), Zibo and Baotou's framework agreement (zb01,
3月12日 in 淄博). Commitments: each city's own target (a plan a council adopted or a city stated); a transit
district's plan and the table's fleet row are optional; results (已下降) and a reader's comment are none.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, gold_document


def _city(en: str, zh: str | None = None, *more: str) -> list[str]:
    names = [en, f"City of {en}", f"{en} City", f"{en} Municipal Government", f"{en} Municipality", *more]
    if zh:
        names += [f"{en} Municipal People's Government", zh, f"{zh}市", f"{zh}市人民政府", f"{zh}市政府"]
    return names


SPOKANE = _city("Spokane", None, "Spokane, Washington", "Spokane City Council")
LUOYANG = _city("Luoyang", "洛阳")
SAVANNAH = _city("Savannah", None, "Savannah City Council", "Savannah, Georgia")
OMAHA = _city("Omaha", None, "Omaha City Council", "Omaha, Nebraska")
RENO = _city("Reno", None, "Reno, Nevada")
BAOTOU = _city("Baotou", "包头")
EUGENE = _city("Eugene", None, "Eugene, Oregon")
YIBIN = _city("Yibin", "宜宾")
ZIBO = _city("Zibo", "淄博")
LTD = ["Lane Transit District", "LTD"]

AGREEMENTS = [
    _ag("A-SPOKANE-LUOYANG-2023", ["mou"], [SPOKANE, LUOYANG], "2023-05-16", ["Spokane"], ["le01"]),
    _ag("A-RENO-BAOTOU-2024", ["mou", "agreement"], [RENO, BAOTOU], "2024-04-09", ["Reno", None], ["dp01"]),
    _ag("A-EUGENE-YIBIN-2022", ["agreement", "partnership"], [EUGENE, YIBIN], "2022-10-03", [None], ["dp02"]),
    _ag("A-ZIBO-BAOTOU-2024", ["agreement", "partnership"], [ZIBO, BAOTOU], "2024-03-12", ["Zibo"], ["zb01"]),
]
COMMITMENTS = [
    _cm("C-SPOKANE-CN-2045", SPOKANE, "carbon_neutrality", 2045, ["le01"]),
    _cm("C-SAVANNAH-50-2030", SAVANNAH, "emissions_reduction", 2030, ["le02"], base_year=2018,
        reduction_pct_min=50),
    _cm("C-OMAHA-NZ-2050", OMAHA, "carbon_neutrality", 2050, ["le03"]),
    _cm("C-OMAHA-50-2030", OMAHA, "emissions_reduction", 2030, ["le03"], base_year=2019, reduction_pct_min=50),
    _cm("C-OMAHA-FLEET-2035", OMAHA, "other", 2035, [], optional=True, evidence_optional=["le03"]),
    _cm("C-EUGENE-RE-2035", EUGENE, "renewable_share", 2035, ["dp02"], share_pct=100),
    _cm("C-LTD-BUS-2035", LTD, "other", 2035, [], optional=True, evidence_optional=["dp02"]),
    _cm("C-ZIBO-PEAK-2028", ZIBO, "emissions_peak", 2028, ["zb01"]),
    _cm("C-YIBIN-RE-2025", YIBIN, "renewable_share", 2025, ["zb02"], share_pct=40),
    _cm("C-YIBIN-PEAK-2030", YIBIN, "emissions_peak", 2030, ["zb02"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the forty-second test web (tests/fortysecondweb.py: ledger, dispatch, "
                        "zbnews), written by hand from the texts (tests/data/fortysecondweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "zbnews":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
