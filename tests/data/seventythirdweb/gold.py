"""Gold records of the seventy-third test web, written from the texts of articles.py before the extractor was run on
them.

No events (a delegation's tour is no event). Agreements, per RECORDS.md: a renewal, an amendment or an upgrade SIGNED
ON A DAY is a signing: one row, typed and dated as the instrument signed that day (ig01: the renewed memorandum of
March 3, 2026; ig02: the amendment of May 12, 2026, an agreement; jx01: 续签《友好交流合作备忘录》 on 3月18日; jx02: the
补充协议 of 9月9日 that upgrades the ties). The old instrument it renews or amends is only recalled with its year: an
optional record (the development webs' practice) that, when stored, carries that year or no day, never the renewal's.
ig03 tells no signing at all: its 2018 sister-city agreement, "renewed in 2023", is the page's only agreement and is
required, dated 2018 or undated, never 2023; the expansion "being negotiated" and a renewal that "could be signed next
year" are no rows, nor is jx02's 2027 renewal "仍在磋商中".
"""
from __future__ import annotations

from webbuild import agreement, agreement_days, gold_document, recalled_agreement

POCATELLO = ["Pocatello", "City of Pocatello"]
PINGXIANG = ["Pingxiang", "Pingxiang Municipal People's Government", "萍乡", "萍乡市", "萍乡市人民政府"]
TWIN_FALLS = ["Twin Falls", "City of Twin Falls"]
YUXI = ["Yuxi", "玉溪", "玉溪市", "Yuxi Municipal People's Government"]
IDAHO_FALLS = ["Idaho Falls", "City of Idaho Falls"]
YICHUN = ["Yichun", "宜春", "宜春市", "宜春市人民政府", "Yichun Municipal People's Government"]
JIAN = ["Ji'an", "Jian", "吉安", "吉安市", "吉安市人民政府", "Ji'an Municipal People's Government"]
CASPER = ["Casper", "City of Casper", "卡斯珀", "卡斯珀市"]
BISMARCK = ["Bismarck", "City of Bismarck", "俾斯麦", "俾斯麦市"]

AGREEMENTS = [
    agreement("A-POC-PX-2026", ["mou"], [POCATELLO, PINGXIANG], "2026-03-03", ["Pocatello", None], ["ig01"]),
    recalled_agreement("A-POC-PX-2016", ["mou"], [POCATELLO, PINGXIANG], "2016", "ig01"),
    agreement("A-TF-YX-2026", ["agreement"], [TWIN_FALLS, YUXI], "2026-05-12", ["Twin Falls", None], ["ig02"]),
    recalled_agreement("A-TF-YX-2019", ["agreement"], [TWIN_FALLS, YUXI], "2019", "ig02"),
    agreement_days("A-IF-YC-2018", ["agreement", "partnership"], [IDAHO_FALLS, YICHUN], ["2018", None], [None],
                   ["ig03"]),
    agreement("A-JA-CAS-2026", ["mou"], [JIAN, CASPER], "2026-03-18", ["Ji'an", None], ["jx01"]),
    recalled_agreement("A-JA-CAS-2017", ["mou"], [JIAN, CASPER], "2017", "jx01"),
    agreement("A-YC-BIS-2026", ["agreement"], [YICHUN, BISMARCK], "2026-09-09", ["Yichun", None], ["jx02"]),
    recalled_agreement("A-YC-BIS-2019", ["agreement", "partnership", "mou"], [YICHUN, BISMARCK], "2019", "jx02"),
]


def gold(articles: list[dict], traps: dict, chrome: dict) -> dict:
    """gold.json of the web: its articles and records (each article in its site's language)."""
    doc = gold_document("Expected records for the seventy-third test web (tests/seventythirdweb.py: idgov, jxwb), "
                        "written by hand from the texts (tests/data/seventythirdweb/articles.py) before the extractor "
                        "was run; format of shared/gold/seeds.json.", "en", articles, traps, chrome,
                        {"events": [], "agreements": AGREEMENTS, "commitments": []})
    for a in articles:
        if a["site"] == "jxwb":
            doc["articles"][a["id"]]["language"] = "zh"
    return doc
