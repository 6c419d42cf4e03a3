"""Crawl the thirty-seventh test web (tests/thirtyseventhweb.py: a long-form magazine and a regional newspaper with
feature-length stories about agreements) with the ingest flow into a temporary DuckDB and check it against
tests/data/thirtyseventhweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them.
FIRST RUN (the held-out estimate, before any fix; `bench/ownwebs.py --webs thirtyseventhweb`): (filled in below).
Checks the current extractor fails are marked xfail (strict=True) in KNOWN_GAPS (`pytest -rxX ...`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from thirtyseventhweb import GOLD_PATH, ThirtySeventhWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(ThirtySeventhWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"longview", "courier"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
