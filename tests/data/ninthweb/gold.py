"""Gold records of the ninth test web, written from the texts of articles.py before the extractor was run on them.

Parties list every acceptable name of each side; a Chinese name no table renders may stay as written, never pinyin.
Negatives: m01 (the envoys' talks: views exchanged, the Glasgow declaration of 2021 recalled, documents still to be
signed; COP28 is named as a conference to come, accepted but not required), m02's 已与40余个发展中国家签署 (a count, no
party), m04's 共签约项目15个 (a count of projects), e02's 探讨…成立合资公司的可能性, e05 (talks 洽谈, an intention
達成合作意向 and a 擬簽署 agreement, a ceremony 將於明年舉行, an agreement of 2002 recalled, a count of signings).
Witnesses and the officials who sign for a side are no parties. Energy intensity (m03's 能源消耗…下降14%) is no
emissions cut: `other` is accepted, not required. Chrome headlines are traps.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from webbuild import gold_json

# the record builders and COP28's names of the seventh web's gold (one format for both webs)
_spec = importlib.util.spec_from_file_location("seventhweb_gold", Path(__file__).parents[1] / "seventhweb" / "gold.py")
_seventh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_seventh)
_ev, _ag, _cm, COP28 = _seventh._ev, _seventh._ag, _seventh._cm, _seventh.COP28

MEE = ["Ministry of Ecology and Environment", "Ministry of Ecology and Environment of China",
       "Ministry of Ecology and Environment of the People's Republic of China", "MEE", "生态环境部",
       "中华人民共和国生态环境部", "中国生态环境部"]
LAO_MONRE = ["Ministry of Natural Resources and Environment", "Ministry of Natural Resources and Environment of Laos",
             "Lao Ministry of Natural Resources and Environment", "Laos Ministry of Natural Resources and Environment",
             "MONRE", "老挝自然资源与环境部"]
SHANGHAI = ["Shanghai", "Shanghai Municipality", "Shanghai Municipal People's Government", "上海市", "上海",
            "上海市人民政府"]
HAMBURG = ["Hamburg", "Free and Hanseatic City of Hamburg", "汉堡市", "汉堡"]
NANJING = ["Nanjing", "南京市", "南京"]
LEIPZIG = ["Leipzig", "莱比锡市", "莱比锡"]
WUHAN = ["Wuhan", "武汉市", "武汉"]
DUISBURG = ["Duisburg", "杜伊斯堡市", "杜伊斯堡"]
SGCC = ["State Grid Corporation of China", "State Grid", "SGCC", "国家电网公司", "国家电网", "国家电网有限公司",
        "中国国家电网公司"]
KEPCO = ["Korea Electric Power Corporation", "KEPCO", "Korea Electric Power Corp.", "韩国电力公社"]
SOFTBANK = ["SoftBank", "SoftBank Group", "SoftBank Group Corp.", "SoftBank Corp.", "日本软银集团", "软银集团", "软银"]
ROSSETI = ["Rosseti", "PJSC Rosseti", "Russian Grids", "俄罗斯电网公司", "俄罗斯电网"]
CATL = ["CATL", "Contemporary Amperex Technology", "Contemporary Amperex Technology Co., Limited",
        "Contemporary Amperex Technology Co. Limited", "宁德时代", "宁德时代新能源科技股份有限公司"]
STELLANTIS = ["Stellantis", "Stellantis N.V.", "Stellantis集团", "Stellantis Group"]
ICCSD = ["Institute of Climate Change and Sustainable Development of Tsinghua University",
         "Tsinghua University Institute of Climate Change and Sustainable Development", "ICCSD",
         "Institute of Climate Change and Sustainable Development, Tsinghua University", "清华大学气候变化与可持续发展研究院"]
IGES = ["Institute for Global Environmental Strategies", "IGES", "日本地球环境战略研究所", "地球环境战略研究所"]
GUANGDONG = ["Guangdong", "Guangdong Province", "Guangdong Provincial People's Government", "广东省", "广东",
             "广东省人民政府"]

GEI = ["Global Energy Interconnection Conference", "2016 Global Energy Interconnection Conference", "全球能源互联网大会"]
SINOGER = ["Second Sino-German Urban Sustainable Development Forum", "Sino-German Urban Sustainable Development Forum",
           "China-Germany Urban Sustainable Development Forum", "第二届中德城市可持续发展论坛", "中德城市可持续发展论坛"]
EVENTS = [
    _ev("E-GEI", GEI, "2016-03-30", [None, "2016-03-31"], "Beijing", "CN", ["e01"]),
    _ev("E-SINOGER", SINOGER, "2019-10-16", [None, "2019-10-16"], "Nanjing", "CN", ["m04"]),
    # named in m01 as the conference to come: a true row if given, not required
    _ev("E-COP28", COP28, "2023-11-30", [None, "2023-12-12", "2023-12-13"], "Dubai", "AE", [], optional=True),
]
AGREEMENTS = [
    _ag("A-MEE-LAO", ["mou"], [MEE, LAO_MONRE], "2023-09-12", [None], ["m02"]),  # by video: no city
    _ag("A-SH-HH", ["mou"], [SHANGHAI, HAMBURG], "2019-10-16", ["Nanjing", None], ["m04"], event="E-SINOGER"),
    _ag("A-NJ-LEJ", ["mou"], [NANJING, LEIPZIG], "2019-10-16", ["Nanjing", None], ["m04"], event="E-SINOGER"),
    _ag("A-WH-DU", ["agreement"], [WUHAN, DUISBURG], "2019-10-16", ["Nanjing", None], ["m04"], event="E-SINOGER"),
    # signed 大会期间, during a conference of two days: the day is not stated (corrected after the first run: the gold
    # had required the opening day)
    _ag("A-NEA-GRID", ["mou"], [SGCC, KEPCO, SOFTBANK, ROSSETI], "2016-03-30", ["Beijing", None], ["e01"],
        event="E-GEI"),
    _ag("A-CATL-STLA", ["mou"], [CATL, STELLANTIS], "2023-11-21", [None], ["e02"]),
    _ag("A-ICCSD-IGES", ["mou"], [ICCSD, IGES], "2023-10-25", ["Beijing", None], ["e03"]),
]
AGREEMENTS[4]["signed_on"]["accept"].append(None)
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-SH-NF2025", SHANGHAI, "renewable_share", 2025, ["m03"], share_pct=20),
    _cm("C-SH-NF2030", SHANGHAI, "renewable_share", 2030, ["m03"], share_pct=25),
    _cm("C-SH-CI2030", SHANGHAI, "emissions_reduction", 2030, ["m03"], base_year=2005, reduction_pct_min=70),
    _cm("C-SH-PEAK", SHANGHAI, "emissions_peak", 2030, ["m03"]),
    _cm("C-SH-EI2025", SHANGHAI, "other", 2025, [], optional=True),  # energy intensity: no type holds it
    _cm("C-GD-NF2025", GUANGDONG, "renewable_share", 2025, ["e04"], share_pct=32),
    _cm("C-GD-NF2030", GUANGDONG, "renewable_share", 2030, ["e04"], share_pct=35),
    _cm("C-GD-PEAK", GUANGDONG, "emissions_peak", 2030, ["e04"]),
    _cm("C-STLA-NZ2038", STELLANTIS, "carbon_neutrality", 2038, ["e02"]),
]


ABOUT = ("Expected records for the ninth test web (tests/ninthweb.py: mee, energy), written by hand from "
         "the texts (tests/data/ninthweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. m01 and e05 hold no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(articles, traps, chrome, ABOUT, EVENTS, AGREEMENTS, COMMITMENTS)
