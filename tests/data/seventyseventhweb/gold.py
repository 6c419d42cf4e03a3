"""Gold records of the seventy-seventh test web, written from the texts of articles.py before the extractor was run on
them.

Events: the Atlantic Edge Cities Climate Forum (Galway Racecourse, 04.06.2026 on a day-first site: June 4, 2026;
gw02) and the 2026滁州—北美城市绿色发展交流会 (上周五 on a page of Wednesday May 20, 2026: Friday May 15; Chuzhou; cz02).

Agreements: Galway-Peoria ("on the 12th of March" on a page of March 17, 2026: March 12; in Galway), Galway-Lowell
(at the forum: June 4), Galway-Moline ("Last Friday" on a page of Wednesday September 23, 2026: September 18; the
page's "last updated on 25.09.2026" and the deadline "30/10/2026" are no signing day; no city), Chuzhou-Peoria
(本月12日 on a page of April 20: April 12; in Chuzhou), Mingguang-Lowell (日前: no day, no city), Chuzhou-Moline (at the
交流会: May 15) and Chuzhou-Galway (二〇二六年十月十二日: October 12, in Galway; the deadline 2026/11/30 and the update
stamp 2026/10/23 are no signing day). No commitments.
"""
from __future__ import annotations

from webbuild import agreement, event, gold_document

GALWAY = ["Galway", "City of Galway", "Galway City Council", "Galway City", "戈尔韦", "戈尔韦市", "爱尔兰戈尔韦市"]
PEORIA = ["Peoria", "City of Peoria", "皮奥里亚", "皮奥里亚市", "美国伊利诺伊州皮奥里亚市", "伊利诺伊州皮奥里亚市",
          "美国皮奥里亚市"]
LOWELL = ["Lowell", "City of Lowell", "洛厄尔", "洛厄尔市", "美国马萨诸塞州洛厄尔市", "马萨诸塞州洛厄尔市", "美国洛厄尔市"]
MOLINE = ["Moline", "City of Moline", "莫林", "莫林市", "美国伊利诺伊州莫林市", "伊利诺伊州莫林市", "美国莫林市"]
CHUZHOU = ["Chuzhou", "City of Chuzhou", "滁州", "滁州市", "滁州市人民政府"]
MINGGUANG = ["Mingguang", "明光", "明光市"]

_FORUM = "Atlantic Edge Cities Climate Forum"
_CZ = "滁州—北美城市绿色发展交流会"
EVENTS = [
    event("E-ATLEDGE-2026", [_FORUM, f"the {_FORUM}"], "2026-06-04", ["2026-06-04", None], "Galway", "IE", ["gw02"]),
    event("E-CZNA-2026", [f"2026{_CZ}", _CZ, "滁州-北美城市绿色发展交流会"], "2026-05-15", ["2026-05-15", None],
          "Chuzhou", "CN", ["cz02"]),
]

AGREEMENTS = [
    agreement("A-GWY-PIA-2026", ["mou"], [GALWAY, PEORIA], "2026-03-12", ["Galway", None], ["gw01"]),
    agreement("A-GWY-LWL-2026", ["mou"], [GALWAY, LOWELL], "2026-06-04", ["Galway", None], ["gw02"],
              event="E-ATLEDGE-2026"),
    agreement("A-GWY-MLI-2026", ["mou"], [GALWAY, MOLINE], "2026-09-18", [None], ["gw03"]),
    agreement("A-CZ-PIA-2026", ["mou"], [CHUZHOU, PEORIA], "2026-04-12", ["Chuzhou", None], ["cz01"]),
    agreement("A-MG-LWL-2026", ["agreement"], [MINGGUANG, LOWELL], None, [None], ["cz01"]),
    agreement("A-CZ-MLI-2026", ["mou"], [CHUZHOU, MOLINE], "2026-05-15", ["Chuzhou", None], ["cz02"],
              event="E-CZNA-2026"),
    agreement("A-CZ-GWY-2026", ["mou"], [CHUZHOU, GALWAY], "2026-10-12", ["Galway", None], ["cz03"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the seventy-seventh test web (tests/seventyseventhweb.py: galwaycc, "
                        "czgov), written by hand from the texts (tests/data/seventyseventhweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": []})
    for a in articles:
        if a["site"] == "czgov":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
