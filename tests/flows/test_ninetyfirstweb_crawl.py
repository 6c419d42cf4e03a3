"""Crawl the ninety-first test web (tests/ninetyfirstweb.py: a G20 presidency's own site, a UN-style press-release
site and a national environment ministry's English newsroom, about summit outcomes told the way official records tell
them) with the ingest flow into a temporary DuckDB and check it against tests/data/ninetyfirstweb/gold.json, one test
case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs ninetyfirstweb`): the crawl CRASHED while loading (TypeError: str + bool in
warehouse/incremental.links): YAML read Norway's bare code `NO` in places.yaml (and Equinor's in
organisations.yaml) as false, so any agreement naming Norway broke the whole wave; with the codes quoted (the first
fix, before any extraction rule was touched): events P 0.78 R 1.00 F1 0.88 (tp 7, fp 2, 1 duplicate), agreements P
0.50 R 0.67 F1 0.57 (tp 2, fp 2, fn 1), commitments P 1.00 R 0.64 F1 0.78 (tp 7, fn 4): macro F1 over the relations
present 0.741, 1 duplicate, wrong values 0. Misses: the G7 communiqué "the ministers of Canada, France, ... and the
European Union adopted the ... Communiqué" (A-G7-SAPPORO-COMMUNIQUE-2023); Indonesia's "to raise the share of
renewable energy to 34 percent of all power generation by 2030" (third item of "commits to peak ..., to raise ...,
and to reach ..."), its "economy-wide goal remains net-zero emissions by 2060"; Japan's 46% "in fiscal year 2030
from its fiscal year 2013 levels" / "from fiscal year 2013 levels by fiscal year 2030" (both pages); the EU's
"reached agreement ... on a net reduction of at least 55 per cent by 2030 compared with 1990 levels". False rows: the
event "Opening the Summit" (a sentence's participle opener read as a name, dated 23 April, the second day; the
un04 commitments took it as their event), a second row of the Bali summit ("G20 Bali Summit" from the headline and
"G20 Leaders' Summit" from the text, both undated and without a city); the JETP read twice, once as a partnership of
"Bali", Indonesia and the "International Partners Group" (a place of the sentence as a party) and once as a joint
statement without Japan, Canada and Denmark ("co-led by the United States and Japan and including Canada, Denmark,
...") and undated; "the Pandemic Fund and the Bali Compact adopted by energy ministers" as an agreement of the
"Pandemic Fund" and "Bali". Field misses: event names cut or headline-prefixed ("Twenty-Eighth Meeting", "G20
Energy Transitions Ministerial", "Close of Africa Climate Summit", "Results of the G7 Ministers' Meeting on
Climate"), cities of datelines not read (Bali, Nairobi), the AZEC statement without Laos ("the Lao People's
Democratic Republic"), its day (in the sentence before) and Tokyo.
NOW: events P 0.88 R 1.00 (tp 7, fp 1, 1 duplicate: the Bali summit twice), agreements P 0.75 R 1.00 (tp 3, fp 1:
the JETP's launch sentence apart from its joint statement), commitments P 1.00 R 1.00 (tp 11): macro F1 over the
relations present 0.930, 1 duplicate, wrong values 0; 129 of 136 checks pass, the 7 others are KNOWN_GAPS below.
Rules: Norway's YAML code (pactwatch/data, tests/pactwatch/test_data_country_codes.py); national targets
(pledge_forms_read_en, pledges_en, commitments: tests/scrapers/extract/test_summit_pledges_en.py); gathering names
(events, event_phrases_en: test_summit_names_en.py); summit instruments (agreement_words, roles, agreements,
datelines, places.yaml's Laos, occasion: test_summit_outcomes_en.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from ninetyfirstweb import GOLD_PATH, NinetyFirstWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {
    "events:E-G20-BALI-2022:fields": "'on the sidelines of the G20 Leaders' Summit in Bali, which opened the same "
    "morning': the day is told only as 'the same morning' (of the dateline's day) and Bali, an island and province, is "
    "no city the gazetteer lists, so the row stays undated and without a place",
    "events:E-G20-BALI-2022:no_duplicate": "the headline's 'at G20 Bali Summit' and the body's 'G20 Leaders' Summit' "
    "stay two rows: a recurring gathering named with its host place between body and head is read as such only where "
    "the place is a listed city (Bali is not)",
    "events:E-G20-ETMM-2022:fields": "'G20 energy ministers meeting in Bali on Friday': Bali is no city the gazetteer "
    "lists, so no city and no country",
    "events:E-ACS-2023:fields": "'NAIROBI, 6 September - ... at the close of the first Africa Climate Summit today' and "
    "'opened at the Kenyatta International Convention Centre': a dateline's city is not read as a gathering's place, "
    "and the venue names no city",
    "events:E-LSC-2021:fields": "jp01's 'participated online in the Leaders Summit on Climate hosted by President Biden "
    "of the United States' gives the host's country to a summit un04 calls virtual (the gold, written before the run, "
    "wants no country for a virtual gathering)",
    "agreements:A-JETP-INDONESIA-2022:fields": "the JETP is read twice on gb01: 'launched the Just Energy Transition "
    "Partnership (JETP) on Tuesday' (a partnership of Indonesia and the International Partners Group, dated) and "
    "'The International Partners Group, co-led by ... adopted a joint statement with Indonesia' (all eleven members, "
    "but undated and with the group itself as a party); kinds differ, so the two stay apart",
    "agreements:*:unexpected": "the JETP's launch sentence as a partnership row of its own (Indonesia, International "
    "Partners Group): see A-JETP-INDONESIA-2022",
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(NinetyFirstWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"g20id", "unpress", "envjp"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
