"""Gold records of the fifth test web, written from the texts of articles.py before the extractor was run on them.

Parties list every acceptable name of each side (the body that signs and the government it signs for are one side:
"广东省生态环境厅与加州环境保护局签署了《广东省与美国加利福尼亚州…备忘录》"). Negatives: f03 (a trade deal, a planned
memorandum 拟于明年签署, a fair 将于…举办), f04 (sister cities' anniversary and their joint statement: no climate
agreement, "探讨…的可能性"); f07's G20 tripling of global renewables is nobody's pledge; chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, gold_json

GUANGDONG = ["Guangdong", "Guangdong Province", "广东省", "广东", "广东省生态环境厅",
             "Guangdong Provincial Department of Ecology and Environment"]
JIANGSU = ["Jiangsu", "Jiangsu Province", "江苏省", "江苏", "江苏省生态环境厅",
           "Jiangsu Provincial Department of Ecology and Environment"]
SICHUAN = ["Sichuan", "Sichuan Province", "四川省", "四川", "四川省发展和改革委员会",
           "Sichuan Provincial Development and Reform Commission", "Sichuan Development and Reform Commission"]
CALIFORNIA = ["California", "State of California", "加利福尼亚州", "加州", "美国加利福尼亚州", "加州政府",
              "美国加利福尼亚州政府", "California Environmental Protection Agency", "CalEPA", "加州环境保护局"]
CEC = ["California Energy Commission", "加州能源委员会", "California", "加州", "美国加利福尼亚州"]
MOST = ["Ministry of Science and Technology", "Ministry of Science and Technology of the People's Republic of China",
        "Ministry of Science and Technology of China",
        "MOST", "科技部", "科学技术部", "中华人民共和国科学技术部"]
NDRC = ["National Development and Reform Commission", "NDRC", "国家发展改革委", "国家发展和改革委员会", "国家发改委"]
CHINA = ["China", "People's Republic of China", "中国", "中华人民共和国", "我国"]
USA = ["United States", "United States of America", "US", "USA", "美国"]
TSINGHUA = ["Tsinghua University", "清华大学"]
UCB = ["University of California, Berkeley", "UC Berkeley", "加州大学伯克利分校"]
SHANGHAI = ["Shanghai", "上海市", "上海"]
LA = ["Los Angeles", "City of Los Angeles", "洛杉矶市", "洛杉矶"]
C40 = ["C40", "C40 Cities", "C40 Cities Climate Leadership Group", "C40城市气候领导联盟"]


AGREEMENTS = [
    _ag("A-GD-CA", ["mou"], [GUANGDONG, CALIFORNIA], "2023-10-26", ["Guangzhou", None], ["f01"]),
    _ag("A-JS-CA", ["mou"], [JIANGSU, CALIFORNIA], "2023-10-27", ["Nanjing"], ["f02"]),
    _ag("A-SC-CA", ["mou"], [SICHUAN, CEC], "2017-06-07", ["Chengdu", None], ["f05"]),
    _ag("A-MOST-CA", ["mou"], [MOST, CALIFORNIA], "2017-06-06", ["Beijing", None], ["f06"]),
    _ag("A-SUNNY", ["joint_statement", "declaration"], [CHINA, USA], "2023-11-15", [None], ["f07"]),
    _ag("A-CCCI", ["partnership", "agreement", "mou"], [TSINGHUA, UCB], "2019-09-18", ["Berkeley", None], ["f08"]),
    _ag("A-SH-LA", ["partnership", "agreement"], [SHANGHAI, LA, C40], "2022-01-28", [None], ["f10"]),
    _ag("A-NDRC-CA", ["mou", "agreement"], [NDRC, CALIFORNIA], "2023-10-25", ["Beijing"], ["f11"]),
]
COMMITMENTS = [
    _cm("C-CN-NF2025", CHINA, "renewable_share", 2025, ["f09"], share_pct=20),
    _cm("C-CN-NF2030", CHINA, "renewable_share", 2030, ["f09"], share_pct=25),
    _cm("C-CN-CI2025", CHINA, "emissions_reduction", 2025, ["f09"], base_year=2020, reduction_pct_min=18),
    _cm("C-CN-CI2030", CHINA, "emissions_reduction", 2030, ["f09"], base_year=2005, reduction_pct_min=65),
    _cm("C-CN-PEAK", CHINA, "emissions_peak", 2030, ["f09"]),
    _cm("C-CN-CN2060", CHINA, "carbon_neutrality", 2060, ["f09"]),
    # restated in passing or not a pledge of the story's own: neither required nor false
    _cm("C-CN-EI2025", CHINA, "other", 2025, [], optional=True),
    _cm("C-CA-CN2045", ["California", "加州"], "carbon_neutrality", 2045, [], optional=True),
    _cm("C-CA-RPS2030", ["California", "加州"], "renewable_share", 2030, [], optional=True),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json("Expected records for the fifth test web (tests/fifthweb.py: waiban, wxmp, renmin), written by "
                     "hand from the texts (tests/data/fifthweb/articles.py) before the extractor was run; format of "
                     "shared/gold/seeds.json. f03 and f04 hold no record.",
                     articles, traps, chrome, [], AGREEMENTS, COMMITMENTS)
