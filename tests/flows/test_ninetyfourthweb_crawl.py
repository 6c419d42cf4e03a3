"""Crawl the ninety-fourth test web (tests/ninetyfourthweb.py: an NGO's English analysis blog, a think tank's Chinese
WeChat-style site and an energy alliance's English newsroom, full of modelled, recommended, estimated and past
figures that are no pledges) with the ingest flow into a temporary DuckDB and check it against
tests/data/ninetyfourthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs ninetyfourthweb`): events P 0.67 R 1.00 F1 0.80 (tp 2, fp 1, 1 duplicate),
agreements P 1.00 R 0.50 F1 0.67 (tp 1, fn 1), commitments P 1.00 R 1.00 (tp 3): macro F1 over the relations present
0.822, wrong values 0. Not one row on the seven pages of scenarios, recommendations, findings and past figures
(pb01-pb03, qz01-qz03, ga04), nor from the hedged, modelled or finance figures beside the records. Miss: "The
Rockefeller Foundation, the IKEA Foundation and the Bezos Earth Fund on 2 November 2021 launched the Global Energy
Alliance for People and Planet at ..." read nothing (A-GEAPP-LAUNCH-2021: the Alliance word inside the longer name
"... for People and Planet" was taken for a word of a body's name, not the partnership launched). False row (the
duplicate): "the World Leaders Summit of COP26" (ga01) and "told the World Leaders Summit at COP26" (ga03) made a
"World Leaders Summit" event beside COP26.
NOW: events, agreements and commitments P 1.00 R 1.00 (tp 2, 2, 3; macro F1 1.000), no duplicate, no wrong value,
no known gap. Rules: scrapers/extract/event_segments_en.py (a conference's segment named with the conference is the
conference) and scrapers/extract/launched_bodies_en.py (a body launched under a name going on past its head word is
the partnership), shown on texts of our own in tests/scrapers/extract/test_event_segments_en.py and
test_launched_bodies_en.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from ninetyfourthweb import GOLD_PATH, NinetyFourthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(NinetyFourthWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"pathblog", "qdzk", "geapp"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
