"""Gold records of the sixty-third test web, written from the texts of articles.py before the extractor was run on
them.

Agreements: South Carolina's memorandum with Hebei (Shijiazhuang, Tuesday April 15, 2025; pg01 and cb01), its
agreements with Liaoning Province and with the Shenyang municipal government (the same release; the day is the
release's or unsettled), its agreements with the Ministry of Commerce and with the National Energy Administration
(signed "during the trip", April 14-18: the month or no day), Baton Rouge's memorandum with Dalian (Monday June 9,
2025, Dalian) and its agreement with Yantai (Tuesday June 10, Yantai). Commitments: South Carolina's 40% below 2005 by
2035. No events (a trip is no named gathering).

Optional: the memoranda recalled from 2011 (South Carolina-Jilin) and 2012 (Louisiana-Jiangsu), year only. Not
records: the meetings with battery makers, a vice mayor, Shandong officials and a consul general (nothing signed),
the sister-state and sister-city agreements and the carbon capture memorandum still to be signed.
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, commitment as _cm, gold_document, recalled_agreement

SC = ["South Carolina", "State of South Carolina", "Government of South Carolina"]
LA = ["Louisiana", "State of Louisiana"]
BR = ["Baton Rouge", "City of Baton Rouge", "Baton Rouge city government"]
HEBEI = ["Hebei", "Hebei Province", "Province of Hebei", "Hebei Provincial Government", "河北", "河北省"]
LIAONING = ["Liaoning", "Liaoning Province", "Province of Liaoning", "Liaoning Provincial Government", "辽宁", "辽宁省"]
SHENYANG = ["Shenyang", "Shenyang municipal government", "Shenyang Municipal Government", "City of Shenyang",
            "Shenyang Municipal People's Government", "沈阳", "沈阳市"]
MOFCOM = ["Ministry of Commerce", "MOFCOM", "Ministry of Commerce of the People's Republic of China",
          "China's Ministry of Commerce", "商务部"]
NEA = ["National Energy Administration", "NEA", "China's National Energy Administration", "国家能源局"]
DALIAN = ["Dalian", "City of Dalian", "Dalian municipal government", "Dalian Municipal Government", "大连", "大连市"]
YANTAI = ["Yantai", "City of Yantai", "Yantai municipal government", "Yantai Municipal Government", "烟台", "烟台市"]
JILIN = ["Jilin", "Jilin Province", "Province of Jilin", "吉林", "吉林省"]
JIANGSU = ["Jiangsu", "Jiangsu Province", "Province of Jiangsu", "江苏", "江苏省"]

ALSO_DAYS = ["2025-04-15", "2025-04", None]  # "The governor also signed ..." in Tuesday's release
TRIP_DAYS = [None, "2025-04"]  # "During the trip" (April 14-18)

AGREEMENTS = [
    agreement("A-SC-HEBEI-2025", ["mou"], [SC, HEBEI], "2025-04-15", ["Shijiazhuang"], ["pg01", "cb01"]),
    agreement_days("A-SC-LIAONING-2025", ["agreement", "mou"], [SC, LIAONING], ALSO_DAYS, [None, "Shenyang"],
                   ["pg01", "cb01"]),
    agreement_days("A-SC-SHENYANG-2025", ["agreement", "mou"], [SC, SHENYANG], ALSO_DAYS, [None, "Shenyang"],
                   ["pg01", "cb01"]),
    agreement_days("A-SC-MOFCOM-2025", ["agreement", "mou"], [SC, MOFCOM], TRIP_DAYS, [None, "Beijing"], ["pg02"]),
    agreement_days("A-SC-NEA-2025", ["agreement", "mou"], [SC, NEA], TRIP_DAYS, [None, "Beijing"], ["pg02"]),
    recalled_agreement("A-SC-JILIN-2011", ["mou", "agreement"], [SC, JILIN], "2011", "pg02"),
    agreement("A-BR-DALIAN-2025", ["mou"], [BR, DALIAN], "2025-06-09", ["Dalian"], ["cb02"]),
    agreement("A-BR-YANTAI-2025", ["agreement", "mou"], [BR, YANTAI], "2025-06-10", ["Yantai"], ["cb02"]),
    recalled_agreement("A-LA-JIANGSU-2012", ["agreement", "partnership", "mou"], [LA, JIANGSU], "2012", "cb03"),
]

COMMITMENTS = [
    _cm("C-SC-2035", SC, "emissions_reduction", 2035, ["pg02"], base_year=2005, reduction_pct_min=40),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (all in English)."""
    return gold_document("Expected records for the sixty-third test web (tests/sixtythirdweb.py: palmetto, "
                         "crossbar), written by hand from the texts (tests/data/sixtythirdweb/articles.py) before the "
                         "extractor was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                         {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
