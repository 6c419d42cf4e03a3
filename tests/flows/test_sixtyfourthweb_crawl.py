"""Crawl the sixty-fourth test web (tests/sixtyfourthweb.py: a provincial 外事办公室 portal and a city government portal
in GBK, about visits of foreign governors and mayors and what they signed) with the ingest flow into a temporary DuckDB
and check it against tests/data/sixtyfourthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs sixtyfourthweb`): events P 0.00 (tp 0, fp 1; the one gold event is optional),
agreements P 1.00 R 0.43 F1 0.60 (tp 3, fp 0, fn 4), no commitment (none in the gold), 0 duplicates, 0 wrong values;
macro F1 0.300 over the relations with gold or rows; 13 of 52 checks failed. Misses: A-SD-JZ-2024 ("哈特韦尔还与锦州市
签署了…": the governor was named "州长道格拉斯·哈特韦尔", a four-character given name the officials' pattern did not
take, and 南达科他州, a state no table knows, was no entity outside the title), A-ME-DD-2024 and A-ME-YK-2024
("卡斯韦尔先后与丹东市、营口市签署…": 先后 did not follow a name that stands for a place; a known governor's 纽森先后与…
failed alike), A-QQ-SA-2024 (the two mayors' letter of intent: 齐齐哈尔 is not found at all, see KNOWN_GAPS). False row:
the exchange meeting in Harbin the Toledo delegation "此前出席了" (no day, nothing reported of it). Right on the first
run: the memorandum "会见后，双方签署了《辽宁省与美国南达科他州…》" (the title's parties, 南达科他州 kept in Chinese), the
witnessed signings (在W和Y的共同见证下: the leaders are no parties), days as 24日上午 and 10日上午, and the negatives
(a courtesy call, 双方表示将…签署, 将在明年适时签署).
NOW: agreements P 1.00 R 0.86 F1 0.92 (tp 6, fp 0, fn 1), events fp 1; 3 checks left, in KNOWN_GAPS. After the merge:
the gazetteer reads 齐齐哈尔 as Qiqihar (尔 after a vowel spelled "r", as in Harbin) and two reports of one page are
never joined as one signing told in two languages (warehouse/crosslang.two_tellings): the letter of intent is found and
stays apart from the bureaus' memorandum, agreements 7 of 7; a gathering told with 此前 (previously) is recalled,
no event (the false row gone). No known gap left. Rules: "Round 19:
visits of foreign governors and mayors" in docs/chinese-round8.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from sixtyfourthweb import GOLD_PATH, SixtyfourthWeb  # noqa: E402
from gold_crawl import GoldCrawl, check_sources  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
HARNESS = GoldCrawl(SixtyfourthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost",
                                                                "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"lnfao", "qqhr"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
