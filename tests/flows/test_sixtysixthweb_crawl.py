"""Crawl the sixty-sixth test web (tests/sixtysixthweb.py: an English city newsroom and a Chinese provincial portal,
pledges whose figures are written in words, fractions and Chinese numerals) with the ingest flow into a temporary
DuckDB and check it against tests/data/sixtysixthweb/gold.json, one test case per gold item (see
tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs sixtysixthweb`): commitments P 1.00 R 0.08 F1 0.15 (tp 1, fp 0, fn 11, 0 duplicates,
0 wrong values); no events or agreements in gold or rows; macro F1 0.154 over the relations with gold (the scorer's
0.051 counts the two empty ones); articles 6/6, text checks all clean. Only Kalamazoo's "by half from 2010 levels by
2030" was read (the halving rule of pledges_en.py); every figure in words ("forty percent", "eighty to ninety
percent"), fraction ("a quarter of its power", "two-thirds below"), named decade's end, Chinese numeral year
("二〇三〇年前达峰"), 百分之, 一半, 三成 and full-width figure ("２０３０年", "６５％") was missed. No trap was read as a
pledge.

After the fix (docs/number-words.md: scrapers/extract/number_words.py, one hook in commitments.find_commitments):
commitments P 1.00 R 1.00 F1 1.00 (12 of 12, 0 wrong values, 0 false rows). One gold change, a real error of
the gold: Providence's "two-thirds below 2005 levels" was written as the exact 66.666...; the project reads a fraction
in words to two decimals (number_words: "by two-thirds" is 66.67, asserted by test_unseen_grammar_en4), so
the gold now says 66.67 (that record was missed on the first run: the first-run figures are unchanged).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from sixtysixthweb import GOLD_PATH, SixtySixthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(SixtySixthWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"cityhall", "shengfu"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
