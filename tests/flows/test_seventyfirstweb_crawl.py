"""Crawl the seventy-first test web (tests/seventyfirstweb.py: a city network's results page and a Chinese provincial
发展和改革委员会 portal, each page printing its cities' targets as a table or a list) with the ingest flow into a
temporary DuckDB and check it against tests/data/seventyfirstweb/gold.json, one test case per gold item (see
tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs seventyfirstweb`): commitments P 0.71 R 0.28 F1 0.40 (tp 5, fp 2, fn 13, 0
duplicates, 0 wrong values), no events or agreements (none in gold, none stored); macro F1 0.400 over the relations
with gold or rows. The lists of cp02 (Moncton, Fredericton, Gatineau) and gs02 (定西 peak, 平凉 neutrality) were read;
no table row was: cp01's rows gave Saskatoon and Kelowna pledges with the BASE year as their target year (2014, 2007:
two false rows), and no row of gs01, gs03 or cp03 gave a pledge; 天水's "下降25%—30%" list item was missed.
NOW: commitments P 1.00 R 1.00 F1 1.00 (tp 18, fp 0, fn 0, 0 duplicates, 0 wrong values), macro F1 1.000; every
text check passes, no known gap. Rules (docs/pledge-tables.md): a table whose header names who, by when and what
reads row by row as each row's pledge, a result row or "—" cell giving nothing (scrapers/extract/pledge_tables.py);
Chinese items under "各市承诺如下：" are their places' pledges; "25%—30%" is a range (figures_zh); a table with a merged
cell is written back whole, one line per row, before extraction (scrapers/spanned_rows.py: trafilatura had written
cp03's and gs03's rows cell by cell and dropped their repeated figures).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from seventyfirstweb import GOLD_PATH, SeventyFirstWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(SeventyFirstWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"cpnet", "gsdrc"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
