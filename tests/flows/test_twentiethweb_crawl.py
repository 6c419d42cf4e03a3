"""Crawl the twentieth test web (tests/twentiethweb.py: a summit's newsroom, a newspaper with wire datelines and a
think-tank blog, about summits where pledges were made and the pledges of countries, cities, utilities and banks)
with the ingest flow into a temporary DuckDB and check it against tests/data/twentiethweb/gold.json, one test case per
gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them; one error in it was fixed before scoring
(the fingerprints of tti03 and tti04 were phrases of their titles, not of their bodies, so neither article matched).
FIRST RUN (the held-out estimate, before any fix; `bench/ownwebs.py --webs twentiethweb`): events P 0.50 R 0.40 F1
0.44 (tp 2, fp 2, fn 3, 1 duplicate, 1 wrong value), agreements 1.00, commitments P 0.83 R 0.67 F1 0.74 (tp 10, fp 2,
fn 5), macro F1 0.728; 31 of 128 checks failed. Events: "March for the One Planet Summit" (Nairobi, no city) and
"Paris on Tuesday for the One Planet Summit" (a duplicate of Paris) read with the words before "for the"; the
Petersberg Climate Dialogue started on 14 May (the day of the news, not "which opened ... on Monday"; "13 and 14 May"
unread); the Ministerial on Climate Action (a head word first) and SB50 missed. Commitments: New Zealand's net zero
given to the Carbon Neutrality Coalition of its apposition (false row) and missed in "her country would"; Germany's
31 percent cut "by 2018" read as a pledge (false row); missed: Indonesia below business as usual, Ørsted and HSBC (a
company by trade and brand, an acronym), Lisbon's cap per resident; Lisbon's base year "compared with 2002" unread.
The Kenya-AfDB memorandum's event was the "March for ..." row and its day unread.
NOW (after the fixes by class, tests/scrapers/extract/test_commitments_round9.py and test_summit_events.py): events,
agreements and commitments 1.00, macro F1 1.000 (SB50 read as a session named by code); the memorandum's day is left. Checks the current extractor fails are
marked xfail (strict=True) in KNOWN_GAPS with the sentence and what came out (`pytest -rxX ...`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from twentiethweb import GOLD_PATH, TwentiethWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
# (ops02's "On the sidelines, ..." signing is dated by the summit day the sentence before gives since a bare "on the
# sidelines" reads as the gathering just reported: agreements.EVENT_ANAPHORA)
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(TwentiethWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"ops", "mdl", "tti"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
