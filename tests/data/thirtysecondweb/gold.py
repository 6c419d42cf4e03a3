"""Gold records of the thirty-second test web, written from the texts of articles.py before the extractor was run on
them.

Parties list every acceptable name of each side; a city's agency may be named by its city; a foreign city no table
renders (丹麦森纳堡市) may stay as written in Chinese, never pinyin nor another city. Records: the memorandum of Yantai
and Busan (wb01), the letter of intent of Yantai and Sønderborg (wb02), the agreement of Yantai's ecology bureau and
Yokohama's Environmental Planning Bureau (wb03), the memorandum of Zhuhai and Melbourne at the C40 World Mayors
Summit 2022 in Buenos Aires (nw01), the memorandum of Changzhou and Malmö at the ICLEI World Congress 2022 in Malmö
(nw02, the Swedish consul signing for Malmö), the sister-city agreement of Weihai and Manchester with its clean-energy
programme (nw03); the pledges told at the two meetings (Zhuhai: peak before 2025, renewables 20% by 2025; Melbourne:
net zero by 2040; Changzhou: carbon neutrality before 2060, renewables 25% by 2030). Not records: the mayors, vice
mayors and the consul (persons), Tangshan and Pittsburgh's sister-city agreement (culture, education, sport,
tourism: no climate topic), Yantai and Busan's tie of 2019 (recalled), the hydrogen talks and the memorandum planned
for next year (洽谈, 拟于明年签署). Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_json

YANTAI = ["Yantai", "Yantai City", "Yantai Municipal People's Government", "Yantai Municipal Government",
          "Yantai People's Government", "烟台", "烟台市", "烟台市人民政府", "烟台市政府"]
BUSAN = ["Busan", "Busan Metropolitan City", "Busan Metropolitan Government", "City of Busan", "Busan City", "釜山",
         "釜山广域市", "釜山市", "韩国釜山广域市"]
SONDERBORG = ["Sønderborg", "Sonderborg", "Sønderborg Municipality", "Sonderborg Municipality", "森纳堡", "森纳堡市",
              "丹麦森纳堡市"]
YT_EEB = ["Yantai Municipal Bureau of Ecology and Environment", "Yantai Bureau of Ecology and Environment",
          "Yantai Ecology and Environment Bureau", "Yantai Ecological Environment Bureau",
          "Yantai Municipal Ecology and Environment Bureau", "烟台市生态环境局"] + YANTAI
YOKOHAMA = ["Yokohama", "Yokohama City", "City of Yokohama", "横滨", "横滨市", "日本横滨市"]
YOKO_EPB = ["Yokohama City Environmental Planning Bureau", "Yokohama Environmental Planning Bureau",
            "Environmental Planning Bureau of Yokohama", "Environmental Planning Bureau, City of Yokohama",
            "City of Yokohama Environmental Planning Bureau", "横滨市环境创造局", "日本横滨市环境创造局"] + YOKOHAMA
ZHUHAI = ["Zhuhai", "Zhuhai City", "Zhuhai Municipal People's Government", "Zhuhai Municipal Government", "珠海",
          "珠海市", "广东省珠海市"]
MELBOURNE = ["Melbourne", "City of Melbourne", "Melbourne City Council", "墨尔本", "墨尔本市", "澳大利亚墨尔本市"]
CHANGZHOU = ["Changzhou", "Changzhou City", "Changzhou Municipal People's Government", "Changzhou Municipal Government",
             "常州", "常州市", "江苏省常州市"]
MALMO = ["Malmö", "Malmo", "City of Malmö", "City of Malmo", "Malmö City", "Malmö Municipality", "Malmo Municipality",
         "马尔默", "马尔默市"]
WEIHAI = ["Weihai", "Weihai City", "Weihai Municipal People's Government", "Weihai Municipal Government", "威海",
          "威海市", "山东省威海市"]
MANCHESTER = ["Manchester", "City of Manchester", "Manchester City Council", "曼彻斯特", "曼彻斯特市", "英国曼彻斯特市"]

C40 = ["C40 World Mayors Summit 2022", "C40 World Mayors Summit", "2022 C40 World Mayors Summit", "C40 Mayors Summit",
       "2022年C40城市市长峰会", "C40城市市长峰会"]
ICLEI = ["ICLEI World Congress 2022", "ICLEI World Congress", "2022 ICLEI World Congress", "宜可城世界大会",
         "宜可城2022世界大会", "ICLEI 2022世界大会", "倡导地区可持续发展国际理事会（宜可城，ICLEI）2022世界大会",
         "倡导地区可持续发展国际理事会2022世界大会", "倡导地区可持续发展国际理事会世界大会"]

EVENTS = [
    _ev("E-C40-2022", C40, "2022-10-19", ["2022-10-21", None], "Buenos Aires", "AR", ["nw01"]),
    _ev("E-ICLEI-2022", ICLEI, "2022-05-11", ["2022-05-13", None], "Malmö", "SE", ["nw02"]),
]

AGREEMENTS = [
    _ag("A-YT-BUSAN-2023", ["mou"], [YANTAI, BUSAN], "2023-05-16", ["Yantai", None], ["wb01"]),
    _ag("A-YT-SONDERBORG-2023", ["mou", "agreement"], [YANTAI, SONDERBORG], "2023-09-12", ["Yantai", None], ["wb02"]),
    _ag("A-YTEEB-YOKOEPB-2023", ["agreement", "mou"], [YT_EEB, YOKO_EPB], "2023-11-08", ["Yantai", None], ["wb03"]),
    _ag("A-ZH-MEL-2022", ["mou"], [ZHUHAI, MELBOURNE], "2022-10-20", ["Buenos Aires", None], ["nw01"],
        event="E-C40-2022"),
    _ag("A-CZ-MALMO-2022", ["mou"], [CHANGZHOU, MALMO], "2022-05-12", ["Malmö", "Malmo", None], ["nw02"],
        event="E-ICLEI-2022"),
    _ag("A-WH-MAN-2023", ["agreement", "partnership", "mou", "declaration"], [WEIHAI, MANCHESTER], "2023-06-27",
        ["Manchester", None], ["nw03"]),
]
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]

COMMITMENTS = [
    _cm("C-ZH-PEAK-2025", ZHUHAI, "emissions_peak", 2025, ["nw01"]),
    _cm("C-ZH-RE-2025", ZHUHAI, "renewable_share", 2025, ["nw01"], share_pct=20),
    _cm("C-MEL-NZ-2040", MELBOURNE, "carbon_neutrality", 2040, ["nw01"]),
    _cm("C-CZ-NEUTRAL-2060", CHANGZHOU, "carbon_neutrality", 2060, ["nw02"]),
    _cm("C-CZ-RE-2030", CHANGZHOU, "renewable_share", 2030, ["nw02"], share_pct=25),
]

ABOUT = ("Expected records for the thirty-second test web (tests/thirtysecondweb.py: wb, nw), written by hand from "
         "the texts (tests/data/thirtysecondweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. nw04 (a sister-city agreement on culture and tourism) holds no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, EVENTS, AGREEMENTS, COMMITMENTS)
