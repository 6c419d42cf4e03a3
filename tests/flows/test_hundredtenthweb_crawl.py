"""Crawl the hundred-and-tenth test web (tests/hundredtenthweb.py: an English UN-style news site, a city network's
English news and a Chinese state-media-style portal in GBK, about the outcomes of climate summits and ministerials
outside the COP) with the ingest flow into a temporary DuckDB and check it against
tests/data/hundredtenthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs hundredtenthweb`): events P 0.75 R 0.60 F1 0.67 (tp 3, fp 1, fn 2, 1 duplicate),
agreements P 0.67 R 1.00 F1 0.80 (tp 2, fp 1), commitments P 0.71 R 0.83 F1 0.77 (tp 5, fp 2, fn 1): macro F1 over
the relations present 0.745, wrong values 0. Misses: the Summit of the Amazon and the Summit for a New Global
Financing Pact (names whose head word comes first: "at the Summit of the Amazon in the Brazilian city of Belém");
Sweden's 63 percent below 1990 by 2030 (told in a second "and that emissions ... would be cut" clause, given to the
EU). False rows: the Belem Declaration as "Suriname, Amazon Cooperation Treaty Organization" (the apposition ", the
members of the Amazon Cooperation Treaty Organization (ACTO)," after the list read as a party and the list cut), and
"European Union" pledging neutrality by 2030 and 63% ("the EU mission for climate-neutral ... cities", "the EU
emissions trading system": a name qualifying a programme). The duplicate: the Saudi Green Initiative Forum from the
English page undated ("on Saturday at the opening of the ...") beside the Chinese one. Also seen: the ISA conference
named "Founding Conference" (cut before "of the International Solar Alliance"), the ICLEI congress undated and
placeless ("MALMÖ, Sweden –", an accented dateline; "Congress 2022 closed on Friday after three days", the edition's
year between name and verb), Colombia and Venezuela dropped from both Belem Declaration rows (the gazetteer's
"Colombia" a town in Cuba, 哥伦比亚 Columbia in the US, so the resolver took them for the city of signing beside
countries; "…和委内瑞拉八个成员国签署": the count glued to the last name), and no Chinese page adding its evidence to
the Amazon, ISA and Paris summits (亚马孙合作条约组织峰会 and the like: names the glossary cannot render). The crawl
test (run with -x then) stopped at its first failure, E-AMAZON-2023 not found (57 passed before it).
NOW: events, agreements and commitments P 1.00 R 1.00 (tp 5, 2, 6; macro F1 over the relations present 1.000, 0
duplicates, 0 wrong values); the crawl checks below pass but KNOWN_GAPS. Rules: scrapers/extract/event_phrases_en.py
(head-first names, a two-word name with its body, the edition's year), events.py ("in the <adj> city of"),
lede_days_en.py ("at the opening of"), datelines.py (accented capitals), modifier_names_en.py, list_tails.py,
elided_subjects_en.py (that_clause_subject), held_names_zh.py, warehouse/crosslang.py (city_glossed_event_name, an
undated report on either side), pactwatch/gazetteer.py (a country's name over a town abroad); each shown on texts of
our own in tests/scrapers/extract/test_summit_outcomes.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from hundredtenthweb import GOLD_PATH, HundredTenthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(HundredTenthWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"unclimate", "iclei", "lvsilu"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
