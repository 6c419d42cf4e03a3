"""Gold records of the eighty-second test web, written from the texts of articles.py before the extractor was run on
them.

No events (a press panel, a board meeting, lectures and signing ceremonies are not reported as gatherings with names).
Agreements: the University Climate Change Coalition (UC3) of thirteen universities announced on Tuesday 6 February
2018 (a partnership; We Are Still In, America's Pledge and Second Nature are partners of the coalition, not founding
members; Stony Brook's president spoke for SUNY), Ohio State's fifty-year agreement with ENGIE North America and Axium
Infrastructure (Monday 10 April 2017; the trustees' approval on Friday is no signing; the joint venture they form is
no party), Tongji University's renewed agreement with UNEP (12 May 2023; the institute they run is no party; its
founding in 2002 is recalled: optional), the four-university Yangtze River Delta alliance (18 November 2022; Zhejiang
University did not sign), the Tongji-KTH joint research centre agreement (6 September 2023), RMI's memorandum with the
NDRC's Energy Research Institute (Thursday 20 June 2019; the 2016 joint study is no agreement), Clean Air Asia's
renewed memorandum with CSES (14 November 2018; the first of 2015: optional) and the four-institute freight research
network's charter (Wednesday 7 June 2023; the Institute of Energy, not Peking University). Ohio State's signing of the
Presidents' Climate Commitment in 2008 is recalled: optional. Commitments: Ohio State's and Columbus's carbon
neutrality by 2050, Tongji's campus peak by 2025 and neutrality by 2050 (its 50% new-energy official cars by 2025
optional; energy use per floor area 10% below 2020 is no emissions pledge). ClimateWorks' grant to iGDP is no
agreement and "pledged to double its grantmaking in Asia by 2025" no climate commitment; os03 and tj04 (lectures)
hold no record.
"""
from __future__ import annotations

from webbuild import agreement, commitment, gold_document, recalled_agreement

ASU = ["Arizona State University", "ASU", "亚利桑那州立大学"]
CALTECH = ["California Institute of Technology", "Caltech", "加州理工学院"]
TEC = ["Tecnológico de Monterrey", "Tecnologico de Monterrey", "Monterrey Institute of Technology",
       "Instituto Tecnológico y de Estudios Superiores de Monterrey", "Tec de Monterrey", "ITESM", "蒙特雷科技大学"]
UNAM = ["National Autonomous University of Mexico", "Universidad Nacional Autónoma de México", "UNAM",
        "墨西哥国立自治大学"]
OSU = ["The Ohio State University", "Ohio State University", "Ohio State", "OSU", "俄亥俄州立大学",
       "美国俄亥俄州立大学"]
SUNY = ["State University of New York", "The State University of New York", "SUNY", "纽约州立大学"]
UBC = ["University of British Columbia", "The University of British Columbia", "UBC", "英属哥伦比亚大学"]
UC = ["University of California", "UC", "University of California system", "加州大学"]
CUB = ["University of Colorado Boulder", "University of Colorado, Boulder", "CU Boulder", "University of Colorado",
       "科罗拉多大学博尔德分校"]
UMD = ["University of Maryland, College Park", "University of Maryland", "UMD", "马里兰大学"]
UNM = ["University of New Mexico", "The University of New Mexico", "UNM", "新墨西哥大学"]
UOFT = ["University of Toronto", "U of T", "多伦多大学"]
UW = ["University of Washington", "UW", "华盛顿大学"]
ENGIE = ["ENGIE North America", "ENGIE", "Engie", "ENGIE North America Inc."]
AXIUM = ["Axium Infrastructure", "Axium", "Axium Infrastructure Inc."]
COLUMBUS = ["Columbus", "City of Columbus", "哥伦布", "哥伦布市"]

TONGJI = ["Tongji University", "Tongji", "同济大学"]
UNEP = ["United Nations Environment Programme", "UN Environment Programme", "UN Environment", "UNEP",
        "联合国环境规划署", "环境署"]
NJU = ["Nanjing University", "南京大学"]
SEU = ["Southeast University", "东南大学"]
USTC = ["University of Science and Technology of China", "USTC", "中国科学技术大学", "中国科大"]
KTH = ["KTH Royal Institute of Technology", "Royal Institute of Technology", "KTH", "瑞典皇家理工学院"]

RMI = ["Rocky Mountain Institute", "RMI", "落基山研究所"]
ERI = ["Energy Research Institute of the National Development and Reform Commission", "Energy Research Institute",
       "Energy Research Institute of NDRC", "ERI", "国家发展和改革委员会能源研究所", "国家发改委能源研究所"]
CAA = ["Clean Air Asia", "亚洲清洁空气中心"]
CSES = ["Chinese Society for Environmental Sciences", "CSES", "中国环境科学学会"]
ICCT = ["International Council on Clean Transportation", "ICCT", "国际清洁交通委员会"]
CRAES = ["Chinese Research Academy of Environmental Sciences", "CRAES", "中国环境科学研究院"]
CAEP = ["Chinese Academy of Environmental Planning", "CAEP", "生态环境部环境规划院", "环境规划院"]
PKU_IOE = ["Institute of Energy of Peking University", "Institute of Energy, Peking University",
           "Peking University Institute of Energy", "北京大学能源研究院"]

AGREEMENTS = [
    agreement("A-UC3-2018", ["partnership", "declaration", "agreement"],
              [ASU, CALTECH, TEC, UNAM, OSU, SUNY, UBC, UC, CUB, UMD, UNM, UOFT, UW], "2018-02-06", [None], ["os01"]),
    agreement("A-OSU-ENGIE-AXIUM-2017", ["agreement"], [OSU, ENGIE, AXIUM], "2017-04-10", ["Columbus", None],
              ["os04"]),
    recalled_agreement("A-OSU-ACUPCC-2008", ["declaration", "agreement"], [OSU], "2008", "os02"),
    agreement("A-TONGJI-UNEP-2023", ["agreement"], [TONGJI, UNEP], "2023-05-12", ["Shanghai", None], ["tj01"]),
    recalled_agreement("A-TONGJI-UNEP-2002", ["agreement", "partnership"], [TONGJI, UNEP], "2002", "tj01"),
    agreement("A-YRD-ALLIANCE-2022", ["agreement", "partnership"], [TONGJI, NJU, SEU, USTC], "2022-11-18",
              ["Shanghai", None], ["tj02"]),
    agreement("A-TONGJI-KTH-2023", ["agreement", "partnership"], [TONGJI, KTH], "2023-09-06", ["Shanghai"], ["tj05"]),
    agreement("A-RMI-ERI-2019", ["mou"], [RMI, ERI], "2019-06-20", ["Beijing"], ["cc01"]),
    agreement("A-CAA-CSES-2018", ["mou"], [CAA, CSES], "2018-11-14", ["Beijing"], ["cc02"]),
    recalled_agreement("A-CAA-CSES-2015", ["mou"], [CAA, CSES], "2015", "cc02"),
    agreement("A-ZEFRN-2023", ["partnership", "agreement"], [ICCT, CRAES, CAEP, PKU_IOE], "2023-06-07", ["Beijing"],
              ["cc04"]),
]

COMMITMENTS = [
    commitment("C-OSU-NEUTRAL-2050", OSU, "carbon_neutrality", 2050, ["os02"]),
    commitment("C-COLUMBUS-NEUTRAL-2050", COLUMBUS, "carbon_neutrality", 2050, ["os02"]),
    commitment("C-TONGJI-PEAK-2025", TONGJI, "emissions_peak", 2025, ["tj03"]),
    commitment("C-TONGJI-NEUTRAL-2050", TONGJI, "carbon_neutrality", 2050, ["tj03"]),
    commitment("C-TONGJI-FLEET-2025", TONGJI, "other", 2025, [], optional=True, evidence_optional=["tj03"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its site's language) and records."""
    doc = gold_document("Expected records for the eighty-second test web (tests/eightysecondweb.py: osunews, tjnews, "
                        "crosscur), written by hand from the texts (tests/data/eightysecondweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. os03, tj04 and cc03 hold no record.",
                        "en", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        if a["site"] == "tjnews":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
