"""Gold records of the seventh test web, written from the texts of articles.py before the extractor was run on them.

Parties list every acceptable name of each side; a Chinese name no table renders may stay as written, never pinyin.
Negatives: p03 (a consensus 達成共識 and a memorandum 擬於113年…簽署: no signed instrument; an expo to come), h03 (a
routine joint-conference sitting that reached consensus, membership of C40 since 2007, a target already met 已提前完成),
x06 (a trade text agreed, not signed, no climate content; a province's target already met). Joining an existing
alliance (x04 加入率先达峰城市联盟) is membership, and a statement 与会各方共同发布 with no named signatory is no record.
Results (p01's 29%, h01's per-capita tonnes) are no pledges. Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_json

TAIPEI = ["Taipei", "Taipei City", "Taipei City Government", "臺北市", "台北市", "臺北市政府", "台北市政府", "北市府"]
SF = ["San Francisco", "City of San Francisco", "City and County of San Francisco", "舊金山市", "旧金山市", "舊金山",
      "舊金山市政府", "San Francisco Department of the Environment", "舊金山市環境局"]
HK = ["Hong Kong", "Hong Kong SAR", "HKSAR", "HKSAR Government", "Government of the Hong Kong SAR",
      "Government of the Hong Kong Special Administrative Region", "香港", "香港特區政府", "香港特别行政区政府",
      "香港特區", "Environment and Ecology Bureau", "環境及生態局", "环境及生态局"]
GUANGDONG = ["Guangdong", "Guangdong Province", "廣東省", "广东省", "廣東", "广东", "廣東省生態環境廳", "广东省生态环境厅",
             "Guangdong Provincial Department of Ecology and Environment"]
CHINA = ["China", "People's Republic of China", "中国", "中华人民共和国", "我国"]
USA = ["United States", "United States of America", "US", "USA", "美国"]
MOST = ["Ministry of Science and Technology", "Ministry of Science and Technology of China", "MOST", "科技部",
        "科学技术部", "中国科学技术部", "中华人民共和国科学技术部"]
NEA = ["National Energy Administration", "NEA", "国家能源局"]
DOE = ["Department of Energy", "U.S. Department of Energy", "US Department of Energy", "United States Department of Energy",
       "DOE", "美国能源部", "能源部"]
ZHENJIANG = ["Zhenjiang", "镇江市", "镇江", "中国镇江"]
PORTLAND = ["Portland", "City of Portland", "波特兰市", "波特兰", "美国波特兰"]

COP28 = ["COP28", "28th UN Climate Change Conference", "28th United Nations Climate Change Conference",
         "2023 United Nations Climate Change Conference", "UN Climate Change Conference COP28",
         "United Nations Climate Change Conference (COP28)", "28th Session of the Conference of the Parties",
         "第二十八屆聯合國氣候變化大會", "第二十八届联合国气候变化大会"]
COP26 = ["COP26", "26th UN Climate Change Conference", "2021 United Nations Climate Change Conference",
         "UN Climate Change Conference in Glasgow", "Glasgow Climate Change Conference", "UN Climate Change Conference COP26",
         "26th Conference of the Parties", "联合国气候变化格拉斯哥大会", "第二十六次缔约方大会"]
SUMMIT2 = ["Second U.S.-China Climate-Smart/Low-Carbon Cities Summit", "U.S.-China Climate-Smart/Low-Carbon Cities Summit",
           "US-China Climate-Smart/Low-Carbon Cities Summit", "China-U.S. Climate-Smart/Low-Carbon Cities Summit",
           "Second China-U.S. Climate-Smart/Low-Carbon Cities Summit", "中美气候智慧型/低碳城市峰会",
           "第二届中美气候智慧型/低碳城市峰会"]
CAS = ["Climate Ambition Summit", "Climate Ambition Summit 2020", "气候雄心峰会"]


EVENTS = [
    _ev("E-COP28", COP28, "2023-11-30", [None, "2023-12-12", "2023-12-13"], "Dubai", "AE", ["h01"]),
    _ev("E-COP26", COP26, "2021-10-31", [None, "2021-11-12", "2021-11-13"], "Glasgow", "GB", ["x03"]),
    _ev("E-SUMMIT2", SUMMIT2, "2016-06-07", [None, "2016-06-08"], "Beijing", "CN", ["x04"]),
    # held by video: no city to give, so not required; the UN General Assembly debate is no climate gathering
    _ev("E-CAS", CAS, "2020-12-12", [None, "2020-12-12"], "", "", ["x02"], optional=True),
]
AGREEMENTS = [
    _ag("A-TPE-SF", ["mou"], [TAIPEI, SF], "2023-10-16", ["Taipei"], ["p02"]),
    _ag("A-HK-GD", ["mou"], [HK, GUANGDONG], "2023-06-19", ["Guangzhou"], ["h02"]),
    _ag("A-GLASGOW", ["joint_statement", "declaration"], [CHINA, USA], "2021-11-10", ["Glasgow", None], ["x03"],
        event="E-COP26"),
    _ag("A-ZJ-PDX", ["mou"], [ZHENJIANG, PORTLAND], "2016-06-07", ["Beijing", None], ["x04"], event="E-SUMMIT2"),
    _ag("A-CN-US-2014", ["joint_statement", "declaration"], [CHINA, USA], "2014-11-12", ["Beijing", None], ["x05"]),
    _ag("A-CERC", ["agreement", "mou"], [MOST, NEA, DOE], "2014-11-12", ["Beijing", None], ["x05"]),
]
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-TPE-NZ2050", TAIPEI, "carbon_neutrality", 2050, ["p01"]),
    _cm("C-TPE-2030", TAIPEI, "emissions_reduction", 2030, ["p01"], base_year=2005, reduction_pct_min=40),
    _cm("C-HK-2035", HK, "emissions_reduction", 2035, ["h01"], base_year=2005, reduction_pct_min=50),
    _cm("C-HK-CN2050", HK, "carbon_neutrality", 2050, ["h01"]),
    _cm("C-CN-PEAK", CHINA, "emissions_peak", 2030, ["x01", "x05"]),
    _cm("C-CN-CN2060", CHINA, "carbon_neutrality", 2060, ["x01"]),
    _cm("C-CN-CI2030", CHINA, "emissions_reduction", 2030, ["x02"], base_year=2005, reduction_pct_min=65),
    _cm("C-CN-NF2030-25", CHINA, "renewable_share", 2030, ["x02"], share_pct=25),
    _cm("C-CN-NF2030-20", CHINA, "renewable_share", 2030, ["x05"], share_pct=20),
    _cm("C-US-2025", USA, "emissions_reduction", 2025, ["x05"], base_year=2005, reduction_pct_min=26,
        reduction_pct_max=28),
    # no type holds a forest stock or an installed capacity: `other` is accepted, not required
    _cm("C-CN-FOREST", CHINA, "other", 2030, [], optional=True),
    _cm("C-CN-WINDSOLAR", CHINA, "other", 2030, [], optional=True),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json("Expected records for the seventh test web (tests/seventhweb.py: taipei, hkgov, xinhua), written "
                     "by hand from the texts (tests/data/seventhweb/articles.py) before the extractor was run; format "
                     "of shared/gold/seeds.json. p03, h03 and x06 hold no record.",
                     articles, traps, chrome, EVENTS, AGREEMENTS, COMMITMENTS)
