"""Crawl the forty-second test web (tests/fortysecondweb.py: a WordPress city paper, a regional news site read through
a feed with relative links, a Chinese city portal in GBK; page reading on templates no other web uses) with the ingest
flow into a temporary DuckDB and check it against tests/data/fortysecondweb/gold.json, one test case per gold item
(see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs fortysecondweb`): events none (no gold, no row), agreements P 1.00 R 1.00 F1 1.00 (tp 4), commitments P 1.00
R 0.88 F1 0.93 (tp 7, fp 0, fn 1), macro F1 0.967 over the two relations with gold, wrong values 0; text checks: 8
failed (the inbox signup box "Get the Morning Ledger in your inbox" kept on le01-le03, "Continue reading below" kept
on le02, the table's rows lost on le03 (must contain "Municipal fleet", "100% electric light-duty vehicles"), the
AMP ad placeholder "Sponsored" kept on dp01). Miss: C-SAVANNAH-50-2030 ("voted 8-1 on Thursday to cut the city's
greenhouse gas emissions 50 percent below 2018 levels by 2030"). This test then: 9 of 80 checks failed: the 8 text
checks above as 4 articles, le01's published_on (2023-06-02: the dateModified / "Updated" day, not JSON-LD's
datePublished 2023-05-17; the other 6 days right, the URL-only and GBK pages included), A-EUGENE-YIBIN-2022's parties
("the Sichuan city of Yibin" added Sichuan Province as a third party; the scorer still counted it), and the Savannah
miss (found, fields, evidence).
NOW: agreements and commitments as above in the scorer; all 7 published_on and all text checks right (76 of 80
checks pass); the 3 left were extraction gaps, closed by the lead's rules (a region before "city of" only says
where the city lies; a council that "voted 8-1 to cut ..." pledges): all 80 pass. Rules: docs/page-reading.md, "Unseen templates, round 4".
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from fortysecondweb import GOLD_PATH, FortysecondWeb  # noqa: E402
from gold_crawl import GoldCrawl, check_sources  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(FortysecondWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"ledger", "dispatch", "zbnews"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
