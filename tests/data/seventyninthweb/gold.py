"""Gold records of the seventy-ninth test web, written by hand from the texts of articles.py before the extractor was
run on them.

Agreements: the Michigan-Hebei memorandum (31 July 2017, Beijing: mi01 "today", hb01 7月31日, cr02 "opened Monday"),
the letter of intent of the Michigan Agency for Energy and the Hebei Provincial Development and Reform Commission
(the same day: mi01 "In a separate ceremony", hb01 同日; cr02 names neither party, mi03 recalls it: optional there),
the memorandum of the Iowa Economic Development Authority and the Hebei Provincial Department of Commerce (16 October
2018, Des Moines: hb03 10月16日, cr01 "Tuesday" on a Wednesday page). Witnesses (the governors, 刘振东, Reynolds) are
no parties. Recalled sister-state ties (Iowa-Hebei 1983, Michigan-Sichuan 1982) are optional.
Commitments: Michigan's renewable standard of 15 percent by 2021 (mi01; restated in cr02 and cr03), its neutrality by
2050 and its two 2025 cuts (28 percent below 1990, 26-28 percent below 2005; mi04), its 50 and 60 percent renewables
by 2030 and 2035 (cr03), Hebei's 7 percent non-fossil share by 2020 (hb01, as `renewable_share`), Zhangjiakou's 30 and
50 percent renewable shares by 2020 and 2030 (hb02). Optional: the 35 percent goal of renewables and energy waste
reduction by 2025 (mi01), 100 percent clean energy by 2040 (cr03), the utilities' coal exits (cr03).
No record: mi02 (a forum, "No new agreements were signed"), mi03 and hb04 (a visit; a work plan to be drafted),
hb05 (a work meeting; a 对接会 to be prepared), cr04 (soybean purchase deals: a trade deal, not climate cooperation).
Achieved figures (Iowa's 37 percent wind, Michigan's 20 percent fall, Zhangjiakou's 710万千瓦) are no pledges.
"""
from __future__ import annotations

from webbuild import agreement, commitment, event, gold_document, recalled_agreement

MICH = ["Michigan", "State of Michigan", "Government of the State of Michigan", "Michigan State Government",
        "密歇根州", "美国密歇根州", "密歇根州政府", "美国密歇根州政府"]
HEBEI = ["Hebei", "Hebei Province", "Hebei province", "China's Hebei Province", "Hebei Provincial People's Government",
         "Hebei Provincial Government", "People's Government of Hebei Province", "河北", "河北省", "河北省人民政府",
         "河北省政府"]
MAE = ["Michigan Agency for Energy", "MAE", "密歇根州能源署", "美国密歇根州能源署"]
HBDRC = ["Hebei Provincial Development and Reform Commission", "Hebei Development and Reform Commission",
         "Development and Reform Commission of Hebei Province", "Hebei DRC", "Hebei Provincial DRC",
         "河北省发展和改革委员会", "河北省发展改革委", "河北省发改委", "省发展改革委"]
IEDA = ["Iowa Economic Development Authority", "IEDA", "艾奥瓦州经济发展署", "美国艾奥瓦州经济发展署"]
HBDOC = ["Hebei Provincial Department of Commerce", "Department of Commerce of Hebei Province",
         "Hebei Department of Commerce", "Hebei Commerce Department", "河北省商务厅", "省商务厅"]
IOWA = ["Iowa", "State of Iowa", "艾奥瓦州", "美国艾奥瓦州"]
SICHUAN = ["Sichuan", "Sichuan Province", "四川省", "四川"]
ZJK = ["Zhangjiakou", "Zhangjiakou City", "Zhangjiakou Municipal People's Government", "张家口", "张家口市",
       "张家口市人民政府"]

EVENTS = [
    event("E-IA-HEB-35", ["35th anniversary of Hebei-Iowa sister state relations",
                          "Hebei-Iowa sister state 35th anniversary celebration",
                          "河北省与艾奥瓦州建立友好省州关系35周年庆祝活动"],
          "2018-10", [None], "Des Moines", "US", [], optional=True, evidence_optional=["hb03", "cr01"]),
]
EVENTS[0]["start_on"]["accept"] = [None, "2018-10"]
AGREEMENTS = [
    agreement("A-MI-HEB-2017", ["mou", "agreement"], [MICH, HEBEI], "2017-07-31", ["Beijing", None],
              ["mi01", "hb01", "cr02"], evidence_optional=["cr03"]),
    agreement("A-MAE-HBDRC-2017", ["agreement", "mou"], [MAE, HBDRC], "2017-07-31", ["Beijing", None],
              ["mi01", "hb01"], evidence_optional=["cr02", "mi03", "hb04"]),
    agreement("A-IEDA-HBDOC-2018", ["mou", "agreement"], [IEDA, HBDOC], "2018-10-16", ["Des Moines"],
              ["hb03", "cr01"]),
    recalled_agreement("A-IA-HEB-1983", ["agreement", "partnership"], [IOWA, HEBEI], "1983", "hb03"),
    recalled_agreement("A-MI-SC-1982", ["agreement", "partnership"], [MICH, SICHUAN], "1982", "mi01"),
]
AGREEMENTS[3]["evidence_optional"].append("cr01")
for _a in AGREEMENTS:  # no signing is said to be part of an event: a row may name one or not
    del _a["event"]


def _opt(c: dict) -> dict:
    c["optional"] = True
    c["evidence_optional"], c["evidence"] = c["evidence"], []
    return c


COMMITMENTS = [
    commitment("C-MI-RPS-2021", MICH, "renewable_share", 2021, ["mi01"], evidence_optional=["cr02", "cr03"]),
    commitment("C-MI-NEUTRAL-2050", MICH, "carbon_neutrality", 2050, ["mi04"]),
    commitment("C-MI-GHG1990-2025", MICH, "emissions_reduction", 2025, ["mi04"], base_year=1990,
               reduction_pct_min=28, reduction_pct_max=28),
    commitment("C-MI-GHG2005-2025", MICH, "emissions_reduction", 2025, ["mi04"], base_year=2005,
               reduction_pct_min=26, reduction_pct_max=28),
    commitment("C-MI-RE-2030", MICH, "renewable_share", 2030, ["cr03"]),
    commitment("C-MI-RE-2035", MICH, "renewable_share", 2035, ["cr03"]),
    commitment("C-HEB-NF-2020", HEBEI, "renewable_share", 2020, ["hb01"]),
    commitment("C-ZJK-RE-2020", ZJK, "renewable_share", 2020, ["hb02"]),
    commitment("C-ZJK-RE-2030", ZJK, "renewable_share", 2030, ["hb02"]),
    _opt(commitment("C-MI-35-2025-RE", MICH, "renewable_share", 2025, ["mi01"])),
    _opt(commitment("C-MI-35-2025-OTHER", MICH, "other", 2025, ["mi01"])),
    _opt(commitment("C-MI-CLEAN-2040-RE", MICH, "renewable_share", 2040, ["cr03"])),
    _opt(commitment("C-MI-CLEAN-2040-OTHER", MICH, "other", 2040, ["cr03"])),
    _opt(commitment("C-MI-CLEAN-2040-CN", MICH, "carbon_neutrality", 2040, ["cr03"])),
    _opt(commitment("C-CONSUMERS-COAL-2025", ["Consumers Energy"], "other", 2025, ["cr03"])),
    _opt(commitment("C-DTE-COAL-2032", ["DTE Energy", "DTE"], "other", 2032, ["cr03"])),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    doc = gold_document("Expected records for the seventy-ninth test web (tests/seventyninthweb.py: migov, hebgov, "
                        "courier), written by hand from the texts (tests/data/seventyninthweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. mi02, mi03, hb04, hb05 and cr04 hold no "
                        "record.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:
        doc["articles"][a["id"]]["language"] = "zh" if a["site"] == "hebgov" else "en"
    return doc
