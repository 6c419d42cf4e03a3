"""Gold records of the seventy-fifth test web, written from the texts of articles.py before the extractor was run on
them.

Events, one per page but the webinar: the Bayou-Yangtze Virtual Climate Summit (held online on March 4, 2026: no
city, no country; rc01), the Connecticut River Clean Transit Forum (Hartford and online, May 12-13, 2026; rc02), the
third U.S.-China Subnational Methane Dialogue (Montgomery and Liaocheng linked by video, the main session in
Montgomery, September 9, 2026; rc03), the 2026中美城市绿色低碳发展云论坛 (以视频方式, March 18, 2026: no city; tz01),
the 第二届长三角—美国东南部清洁能源合作大会 (主会场 Nanjing, June 25, 2026; tz02) and the 2026中国—中东欧城市气候合作对话会
(线上线下相结合 in Taizhou, September 16, 2026; tz03). The heat-health webinar (rc04) is no gathering of the tracker's
and nothing is signed or pledged at it.

Agreements signed at them, linked to them: Shreveport-Huai'an (signed virtually, each mayor in his own city hall: no
city), Hartford-Suqian (at the forum in Hartford, Suqian joining by video: Hartford or none, never Suqian),
Taizhou-Greensboro (云签约: no city), Taizhou-Jacksonville (通过视频连线签署 during the Nanjing conference, the page not
saying where: no city, never Nanjing or a participant's city). Pledges made at them: Montgomery's 40% cut below 2020
by 2030 and Taizhou's 20% cut below 2020 by 2030.
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, commitment, event, gold_document

SHREVEPORT = ["Shreveport", "City of Shreveport"]
HUAIAN = ["Huai'an", "Huaian", "City of Huai'an", "淮安", "淮安市"]
HARTFORD = ["Hartford", "City of Hartford"]
SUQIAN = ["Suqian", "City of Suqian", "宿迁", "宿迁市"]
MONTGOMERY = ["Montgomery", "City of Montgomery"]
TAIZHOU = ["Taizhou", "台州", "台州市", "台州市人民政府"]
GREENSBORO = ["Greensboro", "City of Greensboro", "格林斯伯勒", "格林斯伯勒市", "美国格林斯伯勒市"]
JACKSONVILLE = ["Jacksonville", "City of Jacksonville", "杰克逊维尔", "杰克逊维尔市", "美国杰克逊维尔市"]

_BAYOU = "Bayou-Yangtze Virtual Climate Summit"
_TRANSIT = "Connecticut River Clean Transit Forum"
_METHANE = "U.S.-China Subnational Methane Dialogue"
_CLOUD = "中美城市绿色低碳发展云论坛"
_YRD = "长三角—美国东南部清洁能源合作大会"
_CEE = "中国—中东欧城市气候合作对话会"
EVENTS = [
    event("E-BAYOU-2026", [_BAYOU, f"the {_BAYOU}", "Bayou–Yangtze Virtual Climate Summit"], "2026-03-04",
          ["2026-03-04", None], None, "", ["rc01"]),
    event("E-CRTRANSIT-2026", [_TRANSIT, f"the {_TRANSIT}"], "2026-05-12", ["2026-05-13"], "Hartford", "US", ["rc02"]),
    event("E-METHANE-2026", [_METHANE, f"third {_METHANE}", f"the third {_METHANE}", f"3rd {_METHANE}"], "2026-09-09",
          ["2026-09-09", None], "Montgomery", "US", ["rc03"]),
    event("E-CLOUD-2026", [f"2026{_CLOUD}", _CLOUD, "2026 China-U.S. Cities Green and Low-Carbon Development Cloud Forum"],
          "2026-03-18", ["2026-03-18", None], None, "", ["tz01"]),
    event("E-YRD-2026", [f"第二届{_YRD}", _YRD, "长三角-美国东南部清洁能源合作大会"], "2026-06-25", ["2026-06-25", None],
          "Nanjing", "CN", ["tz02"]),
    event("E-CEE-2026", [f"2026{_CEE}", _CEE, "中国-中东欧城市气候合作对话会"], "2026-09-16", ["2026-09-16", None],
          "Taizhou", "CN", ["tz03"]),
]

AGREEMENTS = [
    agreement("A-SHV-HA-2026", ["mou"], [SHREVEPORT, HUAIAN], "2026-03-04", [None], ["rc01"], event="E-BAYOU-2026"),
    agreement("A-HFD-SQ-2026", ["mou"], [HARTFORD, SUQIAN], "2026-05-13", ["Hartford", None], ["rc02"],
              event="E-CRTRANSIT-2026"),
    agreement("A-TZ-GSO-2026", ["mou"], [TAIZHOU, GREENSBORO], "2026-03-18", [None], ["tz01"], event="E-CLOUD-2026"),
    agreement_days("A-TZ-JAX-2026", ["agreement"], [TAIZHOU, JACKSONVILLE], ["2026-06-25", None], [None], ["tz02"],
                   event="E-YRD-2026"),
]

COMMITMENTS = [
    commitment("C-MGM-CUT-2030", MONTGOMERY, "emissions_reduction", 2030, ["rc03"], base_year=2020,
               reduction_pct_min=40, event="E-METHANE-2026"),
    commitment("C-TZ-CUT-2030", TAIZHOU, "emissions_reduction", 2030, ["tz03"], base_year=2020, reduction_pct_min=20,
               event="E-CEE-2026"),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the seventy-fifth test web (tests/seventyfifthweb.py: rccnews, tzgov), "
                        "written by hand from the texts (tests/data/seventyfifthweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "tzgov":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
