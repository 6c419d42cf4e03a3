"""Crawl the eighteenth test web (tests/eighteenthweb.py: an English energy-news site, an English wire and a Chinese
SOE/ministry portal, about China's energy cooperation with the Global South and international bodies) with the ingest
flow into a temporary DuckDB and check it against tests/data/eighteenthweb/gold.json, one test case per gold item (see
tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs eighteenthweb`): events P 0.50 R 1.00 F1 0.67 (tp 2, fp 2, 1 duplicate: 中国—中亚峰会
apart from the China-Central Asia Summit, and a row named "Conference" read from 国际可再生能源署第十四届大会期间),
agreements P 0.83 R 1.00 F1 0.91 (fp 1: the enx02 headline "UN Environment and China's ecology ministry sign
memorandum in Nairobi" as a second, undated row), commitments P 1.00 R 0.75 F1 0.86 (miss C-CL-NEUTRAL-2050: "Chile
has committed to achieving carbon neutrality by 2050 and plans to ..."), macro F1 0.811, wrong values 0. Record
checks failing then: both events' city (and the assembly's country) and Chinese evidence, the NEA-IRENA
memorandum's event_name "Conference", the Uzbek renewable share's English evidence (enx01), Chile's neutrality.
Then: events 1.00, agreements 1.00, commitments P 1.00 R 0.75 F1 0.86 (macro 0.952), the English commitments left
as gaps. NOW: macro F1 1.000 (bench/ownwebs.py --webs eighteenthweb): a share raised to a figure by a year, and a
one-word country name (Chile) read in English. Checks the current extractor fails are marked xfail (strict=True) in
KNOWN_GAPS with the sentence and what came out (`pytest -rxX ...`); none are left.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from eighteenthweb import GOLD_PATH, EighteenthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(EighteenthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"enx", "wire", "soe"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
