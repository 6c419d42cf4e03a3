"""Crawl the twenty-second test web (tests/twentysecondweb.py: an English wire, a Simplified Chinese portal and a
Traditional Chinese Hong Kong site telling the same signings and pledges two or three times, beside traps that must
stay apart) with the ingest flow into a temporary DuckDB and check it against tests/data/twentysecondweb/gold.json,
one test case per gold item (see tests/gold_crawl.py; `no_duplicate` is what this web is for).

The gold was written from the texts before the extractor was run on them. FIRST RUN: see below (filled in from
`bench/ownwebs.py --webs twentysecondweb`). Checks the current pipeline fails are marked xfail (strict=True) in
KNOWN_GAPS with the sentence and what came out (`pytest -rxX ...`).
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
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(TwentySecondWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"wire", "portal", "hk"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
