"""Crawl the seventh test web (tests/seventhweb.py: a Taipei city news page in Big5 with 民國 dates, Hong Kong press
releases in Traditional Chinese, 新华社 wire copy) with the ingest flow into a temporary DuckDB and check it against
tests/data/seventhweb/gold.json, one test case per gold item (see tests/gold_crawl.py for the checks).

The gold was written from the texts before the extractor was run on them. Checks the current extractor fails are
marked xfail (strict=True) in KNOWN_GAPS with the sentence and what came out (`pytest -rxX ...`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from seventhweb import GOLD_PATH, SeventhWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {
}

HARNESS = GoldCrawl(SeventhWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"taipei", "hkgov", "xinhua"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
