"""Crawl the fiftieth test web (tests/fiftiethweb.py: a state energy office newsroom and a regional newspaper, about
US, European and Latin-American city and state pledges told in commitment grammars the rules had not met) with the
ingest flow into a temporary DuckDB and check it against tests/data/fiftiethweb/gold.json, one test case per gold
item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs fiftiethweb`): commitments P 0.79 R 0.69 F1 0.73 (tp 11, fp 3, fn 5, 0 duplicates,
0 wrong values), macro F1 0.733 over the relations present (no events or agreements in gold or rows); the photo
credit "Courier staff photo" kept in the text of all three newspaper pages. Misses: C-ANNAPOLIS-NZ-2040 ("Annapolis
will reach net-zero emissions by 2040 and Frederick by 2045": the gapped second clause took the pledge),
C-BALTIMORE-50-2030 ("will slash its emissions in half by 2030 compared with 2019"), C-AACO-CN-2045 ("Anne Arundel
County's executive said the county aims to be carbon neutral by 2045"), C-ASHEVILLE-CF-2040 ("\"We will be
carbon-free by 2040,\" Mayor Carla Benton said"), C-BILBAO-PEAK-2028 ("and Bilbao pledged that its emissions will
peak before 2028"). False rows: Frederick 40% by 2030 ("State analysts said Hagerstown could cut its emissions 40%
... but the city has made no commitment"), Brazil 53% by 2030 ("Brazil's national pledge ... was cited by Curitiba
officials as a reason to act early"), Bilbao per-capita 2 t by 2030 (Ghent's figure given to both).
The caption's credit element ("Courier staff photo") is cut now (scrapers/caption_credits.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from fiftiethweb import GOLD_PATH, FiftiethWeb  # noqa: E402
from gold_crawl import GoldCrawl, check_sources  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {
    "commitments:C-ANNAPOLIS-NZ-2040:*":
        "\"Annapolis will reach net-zero emissions by 2040 and Frederick by 2045\": the gapped grammar is read (with "
        "two known cities both get their years), but Annapolis is below the English size floor and the page names it by "
        "no shape that says it is a city (town_shapes_en: 'Annapolis, Md.', 'the City of Annapolis' ...), so the "
        "sentence gives Frederick's only",
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
HARNESS = GoldCrawl(FiftiethWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost",
                                                             "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"mea", "courier"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
