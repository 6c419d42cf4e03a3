"""Crawl the forty-ninth test web (tests/fortyninthweb.py: a Macao government press-release portal printing each
release in English above its traditional-Chinese copy, and a university news site with 中文摘要 boxes, names glossed in
brackets and a Chinese headline) with the ingest flow into a temporary DuckDB and check it against
tests/data/fortyninthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs fortyninthweb`): events P 0.00 R 0.00 F1 0.00 (tp 0, fp 1: the optional forum of
mo02 named from the Chinese copy, 澳门国际环保合作发展论坛, which no alias matched), agreements P 0.50 R 0.25 F1 0.33
(tp 1, fp 1, fn 3), commitments P 0.50 R 0.50 F1 0.50 (tp 1, fp 1, fn 1), macro F1 0.278, 0 duplicates, 0 wrong
values; 18 of 52 checks failed. The three Macao releases were stored as Chinese (their traditional-Chinese copy under
the English text tipped the language vote) and their records were read from both copies. The Macao pledge's
miss and false row were the gold's error: its actor lacked the official name "Government of the Macao Special
Administrative Region" (added after the first run; the only gold change). Misses: A-DSPA-ZHUHAI-2024 (the bureau
read as its government: the false row), A-DSPA-DNREC-2024 (a bureau named by its bare title and acronym: no party),
A-MINES-TYUT-2024 (Colorado School of Mines unknown). No pledge or agreement was told twice.
NOW: the second-language copy is dropped (scrapers/bilingual.py): every article stored in English, no event row;
agreements P 0.50 R 0.25 (tp 1, fp 1), commitments P 1.00 R 1.00 (tp 2); 10 checks left, all KNOWN_GAPS (party
names in scrapers/extract/, not this round's files). Rules: "Unseen templates, round 5: bilingual pages" in
docs/page-reading.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from fortyninthweb import GOLD_PATH, FortyninthWeb  # noqa: E402
from gold_crawl import GoldCrawl, check_sources  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
# (The Macao bureau named by its bare title and acronym, with its government after it or alone, is read since
# scrapers/extract/agency_owners_en.py and story_context.local_acronyms.)
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
HARNESS = GoldCrawl(FortyninthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost",
                                                               "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"mogov", "unews"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
