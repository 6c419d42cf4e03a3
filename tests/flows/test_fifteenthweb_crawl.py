"""Crawl the fifteenth test web (tests/fifteenthweb.py: an English city-network news site and a Chinese portal about
real gatherings none of the other webs use, each reported as where something was signed, and pages whose press
conferences, webinars, assemblies, summits to come or past are no event) with the ingest flow into a temporary DuckDB
and check it against tests/data/fifteenthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. Checks the current extractor fails are
marked xfail (strict=True) in KNOWN_GAPS with the sentence and what came out (`pytest -rxX ...`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl  # noqa: E402
from fifteenthweb import GOLD_PATH, FifteenthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}  # none left

HARNESS = GoldCrawl(FifteenthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    stats = crawl.result["sources"]
    assert set(stats) == {"citynet", "lvse"}
    for name, st in stats.items():
        assert not st["failed"], (name, st["failed"])
    assert len(crawl.articles) == len(GOLD["articles"])


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
