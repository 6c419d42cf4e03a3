"""Gold records of the hundred-and-fifth test web, written from the texts of articles.py before the extractor was run
on them.

Agreements only: each dated entry of a chronicle that tells a signing (签署 / "sign") is an agreement of its month,
and the news page that tells the same signing gives its day: ONE record with the chronicle and the news page as
evidence (A-FJDRC-TASSG-2016: fj01, fj02, en01; A-FIDG-HYDROTAS-2019: fj01, en01, en03; A-FUJIAN-TAS-2021: fj01, fj04,
en01; A-FUZHOU-HOBART-2024: rc02, rc01, en02; A-FUZHOU-TACOMA-2017: rc02, rc04). Sister-state and sister-city
agreements (1981, 1980, 1994) are agreements as in the other webs (agreement, partnership or mou); a mere "since
1980" / "于1980年结为友好城市" recall is optional evidence. The two Fujian-Tasmania instruments (1981, 2021) share
their parties and differ by date and type. No events: a state visit, a delegation received or touring, an
anniversary marked, the Tasmania-China Business Forum and the 2024 World Cities Summit (attended, nothing signed) are
none; the 2021 video ceremony is unnamed. No commitments (a share of renewable power reached, a bus fleet
electrified, a pumped hydro study are facts, not pledges). fj03, en04 and rc03 hold no record.
"""
from __future__ import annotations

from webbuild import agreement, gold_document

SISTER = ["agreement", "partnership", "mou"]
FUJIAN = ["Fujian", "Fujian Province", "福建省", "福建", "Fujian Provincial People's Government", "福建省人民政府",
          "Fujian Provincial Government", "People's Government of Fujian Province", "Government of Fujian Province"]
TASMANIA = ["Tasmania", "State of Tasmania", "塔斯马尼亚州", "塔斯马尼亚", "塔州", "Tasmanian Government",
            "Government of Tasmania", "塔斯马尼亚州政府", "澳大利亚塔斯马尼亚州"]
FJ_DRC = ["Fujian Development and Reform Commission", "Fujian Provincial Development and Reform Commission",
          "Development and Reform Commission of Fujian Province", "福建省发展和改革委员会", "福建省发改委",
          "Fujian"]
TAS_SG = ["Department of State Growth", "Tasmanian Department of State Growth", "Department of State Growth of "
          "Tasmania", "塔斯马尼亚州政府州发展部", "塔斯马尼亚州州发展部", "塔州州发展部", "Tasmania"]
FIDG = ["Fujian Investment & Development Group", "Fujian Investment and Development Group", "FIDG",
        "Fujian Investment & Development Group Co., Ltd.", "Fujian Investment and Development Group Co., Ltd.",
        "福建省投资开发集团有限责任公司", "福建省投资开发集团"]
HYDRO = ["Hydro Tasmania", "塔斯马尼亚水电公司", "Hydro-Electric Corporation", "Tasmanian Hydro-Electric Corporation"]
FUZHOU = ["Fuzhou", "福州", "福州市", "City of Fuzhou", "Fuzhou Municipal People's Government", "福州市人民政府",
          "Fuzhou Municipal Government", "Fuzhou People's Government"]
HOBART = ["Hobart", "霍巴特", "霍巴特市", "City of Hobart", "Hobart City Council", "霍巴特市政府",
          "Hobart City Government"]
TACOMA = ["Tacoma", "塔科马", "塔科马市", "City of Tacoma", "Tacoma City Government", "塔科马市政府", "美国塔科马市"]

AGREEMENTS = [
    agreement("A-FUJIAN-TAS-1981", SISTER, [FUJIAN, TASMANIA], "1981-11", [None], ["fj01", "en01"]),
    agreement("A-FJDRC-TASSG-2016", ["mou"], [FJ_DRC, TAS_SG], "2016-03-22", ["Fuzhou"], ["fj01", "fj02", "en01"]),
    agreement("A-FIDG-HYDROTAS-2019", ["agreement"], [FIDG, HYDRO], "2019-09-11", ["Fuzhou"],
              ["fj01", "en01", "en03"]),
    agreement("A-FUJIAN-TAS-2021", ["mou"], [FUJIAN, TASMANIA], "2021-11-26", [None, "Fuzhou", "Hobart"],
              ["fj01", "fj04", "en01"]),
    agreement("A-FUZHOU-HOBART-1980", SISTER, [FUZHOU, HOBART], "1980-12", [None], ["rc02"],
              evidence_optional=["rc01", "en01", "en02"]),
    agreement("A-FUZHOU-TACOMA-1994", SISTER, [FUZHOU, TACOMA], "1994-05", [None], ["rc02"],
              evidence_optional=["rc04"]),
    agreement("A-FUZHOU-TACOMA-2017", ["mou"], [FUZHOU, TACOMA], "2017-06-13", ["Tacoma"], ["rc02", "rc04"]),
    agreement("A-FUZHOU-HOBART-2024", ["mou"], [FUZHOU, HOBART], "2024-04-16", ["Hobart"], ["rc02", "rc01", "en02"]),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles (each in its own language) and records."""
    doc = gold_document("Expected records for the hundred-and-fifth test web (tests/hundredfifthweb.py: fjfao, tasgp, "
                        "rcnews), written by hand from the texts (tests/data/hundredfifthweb/articles.py) before the "
                        "extractor was run; format of shared/gold/seeds.json. fj03, en04 and rc03 hold no record.",
                        "zh", articles, traps, chrome, {"events": [], "agreements": AGREEMENTS, "commitments": []})
    for a in articles:
        if a["site"] == "tasgp":
            doc["articles"][a["id"]]["language"] = "en"
    return doc
