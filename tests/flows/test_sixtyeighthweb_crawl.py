"""Crawl the sixty-eighth test web (tests/sixtyeighthweb.py: an English local newspaper with update stamps and
corrections and a Chinese city government portal of notices signed off with dates in Chinese numerals) with the ingest
flow into a temporary DuckDB and check it against tests/data/sixtyeighthweb/gold.json, one test case per gold item (see
tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs sixtyeighthweb`): events P 1.00 R 0.50 F1 0.67 (tp 1, fp 0, fn 1, 0 duplicates,
1 wrong value); agreements P 1.00 R 1.00 F1 1.00; commitments P 1.00 R 1.00 F1 1.00; macro F1 0.889; articles 6/6
(every page's published date right, no update stamp or 落款 taken; text checks kept clean). Failures: the Bonneville
Clean Air Forum started on the corrected wrong day (2025-04-14: "opened ... on Monday, April 14, and ran through
Wednesday, April 16" beside "Correction: ... opened on Tuesday, April 15, not Monday, April 14") and had no end day;
gv01's notice ("定于5月20日至21日在黄山市屯溪区举办2025年新安江生态保护论坛") gave no event.

One gold change after the first run (a real error): that notice's forum is now optional. The notice announces it
three weeks ahead; RECORDS.md's events are gatherings "whose results are reported", and the extractor drops an event
that opens after its page on purpose. (The first-run figures above are against the gold as first written.)

After the fixes (docs/corrections-and-dates.md: scrapers/extract/corrections.py, "and ran through <day>" in
open_close_days): events, agreements and commitments each P 1.00 R 1.00 F1 1.00 (0 duplicates, 0 wrong values),
macro F1 1.000. Not scored by this web, also fixed: a notice page with no date line of its own is dated by its 落款
(scrapers/pagemeta_signoff.py), not by a day its body cites.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from sixtyeighthweb import GOLD_PATH, SixtyEighthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(SixtyEighthWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"timptribune", "xinangov"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
