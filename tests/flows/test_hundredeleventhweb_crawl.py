"""Crawl the hundred-eleventh test web (tests/hundredeleventhweb.py: the Lower Saxony State Chancellery's English press
releases, 广州市人民政府外事办公室's TRS-style portal and Ulsan Metropolitan City's English news, about climate
partnerships of Chinese provinces and cities with regions of Europe, Korea, Japan and Latin America) with the ingest
flow into a temporary DuckDB and check it against tests/data/hundredeleventhweb/gold.json, one test case per gold item
(see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN: (to be filled in).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from hundredeleventhweb import GOLD_PATH, HundredEleventhWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(HundredEleventhWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"nds", "gzfao", "ulsan"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
