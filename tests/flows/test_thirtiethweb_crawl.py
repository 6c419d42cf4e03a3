"""Crawl the thirtieth test web (tests/thirtiethweb.py: a regional English newspaper found through a sitemap index,
a Simplified Chinese provincial portal paged by ?page=2 and an English live / bilingual site found through an RSS
feed, each with chrome kinds no other web has) with the ingest flow into a temporary DuckDB and check it against
tests/data/thirtiethweb/gold.json, one test case per gold item (see tests/gold_crawl.py). What this web is for: the
article checks (fingerprint, first-publication date, must_contain / must_not_contain of chrome that reads like news).

The gold was written from the texts before the pipeline was run on them. FIRST RUN: see below.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from thirtiethweb import GOLD_PATH, ThirtiethWeb  # noqa: E402

# Checks the current pipeline fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(ThirtiethWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"gazette", "minnan", "ridge"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
