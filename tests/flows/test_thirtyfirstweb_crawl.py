"""Crawl the thirty-first test web (tests/thirtyfirstweb.py: a transit trade magazine and a city government's English
press page, about transit agencies, bus and battery makers, building-efficiency bodies, a city transportation bureau,
an airport group and a city aviation department) with the ingest flow into a temporary DuckDB and check it against
tests/data/thirtyfirstweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them and has not been changed since.
FIRST RUN: see below (filled in from `bench/ownwebs.py --webs thirtyfirstweb`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from thirtyfirstweb import GOLD_PATH, ThirtyFirstWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(ThirtyFirstWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"transitledger", "changsha"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
