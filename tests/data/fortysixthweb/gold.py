"""Gold records of the forty-sixth test web, written from the texts of articles.py before the extractor was run on
them: ONE record per fact, with every article that tells it as evidence (the scorer counts a second row for one gold
record as a duplicate, and two facts folded into one as a miss).

Events: the 2024 China-U.S. Clean Energy Cities Forum (Xining, 12-13 June 2024: cc01 "June 12-13", qh01 6月12日 开幕
为期两天, qh02 6月13日 闭幕; ns02 names no forum, cc03 recalls it "in June": optional evidence); the Great Lakes Clean
Energy Summit (Milwaukee, 24-25 September 2024: cc03; cc01 announces it for September: optional).
Agreements: Minneapolis and Xining's memorandum on low-carbon cooperation (12 June 2024, Xining: cc01 "On June 12",
qh01 开幕式上 on 6月12日, ns02 "on Wednesday ... late Tuesday evening in Minneapolis": Wednesday in Xining is the day;
restated "earlier this month" in cc02 and 本月早些时候 in qh03, which are evidence too); Milwaukee and Golmud's solar
partnership agreement (13 June 2024, the forum's second day: cc01 "On the second day", qh02 论坛期间 in the 6月13日
closing story: the day is not told there, ns02 "on Thursday"; recalled "in June" in cc03); Minnesota and Qinghai's
RENEWAL of their memorandum (12 June 2024: qh01 续签, ns02 "renewed last year's"), kept apart from the 2023 signing
itself (17 May 2023, St. Paul: ns01 "on Wednesday" on a Thursday page; recalled in qh01 and ns02: optional evidence);
Minneapolis and Xining's SECOND memorandum of the month, on water (26 June 2024, Minneapolis: cc02, qh03); Milwaukee
and Golmud's second signing at another summit (green hydrogen memorandum, 24 September 2024, Milwaukee: cc03).
Commitments: Minneapolis's cut of 80-95% below 2006 by 2050 (cc01 "80-95%", qh02 80%至95%, ns02 "up to 95%": one
pledge, its full range kept); Qinghai's peak before 2030 (qh01, ns02) and its capital Xining's peak by 2027 (cc01,
qh01): a province's and its capital's pledges, two records.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment, event, gold_document

MINNEAPOLIS = ["Minneapolis", "City of Minneapolis", "Minneapolis City", "明尼阿波利斯", "明尼阿波利斯市"]
XINING = ["Xining", "Xining Municipal People's Government", "Xining Municipal Government", "City of Xining",
          "Xining City", "Xining Municipality", "西宁", "西宁市", "西宁市人民政府"]
MILWAUKEE = ["Milwaukee", "City of Milwaukee", "Milwaukee City", "密尔沃基", "密尔沃基市"]
GOLMUD = ["Golmud", "Golmud City", "City of Golmud", "Golmud Municipal People's Government", "格尔木", "格尔木市"]
MINNESOTA = ["Minnesota", "State of Minnesota", "Government of Minnesota", "明尼苏达", "明尼苏达州"]
QINGHAI = ["Qinghai", "Qinghai Province", "Qinghai province", "Qinghai Provincial People's Government",
           "Qinghai Provincial Government", "青海", "青海省", "青海省人民政府"]

CECF = ["2024 China-U.S. Clean Energy Cities Forum", "China-U.S. Clean Energy Cities Forum",
        "China-US Clean Energy Cities Forum", "2024中美清洁能源城市论坛", "中美清洁能源城市论坛"]
GLCES = ["Great Lakes Clean Energy Summit"]

EVENTS = [
    event("E-CECF-2024", CECF, "2024-06-12", ["2024-06-13"], "Xining", "CN", ["cc01", "qh01", "qh02"],
          evidence_optional=["ns02", "cc03"]),
    event("E-GLCES-2024", GLCES, "2024-09-24", ["2024-09-25"], "Milwaukee", "US", ["cc03"],
          evidence_optional=["cc01"]),
]

AGREEMENTS = [
    _ag("A-MPLS-XN-LOWCARBON-2024", ["mou"], [MINNEAPOLIS, XINING], "2024-06-12", ["Xining", None],
        ["cc01", "qh01", "ns02", "cc02", "qh03"], event="E-CECF-2024"),
    _ag("A-MKE-GLM-SOLAR-2024", ["agreement", "partnership"], [MILWAUKEE, GOLMUD], "2024-06-13", ["Xining", None],
        ["cc01", "qh02", "ns02", "cc03"], event="E-CECF-2024"),
    _ag("A-MN-QH-RENEWAL-2024", ["mou"], [MINNESOTA, QINGHAI], "2024-06-12", ["Xining", None], ["qh01", "ns02"],
        event="E-CECF-2024"),
    _ag("A-MN-QH-2023", ["mou"], [MINNESOTA, QINGHAI], "2023-05-17", ["St. Paul", "Saint Paul", None], ["ns01"],
        evidence_optional=["qh01", "ns02"]),
    _ag("A-MPLS-XN-WATER-2024", ["mou"], [MINNEAPOLIS, XINING], "2024-06-26", ["Minneapolis", None],
        ["cc02", "qh03"]),
    _ag("A-MKE-GLM-H2-2024", ["mou"], [MILWAUKEE, GOLMUD], "2024-09-24", ["Milwaukee", None], ["cc03"],
        event="E-GLCES-2024"),
]
for _a in AGREEMENTS:  # no event told: one named would be wrong, none is fine
    if _a["event"] is None:
        del _a["event"]

COMMITMENTS = [
    commitment("C-MPLS-CUT-2050", MINNEAPOLIS, "emissions_reduction", 2050, ["cc01", "qh02", "ns02"],
               base_year=2006, reduction_pct_min=80.0, reduction_pct_max=95.0),
    commitment("C-QH-PEAK-2030", QINGHAI, "emissions_peak", 2030, ["qh01", "ns02"]),
    commitment("C-XN-PEAK-2027", XINING, "emissions_peak", 2027, ["cc01", "qh01"]),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, date, language per site, text checks) and records."""
    doc = gold_document("Expected records for the forty-sixth test web (tests/fortysixthweb.py: ccnet, qhgov, "
                        "nswire), written by hand from the texts (tests/data/fortysixthweb/articles.py) before the "
                        "extractor was run; one record per fact, every telling as evidence; format of "
                        "shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:  # the portal writes in Chinese
        doc["articles"][a["id"]]["language"] = "zh" if a["site"] == "qhgov" else "en"
    return doc
