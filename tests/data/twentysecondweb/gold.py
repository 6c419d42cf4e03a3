"""Gold records of the twenty-second test web, written from the texts of articles.py before the extractor was run on
them.

Each fact told on several pages must be ONE row: the Minnesota-Shaanxi memorandum of 14 May 2024 (w01 MOU; p01 the
Shaanxi development and reform commission signing for the province, 合作备忘录; h01 框架協議 "上週", no day), the
Goldwind-Hefei agreement at the 2024 World Manufacturing Convention (w02 "the city of Hefei"; p02 新疆金风科技股份有限公司
and 合肥市人民政府, 合作协议; h02 金風科技 and 合肥市政府, 合作備忘錄, no day: the convention ran 20-23 September), the
convention itself (w02, p02, h02), Shaanxi's two pledges (w01, p01) and Minnesota's 50 percent by 2030 (w01 with
2005 as base year, w03 and h01 without). Separate rows: the Minnesota-Shaanxi EV-charging agreement of 10 June 2025
(the same pair a year later), Trina Solar and Anhui at the same convention (a different pair), the Wisconsin-Jiangxi
renewal of 17 March 2025 and the memorandum of 3 June 2020 it renews, Shaanxi's 2030 peak and its 2060 neutrality.
Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

MINNESOTA = ["Minnesota", "State of Minnesota", "明尼苏达州", "美国明尼苏达州", "明尼蘇達州", "美國明尼蘇達州",
             "明尼苏达", "明尼蘇達"]
SHAANXI = ["Shaanxi", "Shaanxi Province", "Shaanxi province", "China's Shaanxi province", "陕西省", "陕西",
           "陕西省人民政府", "陕西省发展和改革委员会", "陕西省发展改革委", "陕西省发改委", "陝西省", "陝西",
           "Shaanxi Provincial Development and Reform Commission", "Shaanxi Development and Reform Commission"]
WISCONSIN = ["Wisconsin", "State of Wisconsin", "威斯康星州", "美国威斯康星州"]
JIANGXI = ["Jiangxi", "Jiangxi Province", "Jiangxi province", "China's Jiangxi province", "江西省", "江西"]
GOLDWIND = ["Goldwind", "Goldwind Science & Technology", "Xinjiang Goldwind Science & Technology",
            "Xinjiang Goldwind Science & Technology Co., Ltd.", "新疆金风科技股份有限公司", "金风科技", "金風科技",
            "金风", "金風"]
HEFEI = ["Hefei", "City of Hefei", "Hefei Municipal Government", "Hefei Municipal People's Government", "合肥市",
         "合肥", "合肥市人民政府", "合肥市政府"]
TRINA = ["Trina Solar", "Trina Solar Co., Ltd.", "Trina", "天合光能股份有限公司", "天合光能"]
ANHUI = ["Anhui", "Anhui Province", "Anhui province", "Anhui provincial government", "Anhui Provincial Government",
         "Anhui Provincial People's Government", "安徽省", "安徽", "安徽省人民政府"]

WMC = ["2024 World Manufacturing Convention", "World Manufacturing Convention", "WMC", "2024世界制造业大会",
       "世界制造业大会", "世界製造業大會", "2024世界製造業大會"]
EVENTS = [
    _ev("E-WMC-2024", WMC, "2024-09-20", ["2024-09-23", None], "Hefei", "CN", ["w02", "p02", "h02"]),
]
AGREEMENTS = [
    _ag("A-MN-SX-2024", ["mou", "agreement"], [MINNESOTA, SHAANXI], "2024-05-14", ["Xi'an", None],
        ["w01", "p01", "h01"]),
    _ag("A-MN-SX-2025", ["agreement", "mou"], [MINNESOTA, SHAANXI], "2025-06-10", ["Saint Paul", "St. Paul", None],
        ["w03"]),
    _ag("A-GW-HF-2024", ["agreement", "mou"], [GOLDWIND, HEFEI], "2024-09-20", ["Hefei", None], ["w02", "p02", "h02"],
        event="E-WMC-2024"),
    _ag("A-TRINA-AH-2024", ["agreement", "mou"], [TRINA, ANHUI], "2024-09-20", ["Hefei", None], ["w02", "p02"],
        event="E-WMC-2024"),
    _ag("A-WI-JX-2025", ["mou", "agreement"], [WISCONSIN, JIANGXI], "2025-03-17", ["Madison", None], ["w04"]),
    _ag("A-WI-JX-2020", ["mou"], [WISCONSIN, JIANGXI], "2020-06-03", ["Nanchang", None], ["w04"]),
]
# gold error fixed after the first run: no text gives Trina and Anhui's day (w02 "at the convention", which ran 20-23
# September; p02 tells it after the paragraph dating the Goldwind signing to the opening day): no day, or that one
AGREEMENTS[3]["signed_on"]["accept"].insert(0, None)
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-SX-PEAK-2030", SHAANXI, "emissions_peak", 2030, ["w01", "p01"]),
    _cm("C-SX-NEUTRAL-2060", SHAANXI, "carbon_neutrality", 2060, ["w01", "p01"]),
    _cm("C-MN-2030", MINNESOTA, "emissions_reduction", 2030, ["w01", "w03", "h01"], base_year=2005,
        reduction_pct_min=50),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    doc = gold_document("Expected records for the twenty-second test web (tests/twentysecondweb.py: wire, portal, hk), "
                        "written by hand from the texts (tests/data/twentysecondweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json. Every fact told several times is one row.", "en",
                        articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:  # one web, two languages
        doc["articles"][a["id"]]["language"] = "en" if a["site"] == "wire" else "zh"
    return doc
