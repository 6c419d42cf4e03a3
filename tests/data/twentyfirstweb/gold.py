"""Gold records of the twenty-first test web, written from the texts of articles.py before the extractor was run on them.

Parties list every acceptable name of each side; a provincial commission or a Land's ministry may also be named by
its province or Land (a body signing for its government), a company by its group (a unit signing for it); a Chinese
name no table renders may stay as written, never pinyin. The forum of zf01/nyw01/hk02 is an event (Suzhou, 8-9 Nov
2023); the Jiangsu-NRW memorandum and the two Nanjing memoranda were signed at it (the heads of the province and the
Land are witnesses, no parties). Negatives: the talks with the IEA and the Suzhou initiative 共同发布 by no named
party (zf01), the meeting of zf03 (会见, 达成共识, a memorandum 拟于明年签署), Jiangsu's energy-intensity target with no
number (zf02), the battery plant's output (nyw02), the offshore wind project's capacity and a wind farm in service
(nyw04), a certification already obtained (nyw03). The Jiangsu-Aichi friendship of 1980 (zf03, recalled) and the WMO
Congress (hk03, 上月, no signing there) are optional; so is the UN Secretary-General's goal for 2027 (hk03). Chrome
headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_json

CHINA = ["China", "People's Republic of China", "中国", "中华人民共和国", "中國"]
JIANGSU = ["Jiangsu", "Jiangsu Province", "Jiangsu Provincial Government", "Jiangsu Provincial People's Government",
           "Government of Jiangsu Province", "江苏", "江苏省", "江苏省人民政府", "江苏省政府", "江蘇", "江蘇省",
           "江蘇省人民政府"]
JS_DRC = ["Jiangsu Provincial Development and Reform Commission", "Development and Reform Commission of Jiangsu Province",
          "Jiangsu Development and Reform Commission", "Jiangsu DRC", "江苏省发展和改革委员会", "江苏省发展改革委",
          "江苏省发改委", "省发展改革委", "江蘇省發展和改革委員會", "江蘇省發展改革委", "江蘇省發改委"] + JIANGSU
NRW = ["North Rhine-Westphalia", "North Rhine Westphalia", "NRW", "State of North Rhine-Westphalia",
       "Nordrhein-Westfalen", "北莱茵-威斯特法伦州", "德国北莱茵-威斯特法伦州", "北威州", "北萊茵-威斯特法倫州",
       "德國北萊茵-威斯特法倫州"]
NRW_MIN = ["Ministry for Economic Affairs, Industry, Climate Action and Energy of North Rhine-Westphalia",
           "Ministry of Economic Affairs, Industry, Climate Action and Energy of North Rhine-Westphalia",
           "Ministry for Economic Affairs, Industry, Climate Action and Energy of the State of North Rhine-Westphalia",
           "North Rhine-Westphalia Ministry of Economic Affairs, Industry, Climate Action and Energy",
           "NRW Ministry of Economic Affairs, Industry, Climate Action and Energy",
           "Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie des Landes Nordrhein-Westfalen",
           "北威州经济、工业、气候保护和能源部", "北莱茵-威斯特法伦州经济、工业、气候保护和能源部",
           "德国北莱茵-威斯特法伦州经济、工业、气候保护和能源部", "北萊茵-威斯特法倫州經濟、工業、氣候保護和能源部",
           "德國北萊茵-威斯特法倫州經濟、工業、氣候保護和能源部", "北威州經濟、工業、氣候保護和能源部"] + NRW
NANJING = ["Nanjing", "Nanjing Municipality", "Nanjing Municipal Government", "Nanjing Municipal People's Government",
           "City of Nanjing", "南京", "南京市", "南京市人民政府", "南京市政府"]
NAGOYA = ["Nagoya", "City of Nagoya", "Nagoya City", "名古屋", "名古屋市", "日本名古屋市"]
DAEJEON = ["Daejeon", "Daejeon Metropolitan City", "Daejeon City", "大田", "大田市", "大田广域市", "韩国大田广域市",
           "大田廣域市", "韓國大田廣域市"]
AICHI = ["Aichi", "Aichi Prefecture", "Aichi Prefectural Government", "爱知县", "日本爱知县", "愛知縣", "愛知県"]
ENVISION = ["Envision Group", "Envision", "Envision Technology Group", "远景科技集团", "远景集团", "远景", "遠景科技集團",
            "遠景集團", "遠景"]
ENVISION_AESC = ["Envision AESC", "AESC", "远景动力", "遠景動力"] + ENVISION
RENAULT = ["Renault Group", "Renault", "Groupe Renault", "Renault SA", "雷诺集团", "法国雷诺集团", "雷诺", "雷諾集團",
           "法國雷諾集團", "雷諾"]
LONGI = ["LONGi Green Energy Technology", "LONGi Green Energy Technology Co., Ltd.", "LONGi", "Longi", "LONGi Green Energy",
         "隆基绿能科技股份有限公司", "隆基绿能", "隆基股份", "隆基", "隆基綠能"]
MINGYANG = ["Ming Yang Smart Energy", "MingYang Smart Energy", "Mingyang Smart Energy", "Ming Yang Smart Energy Group",
            "MingYang", "Mingyang", "明阳智慧能源集团股份公司", "明阳智能", "明阳集团", "明阳"]
RENEXIA = ["Renexia", "Renexia S.p.A.", "Renexia SpA", "Renexia公司", "意大利Renexia公司"]
CMA = ["China Meteorological Administration", "CMA", "中国气象局", "中國氣象局"] + CHINA
WMO = ["World Meteorological Organization", "WMO", "世界气象组织", "世界氣象組織"]
UN = ["United Nations", "UN", "U.N.", "联合国", "聯合國", "United Nations Secretary-General", "António Guterres",
      "Antonio Guterres", "古特雷斯", "聯合國秘書長古特雷斯"]

FORUM = ["2023 International Energy Transformation Forum", "International Energy Transformation Forum",
         "International Energy Transition Forum", "2023 International Energy Transition Forum",
         "2023国际能源变革论坛", "国际能源变革论坛", "2023國際能源變革論壇", "國際能源變革論壇"]
WMO_CONGRESS = ["Nineteenth World Meteorological Congress", "19th World Meteorological Congress",
                "World Meteorological Congress", "Cg-19", "世界气象组织第十九次大会", "世界氣象組織第十九次大會",
                "第十九次世界气象大会", "世界气象大会"]

EVENTS = [
    _ev("E-IETF-2023", FORUM, "2023-11-08", ["2023-11-09", None], "Suzhou", "CN", ["zf01", "nyw01", "hk02"]),
    # told as 上月 in Geneva; nothing signed there is told (the letter of intent is 近日)
    _ev("E-WMO-CG19", WMO_CONGRESS, None, [None], "Geneva", "CH", [], optional=True, evidence_optional=["hk03"]),
]
EVENTS[1]["start_on"] = {"accept": [None, "2023-05", "2023-05-22"]}

AGREEMENTS = [
    _ag("A-JSDRC-NRW-2023", ["mou"], [JS_DRC, NRW_MIN], "2023-11-08", ["Suzhou", None], ["zf01", "nyw01", "hk02"],
        event="E-IETF-2023"),
    _ag("A-NJ-NAGOYA-2023", ["mou"], [NANJING, NAGOYA], "2023-11-08", ["Suzhou", None], ["zf01", "hk02"],
        event="E-IETF-2023"),
    _ag("A-NJ-DAEJEON-2023", ["mou"], [NANJING, DAEJEON], "2023-11-08", ["Suzhou", None], ["zf01", "hk02"],
        event="E-IETF-2023"),
    _ag("A-AESC-RENAULT-2021", ["agreement", "partnership"], [ENVISION_AESC, RENAULT], "2021-06-28", [None],
        ["nyw02", "hk01"]),
    _ag("A-MY-RENEXIA-2023", ["agreement"], [MINGYANG, RENEXIA], None, ["Rome", None], ["nyw04"]),
    _ag("A-CMA-WMO-2023", ["mou", "agreement", "declaration"], [CMA, WMO], None, ["Geneva", None], ["hk03"]),
    # recalled as background on zf03: a friendship of 1980, no day told
    _ag("A-JS-AICHI-1980", ["partnership", "agreement", "mou"], [JIANGSU, AICHI], None, [None, "Nanjing"], [],
        optional=True, evidence_optional=["zf03"]),
]
AGREEMENTS[4]["signed_on"] = {"accept": [None, "2023-03"]}  # 上周 on a page of 15 March: the week of 6-12 March
AGREEMENTS[5]["signed_on"] = {"accept": [None, "2023-06", "2023-05"]}  # 近日 on a page of 8 June
AGREEMENTS[6]["signed_on"] = {"accept": [None, "1980"]}
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]

COMMITMENTS = [
    _cm("C-JS-PEAK-2030", JIANGSU, "emissions_peak", 2030, ["zf02", "nyw01"]),
    _cm("C-JS-NF-2025", JIANGSU, "renewable_share", 2025, ["zf02"]),
    _cm("C-JS-CAP-2025", JIANGSU, "other", 2025, ["zf02"]),
    _cm("C-JS-CO2INT-2030", JIANGSU, "emissions_reduction", 2030, ["zf02"], base_year=2005, reduction_pct_min=65),
    _cm("C-ENV-NEUTRAL-2022", ENVISION, "carbon_neutrality", 2022, ["nyw03"]),
    _cm("C-ENV-NEUTRAL-2028", ENVISION, "carbon_neutrality", 2028, ["nyw03", "hk01"]),
    _cm("C-LONGI-RE-2028", LONGI, "renewable_share", 2028, ["nyw03"]),
    _cm("C-UN-EW-2027", UN, "other", 2027, ["hk03"], optional=True),
]

ABOUT = ("Expected records for the twenty-first test web (tests/twentyfirstweb.py: zf, nyw, hk), written by hand from "
         "the texts (tests/data/twentyfirstweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. zf03 holds no required record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, EVENTS, AGREEMENTS, COMMITMENTS)
