"""Gold records of the forty-third test web, written from the texts of articles.py before the extractor was run on them.

A city's pledge is its government's; a firm's is the firm's. Agreements: Taoyuan and Fukuoka's memorandum (ty01, signed
昨（6）日 = 6 Nov 2023 at Taoyuan's city hall), Taoyuan and the University of Queensland's (ty02, at the forum's opening on
19 Sep 2023), Taoyuan and Brisbane's sister-city agreement (ty03: 民國112年5月22日 in Brisbane, on net-zero transition:
a climate agreement), EMSD and Siemens' 諒解備忘錄 (hk01, in Hong Kong), PolyU and Lund University's memorandum signed
during the summit (hk02, on the day the release tells of, 26 Oct 2023). The witnesses (交流協會, 發展局局長) are no
party. Events: the Taoyuan forum (ty02: 19-20 Sep 2023) and the Hong Kong summit (hk02: 26 Oct 2023, 為期兩日).
Negatives: results (已減少, 已達, 已於2017年起實現…碳中和, 已由…下降), forecasts (預計, 可望), plans only being
studied (規劃中, 研議, 商討中: Sacramento County's and Incheon's memoranda). Names are accepted in English, in
Traditional characters as written and in Simplified characters (the same name in the other script). Chrome headlines
are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_json

TAOYUAN = ["Taoyuan", "Taoyuan City", "Taoyuan City Government", "City of Taoyuan", "Taoyuan Municipality",
           "桃園", "桃園市", "桃園市政府", "桃园", "桃园市", "桃园市政府"]
FUKUOKA = ["Fukuoka", "Fukuoka City", "City of Fukuoka", "Fukuoka City Government", "福岡", "福岡市", "福岡市政府",
           "日本福岡市", "福冈", "福冈市", "福冈市政府"]
UQ = ["The University of Queensland", "University of Queensland", "UQ", "昆士蘭大學", "澳洲昆士蘭大學", "昆士兰大学",
      "澳洲昆士兰大学"]
BRISBANE = ["Brisbane", "City of Brisbane", "Brisbane City Council", "Brisbane City", "布里斯本", "布里斯本市",
            "澳洲布里斯本市"]
DELTA = ["Delta Electronics", "Delta Electronics, Inc.", "Delta Electronics Inc.", "Delta", "台達電子", "台達電",
         "台達電子工業股份有限公司", "台达电子", "台达电", "台达电子工业股份有限公司"]
EMSD = ["Electrical and Mechanical Services Department", "EMSD", "Hong Kong Electrical and Mechanical Services "
        "Department", "機電工程署", "机电工程署"]
SIEMENS = ["Siemens", "Siemens Limited", "Siemens Ltd.", "Siemens AG", "西門子", "西門子有限公司", "西门子",
           "西门子有限公司"]
CLP = ["CLP", "CLP Power", "CLP Power Hong Kong", "CLP Power Hong Kong Limited", "CLP Holdings", "China Light and Power",
       "中華電力", "中華電力有限公司", "中電", "中华电力", "中华电力有限公司", "中电"]
POLYU = ["The Hong Kong Polytechnic University", "Hong Kong Polytechnic University", "PolyU", "香港理工大學",
         "香港理工大学"]
LUND = ["Lund University", "隆德大學", "瑞典隆德大學", "隆德大学", "瑞典隆德大学"]
KMB = ["KMB", "Kowloon Motor Bus", "The Kowloon Motor Bus Company (1933) Limited", "Kowloon Motor Bus Company",
       "Kowloon Motor Bus Company (1933) Limited", "九巴", "九龍巴士", "九龍巴士（一九三三）有限公司", "九龙巴士",
       "九龙巴士（一九三三）有限公司"]

FORUM = ["2023 Taoyuan International Net-Zero Forum", "Taoyuan International Net-Zero Forum",
         "2023 Taoyuan International Net Zero Forum", "Taoyuan International Net Zero Forum", "2023桃園國際淨零論壇",
         "桃園國際淨零論壇", "2023桃园国际净零论坛", "桃园国际净零论坛"]
SUMMIT = ["2023 Green Transport and Low-Carbon City Summit", "Green Transport and Low-Carbon City Summit",
          "2023 Green Transport and Low Carbon City Summit", "Green Transport and Low Carbon City Summit",
          "2023綠色運輸及低碳城市峰會", "綠色運輸及低碳城市峰會", "2023绿色运输及低碳城市峰会", "绿色运输及低碳城市峰会"]

EVENTS = [
    _ev("E-TYNZ-2023", FORUM, "2023-09-19", ["2023-09-20"], "Taoyuan", "TW", ["ty02"]),
    _ev("E-HKGT-2023", SUMMIT, "2023-10-26", ["2023-10-27", None], "Hong Kong", "HK", ["hk02"]),
]

AGREEMENTS = [
    _ag("A-TY-FUK-2023", ["mou", "agreement"], [TAOYUAN, FUKUOKA], "2023-11-06", ["Taoyuan", None], ["ty01"]),
    _ag("A-TY-UQ-2023", ["mou", "agreement", "partnership"], [TAOYUAN, UQ], "2023-09-19", ["Taoyuan", None], ["ty02"],
        event="E-TYNZ-2023"),
    _ag("A-TY-BNE-2023", ["agreement", "partnership", "mou"], [TAOYUAN, BRISBANE], "2023-05-22", ["Brisbane", None],
        ["ty03"]),
    _ag("A-EMSD-SIEMENS-2023", ["mou", "agreement"], [EMSD, SIEMENS], "2023-06-12", ["Hong Kong", None], ["hk01"]),
    _ag("A-POLYU-LUND-2023", ["mou", "agreement", "partnership"], [POLYU, LUND], "2023-10-26", ["Hong Kong", None],
        ["hk02"], event="E-HKGT-2023"),
]

COMMITMENTS = [
    # ty01: Taoyuan's pledges told at the signing
    _cm("C-TY-NZ-2050", TAOYUAN, "carbon_neutrality", 2050, ["ty01"]),
    _cm("C-TY-CUT-2030", TAOYUAN, "emissions_reduction", 2030, ["ty01"], base_year=2005, reduction_pct_min=25,
        reduction_pct_max=25),
    # ty02: a firm at the forum
    _cm("C-DELTA-RE100-2030", DELTA, "renewable_share", 2030, ["ty02"], event="E-TYNZ-2023"),
    # ty03: Taoyuan's targets told with the sister-city tie
    _cm("C-TY-RE-2030", TAOYUAN, "renewable_share", 2030, ["ty03"], share_pct=20),
    _cm("C-TY-EBUS-2030", TAOYUAN, "other", 2030, ["ty03"]),
    # hk01: a power company's pledges
    _cm("C-CLP-NZ-2050", CLP, "carbon_neutrality", 2050, ["hk01"]),
    _cm("C-CLP-COAL-2035", CLP, "other", 2035, ["hk01"]),
    # hk02: a bus company at the summit
    _cm("C-KMB-EBUS-2035", KMB, "other", 2035, ["hk02"], event="E-HKGT-2023"),
    _cm("C-KMB-NEUTRAL-2050", KMB, "carbon_neutrality", 2050, ["hk02"], event="E-HKGT-2023"),
]
for _c in COMMITMENTS:  # a record told at no gathering: the event may be given or not
    if _c["event"] is None:
        del _c["event"]

ABOUT = ("Expected records for the forty-third test web (tests/fortythirdweb.py: tycg, hkgov), written by hand from "
         "the texts (tests/data/fortythirdweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. ty04 and hk03 hold no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, EVENTS, AGREEMENTS, COMMITMENTS)
