"""Crawl the seventieth test web (tests/seventiethweb.py: an English trade-association newsroom and a Chinese city
招商/外办 portal, about signings crowded with witnesses, attendees, hosts and sponsors who are not parties) with the
ingest flow into a temporary DuckDB and check it against tests/data/seventiethweb/gold.json, one test case per gold item
(see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs seventiethweb`): events P 1.00 R 0.67 F1 0.80 (tp 2, fn 1, 0 duplicates, 0 wrong
values); agreements P 0.89 R 0.89 F1 0.89 (tp 8, fp 1, fn 1); no commitments (none in gold, none stored); macro F1
0.845 over events and agreements. Failures: the 中美（保定）氢能产业合作对接会 was missed; the Cuyahoga Thermal
Systems - Zhangzhou Minjiang supply agreement ("witnessed by Ohio Development Director ... and Zhangzhou Vice Mayor
...") was missed (the two companies read as one name); the attendee "河北省商务厅" (出席签约仪式) was made a party of
an agreement with Baoding. Also wrong below the scorer's line: hp03's partnership held the Heartland-Shandong Clean
Transit Program ("Under the auspices of ...") as a third party (a wrong value); bd01's two agreements were linked to no
event (its name, cut at the bracket, was not read).

After the fixes (docs/non-party-roles.md: scrapers/extract/non_party_roles.py, bracketed_hosts_zh.py, a systems
maker's name in scrapers/extract/orgs.py): events, agreements P 1.00 R 1.00 F1 1.00 (0 false rows, 0 wrong values),
macro F1 1.000 over events and agreements. No gold change.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from seventiethweb import GOLD_PATH, SeventiethWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(SeventiethWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"hpta", "bdzs"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
