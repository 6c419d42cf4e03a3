"""Gold records of the forty-eighth test web, written from the texts of articles.py before the extractor was run on them.

A government-company signing on energy or climate (a 战略合作框架协议, a 零碳产业园 or 风光储 project agreement, a
氢能 cooperation agreement) is an agreement between the 人民政府 (a city's accepted names are its government's) and
the company, dated the day told, at the city told or the signing's city. Each listed item of a 集中签约 that is a
government-company energy agreement is its own agreement; a listed 文旅 (tourism) item is none; the amounts (总投资,
投资额) are no commitment. The 书记 and 市长 who 见证 a signing are witnesses, not parties. A company and a university
signing a 校企合作协议 on CCUS is an agreement. A group's own 碳达峰/碳中和 targets and its capacity target in its
action plan are commitments of the group (the capacity target `other`). Negatives: a 招商推介会 with 意向 only, a
洽谈, projects 开工 or 并网 (results), achieved reductions (累计), a real-estate signing (城市更新, 商业综合体): no
record. No gathering here is an event (a signing ceremony or 集中签约仪式 is none). Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, gold_json


def _gov(en: str, zh: str, unit: str = "市", *more: str) -> list[str]:
    """A city's or county's accepted names: its English forms and its Chinese name with its government's."""
    kind = "City" if unit == "市" else "County"
    return [en, f"{en} {kind}", f"{en} Municipal Government", f"{en} People's Government",
            f"{en} {kind} People's Government", f"{en} {kind} Government", *more, zh, f"{zh}{unit}",
            f"{zh}{unit}人民政府", f"{zh}{unit}政府"]


SHUOZHOU = _gov("Shuozhou", "朔州")
ZHANGYE = _gov("Zhangye", "张掖")
SHANDAN = _gov("Shandan", "山丹", "县", "Shandan County, Zhangye")
XINZHOU = _gov("Xinzhou", "忻州")
CHINACOAL = ["China National Coal Group", "China National Coal Group Co., Ltd.", "China Coal Energy Group",
             "China Coal", "ChinaCoal", "China Coal Group", "中国中煤能源集团有限公司", "中国中煤能源集团", "中煤集团",
             "中煤能源集团", "中国中煤"]
CECEP = ["China Energy Conservation and Environmental Protection Group", "CECEP",
         "China Energy Conservation and Environmental Protection Group Co., Ltd.", "中国节能环保集团有限公司",
         "中国节能环保集团", "中国节能", "中节能"]
SHELEC = ["Shanghai Electric", "Shanghai Electric Group", "Shanghai Electric Group Co., Ltd.",
          "Shanghai Electric Group Company Limited", "上海电气集团股份有限公司", "上海电气集团", "上海电气"]
SHCCIG = ["Shaanxi Coal and Chemical Industry Group", "Shaanxi Coal and Chemical Industry Group Co., Ltd.", "SCCIG",
          "Shaanxi Coal Group", "陕西煤业化工集团有限责任公司", "陕西煤业化工集团", "陕煤集团", "陕煤"]
XUST = ["Xi'an University of Science and Technology", "Xian University of Science and Technology", "XUST",
        "西安科技大学"]
GCL = ["GCL Group", "GCL", "GCL Holdings", "Golden Concord Group", "GCL (Group) Holdings", "协鑫集团", "协鑫"]
LUAN = ["Lu'an Chemical Group", "Luan Chemical Group", "Lu'an Chemical Group Co., Ltd.", "Lu'an Group", "Luan Group",
        "Shanxi Lu'an Chemical Group", "潞安化工集团有限公司", "潞安化工集团", "潞安集团"]

AGREEMENTS = [
    # bx01: witnessed by the city's 书记 and 市长 (not parties)
    _ag("A-SZ-CHINACOAL-2024", ["agreement", "partnership", "mou"], [SHUOZHOU, CHINACOAL], "2024-06-18", ["Shuozhou"],
        ["bx01"]),
    # bx02: two of the three listed items of the 集中签约 (the 文旅 one is none)
    _ag("A-ZY-CECEP-2024", ["agreement", "partnership"], [ZHANGYE, CECEP], "2024-06-28", ["Zhangye"], ["bx02"]),
    _ag("A-SD-SHELEC-2024", ["agreement"], [SHANDAN, SHELEC], "2024-06-28", ["Zhangye", "Shandan"], ["bx02"]),
    # zn01: 校企合作 on CCUS
    _ag("A-SHCCIG-XUST-2024", ["agreement", "partnership", "mou"], [SHCCIG, XUST], "2024-07-09", ["Xi'an", "Xian"],
        ["zn01"]),
    # zn02: witnessed by the city's 书记 and 市长; the afternoon's 洽谈 is none
    _ag("A-XZ-GCL-2024", ["agreement", "partnership"], [XINZHOU, GCL], "2024-08-01", ["Xinzhou"], ["zn02"]),
]

COMMITMENTS = [
    _cm("C-LUAN-PEAK-2028", LUAN, "emissions_peak", 2028, ["bx03"]),
    _cm("C-LUAN-NEUTRAL-2055", LUAN, "carbon_neutrality", 2055, ["bx03"]),
    _cm("C-LUAN-NE-2030", LUAN, "other", 2030, ["bx03"]),
]
for _c in COMMITMENTS:  # a record told at no gathering: the event may be given or not
    del _c["event"]

ABOUT = ("Expected records for the forty-eighth test web (tests/fortyeighthweb.py: bjxw, zgnyw), written by hand from "
         "the texts (tests/data/fortyeighthweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. zn03 holds no record.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, [], AGREEMENTS, COMMITMENTS)
