"""Gold records of the sixty-eighth test web, written from the texts of articles.py before the extractor was run on
them.

Events: the Bonneville Clean Air Forum (Ogden, April 15-16, 2025: the correction in tt02 moves its opening from Monday,
April 14 to Tuesday, April 15) and, optional, the 2025年新安江生态保护论坛 (Huangshan, May 20-21, 2025: gv01's notice;
May 19 is registration, April 28 the notice's 落款). GOLD CORRECTION after the first run: the forum was first required;
the notice announces it three weeks ahead, and RECORDS.md's events are gatherings "whose results are reported" (the
extractor keeps no event opening after its page on purpose), so it is optional: found or not, it counts neither way.
Agreements: the Provo-Anshun memorandum (Wednesday, March 5, 2025; the correction names the wrong Tuesday, March 4),
the Ogden-Liupanshui sister-city agreement (Monday, Nov. 18, 2024, in
Liupanshui) and the Huangshan-Chizhou 生态环境联防联治合作协议 (March 12, 2025). Commitments: Ogden's 60% below 2018
by 2035 (made at the forum) and Huangshan's carbon peak before 2029. Pages' dates: each page's first publication, never
its update stamp nor its 落款.
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, commitment as _cm, event, gold_document

PROVO = ["Provo", "City of Provo", "普罗沃", "普罗沃市"]
ANSHUN = ["Anshun", "安顺", "安顺市"]
OGDEN = ["Ogden", "City of Ogden", "奥格登", "奥格登市"]
LIUPANSHUI = ["Liupanshui", "六盘水", "六盘水市"]
HUANGSHAN = ["Huangshan", "黄山", "黄山市", "黄山市人民政府", "Huangshan Municipal People's Government"]
CHIZHOU = ["Chizhou", "池州", "池州市"]

_FORUM = "Bonneville Clean Air Forum"
_XAJ = "新安江生态保护论坛"
EVENTS = [
    event("E-BCAF-2025", [_FORUM, f"2025 {_FORUM}", f"the {_FORUM}"], "2025-04-15", ["2025-04-16"], "Ogden", "US",
          ["tt02"]),
    event("E-XAJ-2025", [f"2025年{_XAJ}", _XAJ, "2025 Xin'an River Ecological Protection Forum",
                         "Xin'an River Ecological Protection Forum"], "2025-05-20", ["2025-05-21"], "Huangshan", "CN",
          [], optional=True, evidence_optional=["gv01"]),  # announced three weeks ahead: no results reported yet
]

AGREEMENTS = [
    agreement("A-PV-AS-2025", ["mou"], [PROVO, ANSHUN], "2025-03-05", ["Provo", None], ["tt01"]),
    agreement_days("A-OG-LPS-2024", ["agreement", "partnership"], [OGDEN, LIUPANSHUI], ["2024-11-18"],
                   ["Liupanshui", None], ["tt03"]),
    agreement("A-HS-CZ-2025", ["agreement"], [HUANGSHAN, CHIZHOU], "2025-03-12", ["Huangshan", None], ["gv02"]),
]

COMMITMENTS = [
    _cm("C-OG-2035", OGDEN, "emissions_reduction", 2035, ["tt02"], base_year=2018, reduction_pct_min=60,
        reduction_pct_max=60, event="E-BCAF-2025"),
    _cm("C-HS-PEAK-2029", HUANGSHAN, "emissions_peak", 2029, ["gv03"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the sixty-eighth test web (tests/sixtyeighthweb.py: timptribune, "
                        "xinangov), written by hand from the texts (tests/data/sixtyeighthweb/articles.py) before "
                        "the extractor was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "xinangov":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
