"""Crawl the seventy-seventh test web (tests/seventyseventhweb.py: an English city council newsroom with day-first
dates and a Chinese city government portal, each page dating a signing or gathering in another format or relative to
the page's date) with the ingest flow into a temporary DuckDB and check it against
tests/data/seventyseventhweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs seventyseventhweb`): events P 1.00 R 1.00 F1 1.00 (tp 2, fp 0, fn 0), agreements
P 1.00 R 0.86 F1 0.92 (tp 6, fp 0, fn 1, 0 duplicates, 1 wrong value), no commitments; macro F1 0.962 over events and
agreements. Miss: A-MG-LWL-2026 ("日前，明光市与美国马萨诸塞州洛厄尔市签署了绿色建筑合作协议", a second signing on the
page). Wrong: A-GWY-PIA-2026 signed 2026-03-01 (month precision) for "on the 12th of March". 10 of 64 checks failed:
also E-ATLEDGE-2026 without day, city or country ("took place at the Galway Racecourse on 04.06.2026"), A-GWY-LWL-2026
without day (signed at that forum), E-CZNA-2026 without day ("上周五，…交流会在滁州举行" on a page of Wednesday May 20),
and the three galwaycc pages kept the "Published:" line. The traps (update stamp, deadlines) gave no day; "Last Friday"
(A-GWY-MLI-2026), 本月12日 and 二〇二六年十月十二日 were read right.
NOW: events P 1.00 R 1.00 (2 tp, every field right), agreements P 1.00 R 0.86 F1 0.92 (6 tp, 0 duplicates, 0 wrong
values), macro F1 0.962; 61 of 64 checks passed, the 3 left were A-MG-LWL-2026 (明光 was in no name table; 日前
rightly gives no day), closed since by the county-level cities' names from cpca's list (pactwatch.zh_city_names): all 64
checks pass. Fixed by class: figure-only dates (dates_numeric), "the 12th of March", a Chinese
gathering sentence opening with a weekday (dates_relative), a city-named venue (venues.venue_city_en), a "Published:" stamp
line (scrapers/published_lines.py); on the way, lunar dates and a named month's 月初 are no longer read. Rules:
docs/date-formats.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from seventyseventhweb import GOLD_PATH, SeventySeventhWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(SeventySeventhWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"galwaycc", "czgov"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
