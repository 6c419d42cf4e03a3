"""Gold records of the twenty-fifth test web, written from the texts of articles.py before the extractor was run on them.

A province's or a city's target is its government's (its development and reform commission may announce it); a group's
target is the group's. The forum of lz02/ny02 is an event (Lanzhou, 14-15 Sep 2023); Gansu's and CHN Energy's targets
were announced at it. Negatives: results (已完成, 已达到, 已实现, 已建成), forecasts (预计), a call on others (呼吁), a
target with no number (Inner Mongolia's CO2-intensity cut, 完成国家下达目标), the video conference, the press conference,
the training course and the exhibition (lz02, lz03). The nation's goals quoted as background (lz01) and Inner
Mongolia's generation target with no number (ny03) are optional. Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import commitment as _cm, event as _ev, gold_json

CHINA = ["China", "People's Republic of China", "PRC", "Chinese Government", "中国", "国家"]
LANZHOU = ["Lanzhou", "Lanzhou Municipality", "Lanzhou Municipal Government", "Lanzhou Municipal People's Government",
           "City of Lanzhou", "兰州", "兰州市", "兰州市人民政府", "兰州市政府"]
GANSU = ["Gansu", "Gansu Province", "Gansu Provincial Government", "Gansu Provincial People's Government",
         "Government of Gansu Province", "甘肃", "甘肃省", "甘肃省人民政府", "甘肃省政府",
         "Gansu Provincial Development and Reform Commission", "Gansu Development and Reform Commission",
         "甘肃省发展和改革委员会", "甘肃省发展改革委", "甘肃省发改委"]
NMG = ["Inner Mongolia", "Inner Mongolia Autonomous Region", "Inner Mongolia Autonomous Region People's Government",
       "Government of Inner Mongolia Autonomous Region", "内蒙古", "内蒙古自治区", "内蒙古自治区人民政府"]
CHN_ENERGY = ["CHN Energy", "China Energy Investment Corporation", "China Energy Investment Corp.",
              "China Energy Investment Group", "National Energy Investment Group", "国家能源集团", "国家能源投资集团",
              "国家能源投资集团有限责任公司"]
SINOPEC = ["Sinopec", "Sinopec Group", "China Petrochemical Corporation", "China Petroleum & Chemical Corporation",
           "中国石化", "中石化", "中国石油化工集团", "中国石油化工集团有限公司"]
BAIDU = ["Baidu", "Baidu, Inc.", "Baidu Inc.", "百度", "百度公司", "百度集团"]

FORUM = ["2023 Yellow River Basin Low-Carbon Development Forum", "Yellow River Basin Low-Carbon Development Forum",
         "2023 Yellow River Basin Low Carbon Development Forum", "Yellow River Basin Low Carbon Development Forum",
         "2023黄河流域低碳发展论坛", "黄河流域低碳发展论坛"]

EVENTS = [
    _ev("E-YRLCF-2023", FORUM, "2023-09-14", ["2023-09-15", None], "Lanzhou", "CN", ["lz02", "ny02"]),
]

COMMITMENTS = [
    _cm("C-LZ-PEAK-2030", LANZHOU, "emissions_peak", 2030, ["lz01"]),
    _cm("C-LZ-CO2INT-2025", LANZHOU, "emissions_reduction", 2025, ["lz01", "ny02"], base_year=2020,
        reduction_pct_min=18, reduction_pct_max=18),
    _cm("C-LZ-NF-2025", LANZHOU, "renewable_share", 2025, ["lz01"]),
    _cm("C-LZ-CAP-2025", LANZHOU, "other", 2025, ["lz01"]),
    _cm("C-LZ-NF-2030", LANZHOU, "renewable_share", 2030, ["lz01"]),
    _cm("C-LZ-CO2INT-2030", LANZHOU, "emissions_reduction", 2030, ["lz01"], base_year=2005, reduction_pct_min=65),
    _cm("C-LZ-BUS-2027", LANZHOU, "other", 2027, ["lz01"]),
    _cm("C-GS-PEAK-2030", GANSU, "emissions_peak", 2030, ["lz02", "ny02"], event="E-YRLCF-2023"),
    _cm("C-GS-CAP-2025", GANSU, "other", 2025, ["lz02"], event="E-YRLCF-2023"),
    _cm("C-GS-NF-2025", GANSU, "renewable_share", 2025, ["lz02", "ny02"], event="E-YRLCF-2023"),
    _cm("C-CHNE-PEAK-2025", CHN_ENERGY, "emissions_peak", 2025, ["lz02", "ny01"]),
    _cm("C-CHNE-NEUTRAL-2060", CHN_ENERGY, "carbon_neutrality", 2060, ["lz02"], event="E-YRLCF-2023"),
    _cm("C-SINOPEC-PEAK-2030", SINOPEC, "emissions_peak", 2030, ["ny01"]),
    _cm("C-SINOPEC-NEUTRAL-2050", SINOPEC, "carbon_neutrality", 2050, ["ny01"]),
    _cm("C-BAIDU-NEUTRAL-2030", BAIDU, "carbon_neutrality", 2030, ["ny01"]),
    _cm("C-NMG-PEAK-2030", NMG, "emissions_peak", 2030, ["ny03"]),
    _cm("C-NMG-CAP-2025", NMG, "other", 2025, ["ny03"]),
    _cm("C-NMG-NF-2025", NMG, "renewable_share", 2025, ["ny03"]),
    _cm("C-NMG-NF-2030", NMG, "renewable_share", 2030, ["ny03"]),
    # the nation's goals quoted as background; a generation target with no number
    _cm("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, ["lz01"], optional=True),
    _cm("C-CN-NEUTRAL-2060", CHINA, "carbon_neutrality", 2060, ["lz01"], optional=True),
    _cm("C-NMG-GEN-2030", NMG, "other", 2030, ["ny03"], optional=True),
]
# CHN Energy's peak is told at the forum (lz02) and recalled without it (ny01): the event may be given or not
for _c in COMMITMENTS:
    if _c["event"] is None:
        del _c["event"]

ABOUT = ("Expected records for the twenty-fifth test web (tests/twentyfifthweb.py: lz, nyxw), written by hand from "
         "the texts (tests/data/twentyfifthweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. lz03 holds no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, EVENTS, [], COMMITMENTS)
