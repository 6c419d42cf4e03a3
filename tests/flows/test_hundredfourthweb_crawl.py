"""Crawl the hundred-fourth test web (tests/hundredfourthweb.py: Wetlands International's English newsroom, 广东省林业局's
TRS-style portal and a Philippine government English news site, about mangroves, blue carbon, early warning and river
basins) with the ingest flow into a temporary DuckDB and check it against tests/data/hundredfourthweb/gold.json, one
test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs hundredfourthweb`): events P 1.00 R 1.00 (tp 2), agreements P 0.71 R 0.62 F1 0.67
(tp 5, fp 2, fn 3), commitments P 1.00 R 0.33 F1 0.50 (tp 1, fn 2): macro F1 over the relations present 0.722, 0
duplicates, 0 wrong values. Misses: "The Johor State Government and Wetlands International put pen to paper on ..."
(A-JOHOR-WI-2023: Johor, a Malaysian state, unknown, and "<place> State Government" no organisation's shape);
"The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) and the China
Meteorological Administration (CMA) signed ..." (A-PAGASA-CMA-2024: the name cut at its comma into "Geophysical" and
"Astronomical Services Administration", a false row); "The City Government of Marikina, the DENR River Basin Control
Office and the Manila Observatory signed ..." (A-MARIKINA-MO-2023: none of the three read); Malaysia's "net-zero ...
as early as 2050" (C-MY-NZ-2050) and the Philippines' NDC "... by 75 percent by 2030, relative to a
business-as-usual scenario" (C-PH-NDC-2030: "the Philippines'" read as no country, and the base after a comma).
False rows: the headline "中国—东盟红树林保护合作研讨会在湛江举行 我局与马来西亚沙巴州林业局签署..." as an agreement of
"China" (from the event's name across the space) and 沙巴州林业局; PAGASA's pieces. The crawl test also found
A-PALAWAN-CI-2025 without "The Provincial Government of Palawan" and with "Philippines" (from "Conservation
International Philippines") as a third party, and E-APCW-2023 with no day and no city ("Asia-Pacific Climate Week
2023 in Johor Bahru"). 18 of 104 checks failed then.
NOW: events and agreements P 1.00 R 1.00 (tp 2, 8), commitments P 1.00 R 0.67 (tp 2, fn 1): macro F1 over the
relations present 0.933, two known gaps (below). Rules, each shown on texts of our own: place_governments_en.py, acronym_offices_en.py (and the
"Observatory" head in orgs.py), spelled_acronyms_en.py (tests/scrapers/extract/test_place_governments_en.py);
country_offices_en.py, Malaysia's states in regions_en.py, a region's name opening a city's ("Johor Bahru") in
entities (test_country_offices_en.py); a plural's bare possessive as a goal's owner (commitments.GOAL_OWNER); headline_clauses_zh.py, "as early as
<year>" (pledge_forms_read_en), a business-as-usual base after a comma (pledges_en.BAU_CUT), an edition's year before
an event's city (events) (test_headline_clauses_zh.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from hundredfourthweb import GOLD_PATH, HundredFourthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_PH_NDC = ("'... supports the Philippines' Nationally Determined Contribution, which commits the country to reduce and "
           "avoid greenhouse gas emissions by 75 percent by 2030, relative to a business-as-usual scenario' (ph02): "
           "'Philippines'' with a bare possessive apostrophe is read as no place, so 'the country' has no antecedent. "
           "Reading it at the place lookup worked here but also changed the eighty-third web's list of sister-city "
           "pairs ('Laos' Vientiane Province') and stored its conference twice (English and Chinese names): undone")
KNOWN_GAPS: dict[str, str] = {
    **{f"commitments:C-PH-NDC-2030:{check}": _PH_NDC for check in ("found", "fields", "evidence")},
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(HundredFourthWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"wetlands", "gdly", "pia"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
