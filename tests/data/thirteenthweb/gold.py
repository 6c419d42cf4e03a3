"""Gold records of the thirteenth test web, written from the texts of articles.py before the extractor was run on them.

Parties list every acceptable name of each side; a Chinese name no table renders may stay as written, never pinyin.
The framework agreement of g01/m01 is one row: its parties are the four bodies the office-holders sign for (the
head of state attends, no party). g02's statement is China's and the United States' (the envoys speak for them).
g03's statement of 2023 is theirs too (双方 issue it; the talks were held in Rancho Mirage, the statement is dated
by its issue). Negatives: g03's heads-of-state meeting ahead, its global goal for 2030 (no party's pledge), its
subnational gathering planned for 2024 and its recall of the 2021 statement (it may be cited for that row, no second
row), g02's leaders' summit ahead, s01's stake of 33.5% and share of 7% of a country's power (no pledge), s02 (a
trading launch: totals, unnamed buyers and sellers), s03's recall of s01's agreement (no second row), s04's
capability 具备减碳30%工艺技术能力 (no pledge). Chrome headlines are traps.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from webbuild import agreement as _ag, commitment as _cm, gold_json

# the names the seventh web's gold gives China, the US, Hong Kong and Guangdong
_spec = importlib.util.spec_from_file_location("seventhweb_gold", Path(__file__).parents[1] / "seventhweb" / "gold.py")
_seventh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_seventh)
CHINA, USA, HK, GUANGDONG = _seventh.CHINA, _seventh.USA, _seventh.HK, _seventh.GUANGDONG

NDRC = ["National Development and Reform Commission", "NDRC", "国家发展改革委", "国家发展和改革委员会", "国家发改委",
        "中国国家发展和改革委员会", "國家發展和改革委員會"]
HKSAR = HK + ["香港特别行政区政府", "香港特別行政區政府", "香港特别行政区", "香港特別行政區"]
GD = GUANGDONG + ["广东省人民政府", "廣東省人民政府", "Guangdong Provincial People's Government"]
MACAO = ["Macao", "Macau", "Macao SAR", "Macau SAR", "Government of the Macao Special Administrative Region",
         "Macao SAR Government", "澳门", "澳門", "澳门特别行政区政府", "澳門特別行政區政府", "澳门特区政府", "澳門特區政府",
         "澳门特别行政区", "澳門特別行政區"]
CGN = ["China General Nuclear Power Group", "China General Nuclear", "CGN", "China General Nuclear Power Corporation",
       "中国广核集团", "中广核", "中国广核集团有限公司", "中國廣核集團"]
EDF = ["EDF", "Électricité de France", "Electricite de France", "EDF Group", "法国电力集团", "法国电力公司", "法国电力"]
UK = ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "UK Government", "British Government",
      "Government of the United Kingdom", "HM Government", "英国", "英国政府"]
BAOWU = ["China Baowu Steel Group", "China Baowu Steel Group Corporation", "China Baowu", "Baowu", "Baowu Group",
         "中国宝武钢铁集团有限公司", "中国宝武钢铁集团", "中国宝武", "宝武集团", "宝武"]

EVENTS: list = []
AGREEMENTS = [
    _ag("A-GBA", ["agreement"], [NDRC, GD, HKSAR, MACAO], "2017-07-01", ["Hong Kong"], ["g01", "m01"]),
    _ag("A-CNUS-2021", ["joint_statement", "declaration"], [CHINA, USA], "2021-04-17", ["Shanghai", None], ["g02"]),
    _ag("A-CNUS-2023", ["joint_statement", "declaration"], [CHINA, USA], "2023-11-15", ["Rancho Mirage", None], ["g03"]),
    _ag("A-CGN-EDF", ["agreement"], [CGN, EDF], "2015-10-21", ["London"], ["s01"]),
    _ag("A-HPC-2016", ["agreement"], [CGN, EDF, UK], "2016-09-29", ["London"], ["s03"]),
]
# no signing is told at an event: "event": None makes an event_name on any of them a wrong value
COMMITMENTS = [
    _cm("C-BW-PEAK", BAOWU, "emissions_peak", 2023, ["s04"]),
    _cm("C-BW-2035", BAOWU, "emissions_reduction", 2035, ["s04"], reduction_pct_min=30),
    _cm("C-BW-CN2050", BAOWU, "carbon_neutrality", 2050, ["s04"]),
]


ABOUT = ("Expected records for the thirteenth test web (tests/thirteenthweb.py: gov, sasac, mo), written by "
         "hand from the texts (tests/data/thirteenthweb/articles.py) before the extractor was run; format "
         "of shared/gold/seeds.json. s02 holds no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, EVENTS, AGREEMENTS, COMMITMENTS)
