"""Crawl the test 'sixteenth web' (tests/sixteenthweb.py: a China Daily-style English paper and a company newsroom of
wire releases, on real agreements of companies with Chinese governments) with the ingest flow into a temporary DuckDB
and check it against tests/data/sixteenthweb/gold.json, one test case per gold record (checks as in
tests/gold_crawl.py).

The gold was written before the extractor was run on these pages. Checks the current extractor fails are marked
xfail (strict=True) in KNOWN_GAPS with the sentence and what came out (`pytest -rxX tests/flows/test_sixteenthweb_crawl.py`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from sixteenthweb import GOLD_PATH, SixteenthWeb  # noqa: E402
from gold_crawl import GoldCrawl, check_sources  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> the sentence, what came out, what was expected.
# First run (gold written before): 4 of 36 checks failed (the AP1000 contracts read as no agreement: found, fields,
# evidence; First Solar's release read as no agreement: evidence). Fixed by class since (docs/english-unseen-grammar.md,
# sixth round); the last two (First Solar's memorandum kept as two rows: "First Solar, Inc." + China and "First Solar
# Inc" + Ordos) by resolution (warehouse/party_names.py).
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(SixteenthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"},
                    no_event_commitments=True)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"daily", "newsroom"})


test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
