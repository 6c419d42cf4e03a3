"""Crawl the eightieth test web (tests/eightiethweb.py: an international city network's newsroom, a Hong Kong news
site in Traditional Chinese and a UN-style press-release set, about the results of climate summits) with the ingest
flow into a temporary DuckDB and check it against tests/data/eightiethweb/gold.json, one test case per gold item (see
tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN: (to be filled in).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl  # noqa: E402
from eightiethweb import GOLD_PATH, EightiethWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(EightiethWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    """The three sources crawled without a failure, the newsroom through both its listing pages; the sitemap's about
    page (one line of text) is stored as a page with no record, beside the gold's articles."""
    stats = crawl.result["sources"]
    assert set(stats) == {"metroalliance", "hkgreen", "unpress"}
    assert not [st["failed"] for st in stats.values() if st["failed"]]
    assert stats["metroalliance"]["listing_pages"] == 2
    stored = {a["url"].split("/", 3)[3] for a in crawl.articles}
    assert len(crawl.articles) == len(GOLD["articles"]) + 1 and "en/about/" in stored, sorted(stored)


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
