"""Crawl the fifty-eighth test web (tests/fiftyeighthweb.py: a city-network news blog and a university research-lab
newsroom, about agreement clauses told with coordination, passives and nominalisations) with the ingest flow into a
temporary DuckDB and check it against tests/data/fiftyeighthweb/gold.json, one test case per gold item (see
tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs fiftyeighthweb`): agreements P 1.00 R 0.53 F1 0.70 (tp 8, fp 0, fn 7), no events or
commitments in rows (the two optional gatherings were not made; macro F1 over present relations 0.696, the scorer's
macro over all three 0.232), 0 duplicates, 0 wrong values; 22 of 88 checks failed. Found: both "respectively" MOUs,
"An MOU was signed between", "A memorandum of understanding between A and B was signed on", "the signing of a
cooperation agreement between", the first of "signed three agreements: with A ..., with B ..., and with C ...", the
three-party joint statement ("put their signatures to"). Misses: "El Paso and Lexington each signed ... with Yichang"
made ONE row of three parties (El Paso, Lexington, Yichang; no city), the second and third of Clemson's three
agreements, "the signature of the accord by Tulane University and Dalian University of Technology", "Tulane's
agreement with Harbin Institute of Technology, signed Tuesday", "The pact, inked by Oregon State University and
Lanzhou University", "Arizona State University renewed its partnership with Chongqing University". No negative (hopes
to sign, talks on an MOU, expected to be signed, the 2015 signing in a relative clause, a letter urging) made a row.
NOW: agreements P 1.00 R 0.93 F1 0.97 (tp 14, fp 0, fn 1; macro over present relations 0.966), 0 duplicates, 0 wrong
values; 85 of 88 checks pass, 3 strict xfails (KNOWN_GAPS: the renewed partnership). The optional 2015 MOU and the two
optional gatherings are not made. Rules: "Round 17b: coordination and nominalised signings" in
docs/english-unseen-grammar.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from fiftyeighthweb import GOLD_PATH, FiftyeighthWeb  # noqa: E402
from gold_crawl import GoldCrawl, check_sources  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_RENEWED = ("\"Arizona State University renewed its partnership with Chongqing University at the same meeting.\": a "
            "partnership renewed with no instrument named stays no signing (tests/scrapers/extract/"
            "test_long_narrative_en.py: \"renewed their partnership during a campus visit\" is none; precision first), "
            "so the gold's partnership is missed")
KNOWN_GAPS: dict[str, str] = {f"agreements:A-ASU-CQU-PARTNER-2024:{check}": _RENEWED
                              for check in ("found", "fields", "evidence")}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
HARNESS = GoldCrawl(FiftyeighthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost",
                                                                "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"tcnet", "rilab"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
