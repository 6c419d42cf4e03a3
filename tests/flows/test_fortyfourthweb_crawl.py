"""Crawl the forty-fourth test web (tests/fortyfourthweb.py: a wire-style English news site and a provincial English
portal in the style of Chinese state media, about Gansu and Nebraska's memorandum, the 3rd China-US Grassland Carbon
Forum in Xining and the signings during it, Shaanxi and Missouri's sister-province agreement, Yanchang Petroleum's
memorandum with the University of Kansas, and Shanxi's, Jinneng's and Yanchang's carbon targets) with the ingest flow
into a temporary DuckDB and check it against tests/data/fortyfourthweb/gold.json, one test case per gold item (see
tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN: see below (filled in after the
first `bench/ownwebs.py --webs fortyfourthweb`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from fortyfourthweb import GOLD_PATH, FortyfourthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(FortyfourthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"huaxin", "sxportal"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
