"""Gold records of the eighteenth test web, written from the texts of articles.py before the extractor was run on them.

Parties list every acceptable name of each side; a ministry may also be named by its country (an agency signing for
its government), a Chinese name no table renders may stay as written, never pinyin. Signed days come from the
weekday against the page date (enx), the dateline (wire) or the 月日 of the page (soe). The two gatherings (the first
China-Central Asia Summit, the 14th session of the IRENA Assembly) are events; a state visit is none. Negatives:
wire03 (talks, a memorandum planned for next year, a soybean trade deal, a line completed in 2019) and soe04 (talks,
将尽快签署, a plant in service since 2016, a target already met 已提前完成). Chile's coal exit by 2040 is a plan
(optional). Background (100 countries, 2008 Olympics, half of new capacity) is no record. Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

CHINA = ["China", "People's Republic of China", "中国", "中华人民共和国", "我国"]
POWERCHINA = ["Power Construction Corporation of China", "PowerChina", "POWERCHINA", "Power Construction Corp of China",
              "中国电力建设集团有限公司", "中国电力建设集团", "中国电建"]
UZBEKISTAN = ["Uzbekistan", "Republic of Uzbekistan", "乌兹别克斯坦", "乌兹别克斯坦共和国"]
UZ_ENERGY = ["Ministry of Energy of Uzbekistan", "Uzbekistan's Ministry of Energy", "Uzbekistan Ministry of Energy",
             "Ministry of Energy of the Republic of Uzbekistan", "Uzbek Ministry of Energy", "乌兹别克斯坦能源部"] + UZBEKISTAN
NEA = ["National Energy Administration", "China's National Energy Administration", "NEA", "国家能源局",
       "中国国家能源局"] + CHINA
IRENA = ["International Renewable Energy Agency", "IRENA", "国际可再生能源署", "国际可再生能源机构"]
CEEC = ["China Energy Engineering Corporation", "China Energy Engineering Corp", "CEEC", "China Energy Engineering Group",
        "China Energy Engineering Group Co., Ltd.", "Energy China", "中国能源建设集团有限公司", "中国能源建设集团", "中国能建"]
ZAMBIA = ["Zambia", "Republic of Zambia", "赞比亚", "赞比亚共和国"]
ZM_ENERGY = ["Ministry of Energy of Zambia", "Zambia's Ministry of Energy", "Zambia Ministry of Energy",
             "Zambian Ministry of Energy", "赞比亚能源部"] + ZAMBIA
UNEP = ["UN Environment Programme", "United Nations Environment Programme", "UNEP", "UN Environment",
        "联合国环境规划署", "联合国环境署"]
MEE = ["Ministry of Ecology and Environment", "China's Ministry of Ecology and Environment", "生态环境部",
       "中国生态环境部", "中华人民共和国生态环境部"] + CHINA
CHILE = ["Chile", "Republic of Chile", "智利", "智利共和国"]
CL_ENERGY = ["Ministry of Energy of Chile", "Chile's Ministry of Energy", "Chilean Ministry of Energy",
             "Chile Ministry of Energy", "智利能源部"] + CHILE
KAZAKHSTAN = ["Kazakhstan", "Republic of Kazakhstan", "哈萨克斯坦"]

SUMMIT = ["China-Central Asia Summit", "first China-Central Asia Summit", "China–Central Asia Summit",
          "中国—中亚峰会", "首届中国—中亚峰会", "中国-中亚峰会", "首届中国-中亚峰会"]
ASSEMBLY = ["14th session of the IRENA Assembly", "IRENA Assembly", "14th IRENA Assembly",
            "Fourteenth session of the IRENA Assembly", "国际可再生能源署第十四届大会", "国际可再生能源署大会"]
EVENTS = [
    _ev("E-CCA-2023", SUMMIT, "2023-05-18", ["2023-05-19", None], "Xi'an", "CN", ["enx01", "soe01"]),
    _ev("E-IRENA-A14", ASSEMBLY, "2024-01-13", ["2024-01-14", None], "Abu Dhabi", "AE", ["wire01", "soe02"]),
]
AGREEMENTS = [
    _ag("A-PC-UZ-2023", ["agreement", "mou", "partnership"], [POWERCHINA, UZ_ENERGY], "2023-05-19", ["Xi'an", None],
        ["enx01", "soe01"], event="E-CCA-2023"),
    _ag("A-NEA-IRENA-2024", ["mou", "agreement"], [NEA, IRENA], "2024-01-13", ["Abu Dhabi", None],
        ["wire01", "soe02"], event="E-IRENA-A14"),
    _ag("A-CEEC-ZM-2023", ["mou", "agreement"], [CEEC, ZM_ENERGY], "2023-09-15", ["Beijing", None],
        ["wire02", "soe03"]),
    _ag("A-UNEP-MEE-2019", ["mou", "agreement"], [UNEP, MEE], "2019-03-13", ["Nairobi", None], ["enx02"]),
    _ag("A-CL-NEA-2023", ["mou", "agreement"], [CL_ENERGY, NEA], "2023-10-17", ["Beijing", None], ["enx03"]),
]
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-UZ-RE-2030", UZBEKISTAN, "renewable_share", 2030, ["enx01", "soe01"]),
    _cm("C-KZ-NEUTRAL-2060", KAZAKHSTAN, "carbon_neutrality", 2060, ["enx01"]),
    _cm("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, ["enx02"]),
    _cm("C-CL-NEUTRAL-2050", CHILE, "carbon_neutrality", 2050, ["enx03"]),
    _cm("C-CL-COAL-2040", CHILE, "other", 2040, ["enx03"], optional=True),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    doc = gold_document("Expected records for the eighteenth test web (tests/eighteenthweb.py: enx, wire, soe), written "
                        "by hand from the texts (tests/data/eighteenthweb/articles.py) before the extractor was run; "
                        "format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:  # one web, two languages
        doc["articles"][a["id"]]["language"] = "zh" if a["site"] == "soe" else "en"
    return doc
