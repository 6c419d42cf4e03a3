"""Gold records of the thirtieth test web, written from the texts of articles.py before anything was run on them.

One row each: the Oregon-Fujian offshore wind memorandum of 7 October 2024 in Fuzhou (g01 "on Monday" on a page first
published Tuesday 8 October and updated Tuesday 15 October; c01 10月7日), the Denver-Kunming memorandum of 3 March 2025
in Kunming (g02, whose correction names Kunming; c02), the Utah-Guizhou clean hydrogen memorandum of 12 November 2024
at the 2024 Intermountain-China Clean Energy Forum in Salt Lake City (l01, a live blog; l02, whose Chinese summary box
restates it), the forum itself (12-13 November, l01; l02 names it), Fujian's 2030 peak (g01, restated by its "At a
glance" box; c01) and Salt Lake City's 100 percent renewable electricity by 2030 (l01). No record: g03 (a tour; its
file-photo caption tells the October signing), c03 (a visit, 未签署合作文件). Chrome headlines (READ MORE, Related,
相关阅读, Most read) and comments are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, event as _ev, gold_document

OREGON = ["Oregon", "State of Oregon", "俄勒冈州", "美国俄勒冈州", "俄勒冈"]
FUJIAN = ["Fujian", "Fujian Province", "Fujian province", "China's Fujian province", "福建省", "福建",
          "福建省人民政府", "Fujian Provincial People's Government", "Fujian Provincial Government"]
DENVER = ["Denver", "City of Denver", "丹佛市", "美国丹佛市", "丹佛", "City and County of Denver"]
KUNMING = ["Kunming", "City of Kunming", "昆明市", "昆明", "昆明市人民政府", "Kunming Municipal People's Government",
           "Kunming Municipal Government"]
UTAH = ["Utah", "State of Utah", "犹他州", "美国犹他州", "犹他"]
GUIZHOU = ["Guizhou", "Guizhou Province", "Guizhou province", "China's Guizhou province", "贵州省", "贵州"]
SLC = ["Salt Lake City", "盐湖城"]

FORUM = ["2024 Intermountain-China Clean Energy Forum", "Intermountain-China Clean Energy Forum",
         "Intermountain China Clean Energy Forum", "2024 Intermountain China Clean Energy Forum"]
EVENTS = [
    _ev("E-ICCEF-2024", FORUM, "2024-11-12", ["2024-11-13", None], "Salt Lake City", "US", ["l01", "l02"]),
]
AGREEMENTS = [
    _ag("A-OR-FJ-2024", ["mou", "agreement"], [OREGON, FUJIAN], "2024-10-07", ["Fuzhou", None], ["g01", "c01"]),
    _ag("A-DEN-KM-2025", ["mou", "agreement"], [DENVER, KUNMING], "2025-03-03", ["Kunming", None], ["g02", "c02"]),
    _ag("A-UT-GZ-2024", ["mou", "agreement"], [UTAH, GUIZHOU], "2024-11-12", ["Salt Lake City", None],
        ["l01", "l02"], event="E-ICCEF-2024"),
]
for _a in AGREEMENTS:  # an event named beside a signing may be given or not; only a wrong one is wrong
    if _a["event"] is None:
        del _a["event"]
COMMITMENTS = [
    _cm("C-FJ-PEAK-2030", FUJIAN, "emissions_peak", 2030, ["g01", "c01"]),
    _cm("C-SLC-RE-2030", SLC, "renewable_share", 2030, ["l01"]),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, first-publication date, language, text checks) and records."""
    doc = gold_document("Expected records for the thirtieth test web (tests/thirtiethweb.py: gazette, minnan, ridge), "
                        "written by hand from the texts (tests/data/thirtiethweb/articles.py) before the pipeline "
                        "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": EVENTS, "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:  # one web, two languages; page-own chrome checked absent too
        art = doc["articles"][a["id"]]
        art["language"] = "zh" if a["site"] == "minnan" else "en"
        art["must_not_contain"] = art["must_not_contain"] + a["no"]
    return doc
