"""Gold records of the thirty-fourth test web, written from the texts of articles.py before anything was run on them.

One row each: the Tucson-Lanzhou memorandum of Monday 13 May 2024 (h01, whose page is dated only by its "Date:" field
row, Tuesday 14 May; k02 recalls it, 5月13日), the Raleigh-Hefei green building memorandum of 15 September 2023 in
Hefei (n01, dated only by its URL; k01 9月15日), Tucson's carbon neutrality by 2045 (h02, whose field row says
09/05/2024 on a lang="en" page under a "TUCSON, Ariz. -" dateline: 5 September) and Lanzhou's carbon peak before 2030
(k02). No record: n02 (talks; no agreement was signed). No events. Teasers above the article (cityhall's "Featured
news", greenpath's "More from the blog") and 相关推荐 are traps.
"""
from __future__ import annotations

from webbuild import agreement as _ag, commitment as _cm, gold_document

TUCSON = ["Tucson", "City of Tucson", "图森市", "图森", "美国亚利桑那州图森市", "亚利桑那州图森市"]
LANZHOU = ["Lanzhou", "City of Lanzhou", "兰州市", "兰州", "兰州市人民政府", "Lanzhou Municipal People's Government"]
RALEIGH = ["Raleigh", "City of Raleigh", "罗利市", "罗利", "美国北卡罗来纳州罗利市", "北卡罗来纳州罗利市"]
HEFEI = ["Hefei", "City of Hefei", "合肥市", "合肥", "合肥市人民政府", "Hefei Municipal People's Government"]

AGREEMENTS = [
    _ag("A-TUC-LZ-2024", ["mou", "agreement"], [TUCSON, LANZHOU], "2024-05-13", ["Tucson", None], ["h01", "k02"]),
    _ag("A-RAL-HF-2023", ["mou", "agreement"], [RALEIGH, HEFEI], "2023-09-15", ["Hefei", None], ["n01", "k01"]),
]
for _a in AGREEMENTS:  # no event is named beside these signings
    del _a["event"]
COMMITMENTS = [
    _cm("C-TUC-CN-2045", TUCSON, "carbon_neutrality", 2045, ["h02"]),
    _cm("C-LZ-PEAK-2030", LANZHOU, "emissions_peak", 2030, ["k02"]),
]


def gold(articles, traps, chrome) -> dict:
    """gold.json of the web: its articles (fingerprint, first-publication date, language, text checks) and records."""
    doc = gold_document("Expected records for the thirty-fourth test web (tests/thirtyfourthweb.py: cityhall, "
                        "greenpath, kehuduan), written by hand from the texts (tests/data/thirtyfourthweb/articles.py) "
                        "before the pipeline was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": COMMITMENTS})
    for a in articles:  # one web, two languages; page-own chrome checked absent too
        art = doc["articles"][a["id"]]
        art["language"] = "zh" if a["site"] == "kehuduan" else "en"
        art["must_not_contain"] = art["must_not_contain"] + a["no"]
    return doc
