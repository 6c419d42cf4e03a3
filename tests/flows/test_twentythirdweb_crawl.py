"""Crawl the twenty-third test web (tests/twentythirdweb.py: a business daily and a government press information
bureau, about Indian states, their utilities and transport corporations, a Chinese province and Chinese firms) with
the ingest flow into a temporary DuckDB and check it against tests/data/twentythirdweb/gold.json, one test case per
gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them and has not been changed since.
FIRST RUN (the held-out estimate, before any fix; `bench/ownwebs.py --webs twentythirdweb`): events P 0.00 R 0.00
(fn 1), agreements P 0.50 R 0.33 F1 0.40 (tp 2, fp 2, fn 4), commitments P 0.00 R 0.00 (fn 7), macro F1 0.133.
Misses: Invest Karnataka 2022 ("the Global Investors Meet": "Meet" heads no name); Gujarat-GUVNL-TBEA (read twice
with wrong sides: "China's TBEA Co." kept the country, "TBEA Co., Ltd. of China" made China a party and "Gujarat Urja
Vikas Nigam Limited and TBEA Co., Ltd." one name, "Limited" heading no company); NTPC-Rajasthan (the Indian states
unknown as places: "the Rajasthan government", "the Government of Rajasthan"); the three agreements of one sentence
("The agreements signed today included: a memorandum ... between A and B ...; an agreement between C and D ...; and
...") read as one five-party agreement; every commitment (Indian states unknown; "is committed to achieving 30 GW",
"has set a target of 30 gigawatts", "The state has ...", "NTPC has committed ..." after "NTPC Limited", Qinghai's
pledge in ", which has pledged", and both electric bus fleets). No wrong values; the negatives (talks, plans to sign,
a trade deal, past results, chrome) gave no rows.
NOW (after the fixes by class, tests/scrapers/extract/test_unseen_grammar_en8.py): events 1.00, agreements P 0.75
R 1.00 (2 duplicates), commitments 1.00, macro F1 0.952. The duplicates are the two agreements both sites tell, whose
sides the two sites name with different legal forms ("NTPC Ltd" / "NTPC Limited", "TBEA Co." / "TBEA Co., Ltd."):
resolution (warehouse/party_names.name_key) compared "Ltd" and "Limited" as two names. Since the lead's round it
compares a form spelled out and shortened as one, and "Co., Ltd." as "Co.": 1.000, no check left failing
(KNOWN_GAPS would list them, strict xfail, with the sentence and what came out).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from twentythirdweb import GOLD_PATH, TwentyThirdWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(TwentyThirdWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"bsd", "pib"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
