"""Crawl the forty-seventh test web (tests/fortyseventhweb.py: a city network's newsroom and an NGO blog, about network
declarations and city programmes: a city becoming the Nth to sign a declaration, a declaration endorsed by 14 cities of
which three are named, "signatories commit to ...", a renewed commitment, an NGO's MOU with a Chinese municipal bureau)
with the ingest flow into a temporary DuckDB and check it against tests/data/fortyseventhweb/gold.json, one test case
per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs fortyseventhweb`): events P 0.00 R 0.00 F1 0.00 (tp 0, fn 1), agreements P 0.50
R 0.25 F1 0.33 (tp 1, fp 1, fn 3), commitments P 1.00 R 0.09 F1 0.17 (tp 1, fp 0, fn 10), macro F1 0.167, 0 duplicates,
0 wrong values. Only the NGO's MOU with the Foshan bureau and Foshan's peak were found. Misses: Helsinki's signing
(its second party read as "Clean Construction Declaration of the Carbon Neutral Cities Alliance": the false row), the
declaration "endorsed on Tuesday by 14 cities including Lyon, Nantes and Seville" (a passive endorsement: nothing), the
alliance's annual meeting ("the ... Alliance's annual meeting in Turku" + "The annual meeting runs from 17 to 19
June"), Nantes joining the 100% Renewable Cities programme, every "committing to ..." after a signing, "pledged to use
only zero-emission machinery ... from 2025", "Signatories commit to halve ..." (one per named signatory) and "renewed
its commitment to source 100 percent of its electricity from renewable energy by 2030".
NOW: events, agreements and commitments P 1.00 R 1.00 (1, 4 and 11 tp, 0 fp, 0 duplicates, 0 wrong values by the
scorer), macro F1 1.000; one field check left (KNOWN_GAPS: the charter signing's place, told in the next sentence);
the meeting's days, told by an anaphor in the next sentence ("The annual meeting runs from 17 to 19 June"), are read
by scrapers/extract/anaphor_days.py. Rules: scrapers/extract/network_declarations.py,
"Round 15: network declarations" in docs/english-unseen-grammar.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from fortyseventhweb import GOLD_PATH, FortyseventhWeb  # noqa: E402
from gold_crawl import GoldCrawl, check_sources  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_CHARTER_PLACE = ("the place of a programme's charter signing is told in the next sentence (\"Mayor Claire Morvan signed the "
                  "programme's charter at a ceremony in Nantes.\"): the agreement of Nantes and the Climate Alliance is "
                  "found with its day but no city")
KNOWN_GAPS: dict[str, str] = {"agreements:A-NANTES-100RC-2024:fields": _CHARTER_PLACE}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
HARNESS = GoldCrawl(FortyseventhWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost",
                                                               "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"cnca", "ecoblog"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
