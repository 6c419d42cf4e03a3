"""Gold records of the hundred-first test web, written from the texts of articles.py before the extractor was run on
them.

Agreements: Hawaii's letter of intent with CCPIT (Sunday = 13 November 2011, Honolulu, "hours after" the APEC
Hawaii-China CEO Forum: the forum is an optional event, the letter was not signed at it); the Hawaii-Shanxi memorandum
(Wednesday = 29 May 2013, Honolulu; hi02 and sx01 tell it, one row) and the Shanxi-West Virginia memorandum (31 May
2013, Charleston; sx03 recalls it by its year only); Portland's memorandum with Suzhou (18 September 2018, Suzhou;
TriMet is no party). Commitments: Hawaii's 40 percent from local renewables by 2030 (its 70 percent clean energy goal
is an optional "other"); Portland's 40 and 80 percent below 1990 by 2030 and 2050; Suzhou's peak by 2020 (China's
2030 goal optional). Not records: the forum announced (hi04), the Hainan anniversary (hi03), the video exchange and
its "待条件成熟时再商签" (sx02), the West Virginia visit (sx03), a work plan with "争取续签" and a count of friendly
cities (sx04), the webinar (cn02), the Honolulu-Zhongshan anniversary (cn03), the network's work plan (cn04).
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document, recalled_agreement

HAWAII = ["Hawaii", "State of Hawaii", "Hawai\u02bbi", "Hawai'i", "Government of the State of Hawaii",
          "Hawaii State Government", "夏威夷州", "美国夏威夷州", "夏威夷"]
CCPIT = ["China Council for the Promotion of International Trade", "CCPIT",
         "China Council for Promotion of International Trade", "中国国际贸易促进委员会", "中国贸促会"]
SHANXI = ["Shanxi", "Shanxi Province", "Shanxi Provincial Government", "Shanxi Provincial People's Government",
          "山西", "山西省", "山西省人民政府"]
WV = ["West Virginia", "State of West Virginia", "西弗吉尼亚州", "美国西弗吉尼亚州", "西弗吉尼亚"]
PORTLAND = ["Portland", "Portland, Oregon", "City of Portland", "Portland City Council", "波特兰", "波特兰市"]
SUZHOU = ["Suzhou", "Suzhou Municipal People's Government", "Suzhou Municipal Government", "City of Suzhou", "苏州",
          "苏州市"]
CHINA = ["China", "People's Republic of China", "中国"]

EVENTS = [
    event("E-APEC-CEO-2011", ["APEC Hawaii-China CEO Forum", "Transforming to Clean Energy",
                              "APEC Hawaii-China CEO Forum, Transforming to Clean Energy", "APEC Leaders' Week",
                              "APEC Leaders Week", "APEC"], "2011-11-13", ["2011-11-13", None], "Honolulu", "US", [],
          optional=True, evidence_optional=["hi01", "hi04"]),
]

AGREEMENTS = [
    agreement("A-HI-CCPIT-2011", ["agreement", "mou", "partnership"], [HAWAII, CCPIT], "2011-11-13", ["Honolulu"],
              ["hi01"]),
    agreement("A-HI-SX-2013", ["mou"], [HAWAII, SHANXI], "2013-05-29", ["Honolulu"], ["hi02", "sx01"]),
    agreement("A-WV-SX-2013", ["mou"], [WV, SHANXI], "2013-05-31", ["Charleston"], ["sx01"],
              evidence_optional=["sx03"]),
    agreement("A-PDX-SZ-2018", ["mou"], [PORTLAND, SUZHOU], "2018-09-18", ["Suzhou"], ["cn01"]),
]

COMMITMENTS = [
    commitment("C-HI-RE-2030", HAWAII, "renewable_share", 2030, ["hi01"]),
    commitment("C-HI-CLEAN-2030", HAWAII, "other", 2030, [], optional=True, evidence_optional=["hi01"]),
    commitment("C-PDX-40-2030", PORTLAND, "emissions_reduction", 2030, ["cn01"], base_year=1990,
               reduction_pct_min=40, reduction_pct_max=40),
    commitment("C-PDX-80-2050", PORTLAND, "emissions_reduction", 2050, ["cn01"], base_year=1990,
               reduction_pct_min=80, reduction_pct_max=80),
    commitment("C-SUZHOU-PEAK-2020", SUZHOU, "emissions_peak", 2020, ["cn01"]),
    commitment("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, [], optional=True, evidence_optional=["cn01"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the hundred-first test web (tests/hundredfirstweb.py: hawaiigov, sxfao, "
                        "citynet), written by hand from the texts (tests/data/hundredfirstweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. hi03, hi04, sx02, sx03, sx04, cn02, cn03 "
                        "and cn04 hold no record.", "zh", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] != "sxfao":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
