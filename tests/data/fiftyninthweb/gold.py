"""Gold records of the fifty-ninth test web, written from the texts of articles.py before the extractor was run on them.

One record per instrument and per pair of sides that signed it: "A分别与B、C签署了…协议" is two agreements (A-B, A-C);
"A与B、C三方共同签署《…》" is one of three parties; "签署了《X》和《Y》两份协议", "签订…框架协议及…补充协议" and
"双方还签署了《…》" after a named pair are two instruments of the same sides (two rows, as the twenty-fourth web's
分別簽署《…》和《…》). Witnesses ("在A和B的共同见证下") and the host of the ceremony ("签约仪式由C主持") are no party. A
renewal (续签) is a signing that day. "由A和B联合签署的《…》" released at a meeting: its signing day is not told
(given the day of the meeting or none). Negatives: 拟于…签署 (planned), 就…达成共识 (no instrument: no record), 商签
(negotiating), 签约项目总投资 (a figure, no commitment), 此前已签署 (an earlier, undated framework agreement: optional).
Unknown Chinese names (酒泉市新能源投资集团有限公司, 中核汇能) stay in Chinese or take their own English name, never
pinyin. No commitment and no event in this web. Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, agreement_days as _agd, gold_json


def _city(en: str, zh: str, *more: str) -> list[str]:
    """A Chinese prefecture city's accepted names: English forms and its Chinese name with and without 市/人民政府."""
    return [en, f"{en} City", f"{en} Municipality", f"{en} Municipal Government", f"{en} Municipal People's Government",
            f"City of {en}", *more, zh, f"{zh}市", f"{zh}市人民政府", f"{zh}市政府"]


XZNY = ["Tibet Autonomous Region Energy Bureau", "Tibet Autonomous Region Energy Administration", "Tibet Energy Bureau",
        "Tibet Energy Administration", "Energy Bureau of Tibet Autonomous Region",
        "Xizang Autonomous Region Energy Bureau", "Xizang Energy Bureau", "西藏自治区能源局", "自治区能源局", "西藏能源局"]
CNNC_HH = ["CNNC Huineng", "CNNC Huineng Co., Ltd.", "CNNC Huineng Co.", "中核汇能有限公司", "中核汇能"]
CRP = ["China Resources Power", "CR Power", "China Resources Power Holdings", "China Resources Power Holdings Co.",
       "China Resources Power Holdings Company Limited", "华润电力控股有限公司", "华润电力"]
CRP_XZ = ["China Resources Power Tibet", "China Resources Power (Tibet)", "China Resources Power Tibet Co.",
          "CR Power Tibet", "华润电力西藏有限公司", "华润电力西藏"]
SHIGATSE = _city("Shigatse", "日喀则", "Xigaze", "Xigaze City")
NYINGCHI = _city("Nyingchi", "林芝")
SGXZ = ["State Grid Tibet Electric Power", "State Grid Tibet Electric Power Co.", "State Grid Tibet Electric Power "
        "Company", "State Grid Xizang Electric Power", "国网西藏电力有限公司", "国网西藏电力"]
JIUQUAN = _city("Jiuquan", "酒泉")
JQNI = ["Jiuquan New Energy Investment Group", "Jiuquan New Energy Investment Group Co.", "酒泉市新能源投资集团有限公司",
        "酒泉市新能源投资集团", "酒泉新能源投资集团"]
WUWEI = _city("Wuwei", "武威")
ZHONGWEI = _city("Zhongwei", "中卫")
GUYUAN = _city("Guyuan", "固原")

AG = ["agreement", "partnership"]
AGREEMENTS = [
    # xz01: "A分别与B、C签署了…协议": two agreements; the host (次仁顿珠) is no party; 达成共识 is no instrument
    _ag("A-XZNY-CNNCHH-2024", AG, [XZNY, CNNC_HH], "2024-05-20", [None, "Lhasa"], ["xz01"]),
    _ag("A-XZNY-CRP-2024", AG, [XZNY, CRP], "2024-05-20", [None, "Lhasa"], ["xz01"]),
    # xz02: witnesses are no party; 拟于10月签署 is no record
    _ag("A-SHIGATSE-CRPXZ-2024", AG, [SHIGATSE, CRP_XZ], "2024-08-21", [None, "Shigatse", "Lhasa"], ["xz02"]),
    # xz02: "由A和B联合签署的《…》" released that day: its signing day is not told
    _agd("A-XZNY-NYINGCHI-2024", AG, [XZNY, NYINGCHI], ["2024-08-21", None], [None, "Nyingchi", "Lhasa"], ["xz02"]),
    # xz03: a renewal (续签) and "双方还签署了" a memorandum: two instruments; 商签 is no record
    _ag("A-XZNY-SGXZ-RENEW-2024", AG, [XZNY, SGXZ], "2024-11-25", [None, "Lhasa"], ["xz03"]),
    _ag("A-XZNY-SGXZ-MOU-2024", ["mou"], [XZNY, SGXZ], "2024-11-25", [None, "Lhasa"], ["xz03"]),
    # cr01: "A与B、C三方共同签署": one agreement of three parties; 签约项目总投资 is no commitment
    _ag("A-CRP-JIUQUAN-JQNI-2024", AG, [CRP, JIUQUAN, JQNI], "2024-06-12", [None, "Jiuquan"], ["cr01"]),
    # cr02: two instruments of one pair; the host is no party; 此前已签署 (undated history) may be given or not
    _ag("A-CRP-WUWEI-NE-2024", AG, [CRP, WUWEI], "2024-09-09", [None, "Wuwei"], ["cr02"]),
    _ag("A-CRP-WUWEI-HEAT-2024", AG, [CRP, WUWEI], "2024-09-09", [None, "Wuwei"], ["cr02"]),
    _agd("A-CRP-WUWEI-FRAME", AG, [CRP, WUWEI], [None], [None], [], optional=True, evidence_optional=["cr02"]),
    # cr03: "A代表与B代表分别在《…》上签字"; "签订…框架协议及…补充协议": two instruments
    _ag("A-CRP-ZHONGWEI-2024", AG, [CRP, ZHONGWEI], "2024-12-10", [None, "Zhongwei"], ["cr03"]),
    _ag("A-CRP-GUYUAN-FRAME-2024", AG, [CRP, GUYUAN], "2024-12-10", [None, "Guyuan"], ["cr03"]),
    _ag("A-CRP-GUYUAN-SUPP-2024", AG, [CRP, GUYUAN], "2024-12-10", [None, "Guyuan"], ["cr03"]),
]
for _a in AGREEMENTS:  # no signing here is at a named event: an event may be given or not, only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]

ABOUT = ("Expected records for the fifty-ninth test web (tests/fiftyninthweb.py: xzdrc, crpnews), written by hand from "
         "the texts (tests/data/fiftyninthweb/articles.py) before the extractor was run; format of "
         "shared/gold/seeds.json. There is no event and no commitment in this web.")


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    return gold_json(ABOUT, articles, traps, chrome, [], AGREEMENTS, [])
