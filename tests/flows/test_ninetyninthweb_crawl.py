"""Crawl the ninety-ninth test web (tests/ninetyninthweb.py: a Chinese ministry-style portal, a Ugandan English news
agency and an Ethiopian embassy's English news pages, about South-South climate cooperation told from both ends:
memoranda of China's ecology ministry, two provinces and a climate centre with Ugandan, Sri Lankan and Ethiopian
ministries and agencies, and pages that conclude nothing) with the ingest flow into a temporary DuckDB and check it
against tests/data/ninetyninthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs ninetyninthweb`): events P 1.00 R 0.50 (tp 1, fn 1), agreements P 0.67 R 0.80 F1
0.73 (tp 4, fp 2, fn 1, 1 duplicate), commitments P 0.67 R 1.00 F1 0.80 (tp 2, fp 1): macro F1 over the relations
present 0.731, wrong values 0. Misses: "Ethiopian Forestry Development and the Department of Ecology and Environment
of Hunan Province signed a Memorandum of Understanding ... on the sidelines of the 4th China-Africa Economic and Trade
Expo, held in Changsha from 12 to 15 June." read nothing (a national body named without a head word, so one party
only): both A-HNDEE-EFD-2025 and E-CAETE-2025 missed. False rows: zh05's 埃塞俄比亚环境保护局 rendered through the
glossary of China's own bureaux as "Ethiopia Environmental Protection Bureau" (a made-up name; the embassy's row of
the same memorandum matched), ug02's recall "the memorandum of understanding signed with the Ministry of Water and
Environment in March" as a month-dated MOU of "China" and the ministry, not joined to the day-dated row (a duplicate),
and "the Energy Transition Plan launched in 2023 sets a path to net zero emissions by 2065" read as a pledge of the
"Energy Transition Plan" (a document's title for an actor). The crawl test failed 11 of 92 checks then. Every
witness (Jessica Alupo, the ambassadors who attended, Beatrice Anywar), every handover certificate, training course,
visit and plan ("agreed to explore", 适时商签) was left out from the first run. Since: ug02's month recall joins the
day's row (warehouse/recalled_sides.py) and ug01's plan is Uganda's (scrapers/extract/title_owners_en.py): macro F1
0.852, 0 duplicates.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from ninetyninthweb import GOLD_PATH, NinetyNinthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_EFD = ("'Ethiopian Forestry Development and the Department of Ecology and Environment of Hunan Province signed a "
        "Memorandum of Understanding ... on the sidelines of the 4th China-Africa Economic and Trade Expo' (et04): a "
        "national body named by its nation and field with no head word is not read as a party, so one party only, no "
        "agreement and so no event where something was signed")
KNOWN_GAPS: dict[str, str] = {
    **{f"events:E-CAETE-2025:{check}": _EFD for check in ("found", "fields", "evidence")},
    **{f"agreements:A-HNDEE-EFD-2025:{check}": _EFD for check in ("found", "fields", "evidence")},
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(NinetyNinthWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"stdt", "unanews", "etembassy"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
