"""Crawl the thirty-ninth test web (tests/thirtyninthweb.py: a provincial government newsroom and a university and
laboratory news site, with agreements of provinces, states, laboratories and academies, and joinings) with the ingest
flow into a temporary DuckDB and check it against tests/data/thirtyninthweb/gold.json, one test case per gold item
(see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them.
FIRST RUN (the held-out estimate, before any fix; `bench/ownwebs.py --webs thirtyninthweb`): no events and no
commitments in gold or rows; agreements P 1.00 R 0.43 F1 0.60 (tp 3, fp 0, fn 4, no wrong value), macro F1 over the
relations present 0.600 (the scorer's own macro, counting the two empty relations as 0: 0.200); every article check
passed (breadcrumbs, "Media contacts", the tag cloud and "More stories" kept out). Missed: Manitoba and Sichuan ("with
the Sichuan Provincial People's Government": the province's government was not read), Manitoba and Heilongjiang's
renewal (dated "last Tuesday" on a Friday page), Manitoba's accession to the Powering Past Coal Alliance's declaration
("acceded to the declaration of the ... Alliance"), Queensland and Shaanxi ("The two sides agreed to cooperate on ..."
after "attended a signing ceremony in Xi'an on Monday").
NOW (after the fixes by class, tests/scrapers/extract/test_provinces_labs_joinings_en.py; docs/english-unseen-grammar.md
"Round 13: provinces, labs and joinings"): agreements P 1.00 R 0.86 F1 0.92 (tp 6, fp 0, fn 1): the renewal dated
"last Tuesday" on a Friday is left (KNOWN_GAPS). The gold is unchanged since the first run.
Checks the current extractor fails are marked xfail (strict=True) in KNOWN_GAPS (`pytest -rxX ...`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from thirtyninthweb import GOLD_PATH, ThirtyNinthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_LAST_TUESDAY = ("'The memorandum was renewed last Tuesday in Harbin' on a Friday page: the day is read as None (days_en reads "
                 "'last <weekday>' only where it is unambiguous: a Friday's 'last Tuesday' may be three or ten days "
                 "back), so the renewal row has no day and the gold's 16 or 9 September is not met")
KNOWN_GAPS: dict[str, str] = {f"agreements:A-MB-HLJ-2025:{check}": _LAST_TUESDAY for check in ("found", "fields",
                                                                                               "evidence")}

HARNESS = GoldCrawl(ThirtyNinthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"mbnews", "labnews"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
