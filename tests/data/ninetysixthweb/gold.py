"""Gold records of the ninety-sixth test web, written from the texts of articles.py before the extractor was run on
them.

No events (every signing is told on its own, at no named gathering). Agreements: Juneyao Air and Zhejiang Jiaao
Enprotech's SAF memorandum (aw01; the offtake contract still to be negotiated is none), Hamburg Port Authority and
SIPG's methanol bunkering memorandum (aw02), Sichuan Provincial Airport Group and Fraport's green airport memorandum
(mh01), Hainan's framework agreement with Airbus China (mh02), Tianjin Port Group's memoranda with the Port Authority
of Valencia (tp01) and with the Maritime and Port Authority of Singapore (tp02, in Chinese). Commitments: Spring
Airlines' peak by 2030 and net zero by 2050 (aw04), Shenzhen Airlines' peak before 2028 and neutrality before 2060
(mh03), Tianjin Port Group's 40% below 2020 by 2030 and neutrality by 2050 (tp03). Results (intensity fell 3.8%, fuel
per tonne-km down 4.1% on 2019), plans (to sign purchase agreements, to seek partners, a corridor's first ships by
2030) and the aircraft purchase agreement (aw05, no climate content) are none. aw03, aw05, mh04, mh05 and tp04 hold no
record. A party is named as written or by its English name, never by its country or city alone.
"""
from __future__ import annotations

from webbuild import agreement, commitment, gold_document

JUNEYAO = ["Juneyao Air", "Juneyao Airlines", "Shanghai Juneyao Airlines", "吉祥航空", "上海吉祥航空股份有限公司"]
JIAAO = ["Zhejiang Jiaao Enprotech", "Jiaao Enprotech", "Zhejiang Jiaao Enprotech Stock Co., Ltd.", "Jiaao",
         "嘉澳环保", "浙江嘉澳环保科技股份有限公司"]
HPA = ["Hamburg Port Authority", "HPA", "Hamburg Port Authority AöR"]
SIPG = ["Shanghai International Port Group", "SIPG", "Shanghai International Port (Group) Co., Ltd.", "上港集团",
        "上海国际港务（集团）股份有限公司"]
SCAG = ["Sichuan Provincial Airport Group", "Sichuan Provincial Airport Group Co., Ltd.", "Sichuan Airport Group",
        "四川省机场集团有限公司", "四川省机场集团"]
FRAPORT = ["Fraport", "Fraport AG", "德国法兰克福机场集团", "法兰克福机场集团", "Frankfurt Airport"]
HAINAN = ["Hainan", "Hainan Province", "海南省", "海南省人民政府", "Hainan Provincial People's Government",
          "Hainan Provincial Government"]
AIRBUS_CN = ["Airbus China", "Airbus (China)", "Airbus China Co., Ltd.", "Airbus", "空中客车（中国）有限公司", "空客中国",
             "空客", "空中客车"]
TJPORT = ["Tianjin Port Group", "Tianjin Port (Group) Co., Ltd.", "Tianjin Port", "天津港集团", "天津港（集团）有限公司"]
VALENCIA = ["Port Authority of Valencia", "Valenciaport", "Valencia Port Authority", "Autoridad Portuaria de Valencia"]
MPA = ["Maritime and Port Authority of Singapore", "MPA", "新加坡海事及港务管理局", "海事及港务管理局"]
SPRING = ["Spring Airlines", "Spring Airlines Co., Ltd.", "春秋航空"]
SZAIR = ["Shenzhen Airlines", "Shenzhen Airlines Co., Ltd.", "深圳航空", "深圳航空有限责任公司", "深航"]

AGREEMENTS = [
    agreement("A-JUNEYAO-JIAAO-SAF", ["mou"], [JUNEYAO, JIAAO], "2026-03-17", ["Shanghai"], ["aw01"]),
    agreement("A-HPA-SIPG-METHANOL", ["mou"], [HPA, SIPG], "2026-05-06", ["Hamburg"], ["aw02"]),
    agreement("A-SCAG-FRAPORT", ["mou"], [SCAG, FRAPORT], "2026-04-22", ["Chengdu"], ["mh01"]),
    agreement("A-HAINAN-AIRBUS-SAF", ["agreement"], [HAINAN, AIRBUS_CN], "2026-05-14", ["Haikou"], ["mh02"]),
    agreement("A-TJPORT-VALENCIA", ["mou"], [TJPORT, VALENCIA], "2026-04-09", ["Tianjin"], ["tp01"]),
    agreement("A-TJPORT-MPA-CORRIDOR", ["mou"], [TJPORT, MPA], "2026-08-19", ["Singapore"], ["tp02"]),
]

COMMITMENTS = [
    commitment("C-SPRING-PEAK-2030", SPRING, "emissions_peak", 2030, ["aw04"]),
    commitment("C-SPRING-NZ-2050", SPRING, "carbon_neutrality", 2050, ["aw04"]),
    commitment("C-SZAIR-PEAK-2028", SZAIR, "emissions_peak", 2028, ["mh03"]),
    commitment("C-SZAIR-CN-2060", SZAIR, "carbon_neutrality", 2060, ["mh03"]),
    commitment("C-TJPORT-CUT-2030", TJPORT, "emissions_reduction", 2030, ["tp03"], base_year=2020,
               reduction_pct_min=40, reduction_pct_max=40),
    commitment("C-TJPORT-CN-2050", TJPORT, "carbon_neutrality", 2050, ["tp03"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the ninety-sixth test web (tests/ninetysixthweb.py: afwire, mhnyw, "
                        "tjport), written by hand from the texts (tests/data/ninetysixthweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. aw03, aw05, mh04, mh05 and tp04 hold no "
                        "record.", "zh", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        doc["articles"][a["id"]]["language"] = a["lang"]
    return doc
