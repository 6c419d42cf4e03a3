"""Crawl the thirty-third test web (tests/thirtythirdweb.py: a Chinese provincial portal and its English edition
telling the same Jiangxi-Saxony agreements, forum and Jiujiang's targets) with the ingest flow into a temporary DuckDB
and check it against tests/data/thirtythirdweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs thirtythirdweb`): events P 1.00 R 1.00 F1 1.00 (tp 1), agreements P 0.75 R 0.75
F1 0.75 (tp 3, fp 1, fn 1, 1 wrong value), commitments P 0.67 R 1.00 F1 0.80 (tp 2, fp 1, 1 duplicate), macro F1
0.850, duplicates 1, wrong values 1. The agreements' figures hid a wrong join: z01's 2019 memorandum (undated in
z02's renewal, 本月N日 unread) absorbed z02's renewal, the energy administration's agreement and Starwell's (all fold
to Jiangxi and Saxony), with 2019-11 as the renewal's date.
NOW (warehouse.instruments: two bodies of one place stay two; an undated renewal is not what it renews): events 1.00,
agreements P 0.57 R 1.00 F1 0.73 (tp 4, fp 3 of which 2 duplicates, 0 wrong values), commitments as before (P 0.67
R 1.00, 1 duplicate), macro F1 0.842. Where precision and duplicates conflict we chose precision: the wrong join (one
row for four instruments and a wrong date) is gone, which leaves two duplicates the scorer counts as false rows
(z01/e01: a calqued foreign ministry; z02/e02: a company's Chinese name and its English trade name). The rest are
extraction gaps (KNOWN_GAPS): 本月N日 dates, a department's English name split at its 'and', a partner by its short
reference, a pledge pair in one English sentence.
THEN (warehouse.month_pairs: one agreement in two languages in one month, a department in either English word order
and a foreign ministry by its Chinese calque): z01 and e01 are one row; agreements P 0.67 R 1.00 F1 0.80 (tp 4, fp 2 of
which 1 duplicate, 0 wrong values), macro F1 0.867, duplicates 2 (Starwell's Chinese report; Jiujiang's 2025 cut read
with the wrong base year on e03), wrong values 0.
LATER (main: '本月12日' read as a day of the page's month, dates.THIS_MONTH_DAY; 'and' joining two fields inside one
English name, name_pairs.FIELD_TOPICS): the 2023 renewal and the energy agreement carry their day, and e02's renewal is
no row of its own. Then ("cut ... by about 18 percent by 2025, and by more than 65 percent from 2005 levels by 2030":
two cuts, each with its own clause's base, commitments.AND_CUT and CLAUSE_BREAK) Jiujiang's two pledges are z03's two
rows.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from thirtythirdweb import GOLD_PATH, ThirtythirdWeb  # noqa: E402

# Checks the current pipeline fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {
    'events:E-JXSX-FORUM-2023:evidence':
        "page reading/events: e03's 'at the forum in Nanchang' (the forum without its name) gives no event mention",
    'agreements:A-JXDEE-SMEKUL-2023:evidence':
        "English agreements: e03's 'The provincial environment department recently renewed its memorandum ...' gives no mention",
    'agreements:A-JXNEA-SMEKUL-2023:evidence':
        "English agreements: e02's 'the Jiangxi Provincial Energy Administration signed an energy transition cooperation agreement with the Saxon ministry' (a partner by its short reference) gives no mention",
    'agreements:A-STARWELL-STI-2023:evidence':
        "resolution: z02 names both sides in Chinese (江西赣星新能源科技有限公司, 萨克森州经济促进公司), e02 by the English trade name 'Starwell Energy' and 'Saxony Trade & Invest Corporation': no side in common by name, and the forum's Saxony side signs three times in Chinese, so same_event_other_language cannot tell which report is which",
    'agreements:A-STARWELL-STI-2023:no_duplicate':
        "the same as A-STARWELL-STI-2023:evidence: z02's Chinese report stays a row of its own",
}

HARNESS = GoldCrawl(ThirtythirdWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"jxgov", "jxen"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
