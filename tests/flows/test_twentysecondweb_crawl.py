"""Crawl the twenty-second test web (tests/twentysecondweb.py: an English wire, a Simplified Chinese portal and a
Traditional Chinese Hong Kong site telling the same signings and pledges two or three times, beside traps that must
stay apart) with the ingest flow into a temporary DuckDB and check it against tests/data/twentysecondweb/gold.json,
one test case per gold item (see tests/gold_crawl.py; `no_duplicate` is what this web is for).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs twentysecondweb`): events P 0.50 R 1.00 F1 0.67 (tp 1, fp 1, 1 duplicate: "World
Manufacturing Convention" from w02, read without its city, apart from 2024世界制造业大会 in Hefei from p02),
agreements P 0.83 R 0.83 F1 0.83 (tp 5, fp 1, fn 1, 1 duplicate: Goldwind-Hefei from w02+h02 apart from
新疆金风科技股份有限公司-Hefei from p02; miss A-WI-JX-2020, the memorandum the renewal renews), commitments 1.00,
macro F1 0.833, wrong values 0 (the renewal's city Nanchang, the place of the 2020 signing, is not scored). Every
trap stayed apart (the same pair a year later, the renewal, Trina-Anhui at the same convention, Shaanxi's 2030 peak
and 2060 neutrality). One gold error fixed after the first run: no text gives Trina-Anhui's day (None accepted).
NOW: macro F1 0.970 (events 1.00, agreements P 1.00 R 0.83: the 2020 memorandum is still missed, commitments
1.00; 0 duplicates): a gathering named without a city joins
its glossed Chinese name (warehouse.crosslang.placeless_glossed_pairs), a trade name coined word for word from the
Chinese name is that firm (warehouse/calque.py). Extraction gaps below (KNOWN_GAPS, strict xfail).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from twentysecondweb import GOLD_PATH, TwentySecondWeb  # noqa: E402

# Checks the current pipeline fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {
    "events:E-WMC-2024:evidence": "h02 '金風科技（Goldwind）與合肥市政府在世界製造業大會期間簽署合作備忘錄' / '本屆世界製造業大會於9月20日"
                                  "至23日在合肥舉行': no event is read from the page (w02 and p02 cite it)",
}

HARNESS = GoldCrawl(TwentySecondWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"wire", "portal", "hk"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
