"""Crawl the forty-fourth test web (tests/fortyfourthweb.py: a wire-style English news site and a provincial English
portal in the style of Chinese state media, about Gansu and Nebraska's memorandum, the 3rd China-US Grassland Carbon
Forum in Xining and the signings during it, Shaanxi and Missouri's sister-province agreement, Yanchang Petroleum's
memorandum with the University of Kansas, and Shanxi's, Jinneng's and Yanchang's carbon targets) with the ingest flow
into a temporary DuckDB and check it against tests/data/fortyfourthweb/gold.json, one test case per gold item (see
tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs fortyfourthweb`): events P 1.00 R 1.00 F1 1.00 (tp 1), agreements P 1.00 R 1.00 F1
1.00 (tp 5), commitments P 0.57 R 0.44 F1 0.50 (tp 4, fp 3, fn 5, 0 duplicates), macro F1 0.833, wrong values 0.
Misses: Shanxi's four targets (C-SHANXI-*: "North China's Shanxi Province will strive to peak ..." read "North" as a
region and dropped the province; "the share of non-fossil energy ... will reach 12 percent" and "emissions per unit
of GDP will drop by 16 percent from the 2020 level" were no pledge forms), C-YC-CUT-2030. False rows: "Co., Ltd." as
an actor three times ("Shaanxi Yanchang Petroleum (Group) Co., Ltd." split at "(Group)"). The scorer does not check
an agreement's day and place; the crawl test does: the signings "During the forum" and "also signed" (hx02) had no
day (nor the second a city), and Yanchang's memorandum "on carbon capture, utilization and storage (CCUS) with the
University of Kansas" was read from "Under the agreement" with no day, place or type. 19 of 88 checks failed then.
NOW: every relation P 1.00 R 1.00 (macro F1 1.000), all 88 checks pass, no known gap. Rules: "Round 14: Chinese state
media in English" in docs/english-unseen-grammar.md (scrapers/extract/state_media_en.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from fortyfourthweb import GOLD_PATH, FortyfourthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(FortyfourthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"huaxin", "sxportal"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
