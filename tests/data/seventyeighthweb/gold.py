"""Gold records of the seventy-eighth test web, written from the texts of articles.py before the extractor was run on
them.

No events (a visit of scholars is no event), no commitments. Each party is named as written, whole (a name with 与 or
和 inside is one name), or by the English name its alias data or the text's own bracketed gloss gives; never by its
parent body (中国能源建设集团, 美国能源部, 中国石化 alone) nor by its city (泰州). km01 holds two agreements of the
same day (the faculty's memorandum, the university's agreement), ny02 two of the same company (同日 ... 还与 ...).
km03 lists visiting institutions that signed nothing: no record.
"""
from __future__ import annotations

from webbuild import agreement, gold_json

KMUST_FMEE = ["昆明理工大学冶金与能源工程学院",
              "Faculty of Metallurgical and Energy Engineering, Kunming University of Science and Technology",
              "Kunming University of Science and Technology Faculty of Metallurgical and Energy Engineering"]
KMUST = ["昆明理工大学", "Kunming University of Science and Technology"]
PURDUE = ["Purdue University", "普渡大学", "美国普渡大学"]
LAB = ["云南省清洁能源与低碳冶金重点实验室", "Yunnan Key Laboratory of Clean Energy and Low-Carbon Metallurgy"]
ORNL = ["Oak Ridge National Laboratory", "ORNL", "橡树岭国家实验室", "美国橡树岭国家实验室", "美国能源部橡树岭国家实验室"]
ZEPDI = ["中国能源建设集团浙江省电力设计院有限公司", "浙江省电力设计院有限公司", "浙江省电力设计院",
         "China Energy Engineering Group Zhejiang Electric Power Design Institute Co., Ltd.",
         "Zhejiang Electric Power Design Institute"]
TAMU = ["Texas A&M University", "德克萨斯农工大学", "美国德克萨斯农工大学"]
LANQI = ["泰州澜启氢能科技有限公司", "江苏泰州澜启氢能科技有限公司", "澜启氢能"]
UCI = ["University of California, Irvine", "UC Irvine", "加州大学尔湾分校", "美国加州大学尔湾分校"]
ISE = ["Fraunhofer Institute for Solar Energy Systems", "Fraunhofer ISE", "弗劳恩霍夫太阳能系统研究所",
       "德国弗劳恩霍夫太阳能系统研究所"]
RIPED = ["中国石化石油勘探开发研究院", "Sinopec Petroleum Exploration and Production Research Institute"]
EERC = ["Energy & Environmental Research Center", "Energy and Environmental Research Center", "EERC",
        "北达科他大学能源与环境研究中心", "美国北达科他大学能源与环境研究中心",
        "University of North Dakota Energy & Environmental Research Center"]

AGREEMENTS = [
    agreement("A-KMFMEE-PURDUE", ["mou"], [KMUST_FMEE, PURDUE], "2026-04-15", ["Kunming", None], ["km01"]),
    agreement("A-KMUST-PURDUE", ["agreement"], [KMUST, PURDUE], "2026-04-15", ["Kunming", None], ["km01"]),
    agreement("A-YNLAB-ORNL", ["agreement"], [LAB, ORNL], "2026-06-08", ["Kunming"], ["km02"]),
    agreement("A-ZEPDI-TAMU", ["mou"], [ZEPDI, TAMU], "2026-05-20", ["Hangzhou"], ["ny01"]),
    agreement("A-LANQI-UCI", ["agreement"], [LANQI, UCI], "2026-07-14", ["Taizhou"], ["ny02"]),
    agreement("A-LANQI-ISE", ["mou"], [LANQI, ISE], "2026-07-14", ["Taizhou", None], ["ny02"]),
    agreement("A-RIPED-EERC", ["agreement"], [RIPED, EERC], "2026-10-28", ["Beijing"], ["ny03"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (both sites in Chinese)."""
    return gold_json("Expected records for the seventy-eighth test web (tests/seventyeighthweb.py: kmdx, nyzx), written "
                     "by hand from the texts (tests/data/seventyeighthweb/articles.py) before the extractor was run; "
                     "format of shared/gold/seeds.json. km03 holds no record.", articles, traps, chrome,
                     [], AGREEMENTS, [])
