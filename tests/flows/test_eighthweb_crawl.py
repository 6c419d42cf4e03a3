"""Crawl the test 'eighth web' (tests/eighthweb.py: two English sites written apart from the other webs, about real
subnational cooperation of U.S. states and European regions with Chinese provinces) with the ingest flow into a
temporary DuckDB and check it against tests/data/eighthweb/gold.json, one test case per gold record (checks as in
tests/gold_crawl.py).

The gold was written before the extractor was run on these pages. Checks the current extractor fails are marked
xfail (strict=True) in KNOWN_GAPS with the sentence and what came out (`pytest -rxX tests/flows/test_eighthweb_crawl.py`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from eighthweb import GOLD_PATH, EighthWeb  # noqa: E402
from gold_crawl import GoldCrawl, check_sources  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> the sentence, what came out, what was expected.
KNOWN_GAPS: dict[str, str] = {}  # none left; add "<relation>:<key>:<check>": "<sentence> -> <what came out>"

HARNESS = GoldCrawl(EighthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"},
                    no_event_commitments=True)
crawl = HARNESS.fixture()


def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"govpress", "region"})


test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
