"""Crawl the hundred-seventh test web (tests/hundredseventhweb.py: a Korean province's English newsroom, a Japanese
city's English international-affairs pages and a Chinese provincial portal, about Japanese and Korean prefectures,
provinces, cities, agencies and companies with Chinese provinces and cities) with the ingest flow into a temporary
DuckDB and check it against tests/data/hundredseventhweb/gold.json, one test case per gold item (see
tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs hundredseventhweb`): events P 0.67 R 1.00 F1 0.80 (tp 2, fp 1, 1 duplicate),
agreements P 0.50 R 0.60 F1 0.55 (tp 3, fp 3, fn 2, 2 duplicates), commitments P 0.67 R 0.50 F1 0.57 (tp 2, fp 1, fn
2): macro F1 over the relations present 0.639, wrong values 0. Misses: A-TEMM21-COMMUNIQUE-2019 (yk02 "Minister of the
Environment Shinjiro Koizumi, Minister of Ecology and Environment of China Li Ganjie and Minister of Environment of
Korea Cho Myung-rae signed a joint communiqué": offices before names without commas ran into each other, no party;
hn04 "三国部长签署了《…联合公报》" read nothing); A-HNDEE-KECO-2023 ("与韩国环境公团（K-eco）在海口签署": the masked
bracket's blanks before 在 hid the name's shape, the party became "South Korea": a false row too); C-JEJU-RE-2030 and
C-JEJU-CN-2035 ("Jeju aims to supply 100 percent ...", "Jeju has set a goal of achieving carbon neutrality by 2035":
a bare "Jeju" named nothing, and the second was given to "Jeju Energy", the short form of Jeju Energy Corporation: a
false row). Duplicates: jj01's "Jeju Special Self-Governing Province" and hn01's 济州特别自治道 (Jeju Province) as two
agreement rows; hn04's event "中日韩环境部长会议" beside yk02's "Tripartite Environment Ministers Meeting"; yk04's
"under last year's memorandum" as a Yokkaichi-Tianjin row. The crawl test also found the four Yokkaichi pages undated
(only "Page ID ... Last updated: ..." is printed, and that line stayed in the text), hence the TEMM and Yokkaichi
memorandum days unknown ("On October 23" without a year). 29 of 96 checks failed then.
NOW: events P 1.00 R 1.00, agreements P 0.83 R 1.00 (1 duplicate), commitments P 1.00 R 1.00 (macro F1 over the
relations present 0.970, 1 duplicate, wrong values 0); the known gaps below. Rules: scrapers/extract/regions_en.py (Jeju, a special
self-governing province, in the regions list; "Jeju City" stays the city), scrapers/stamp_lines.py (a CMS page number
before the update stamp), scrapers/extract/parties_zh.py (the masked bracket's blanks trimmed),
scrapers/extract/names_en.py office_bodies (offices without commas end before the next owner's office; the owner as
written finds the ministry; "Minister of the Environment"), pactwatch/data/known_events.yaml (the TEMM series), each
shown on texts of our own in tests/scrapers/extract/test_foreign_regions.py, tests/scrapers/test_stamp_lines.py,
test_bracketed_names_before_place_zh.py, test_minister_offices_en.py, test_trilateral_meetings.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from hundredseventhweb import GOLD_PATH, HundredSeventhWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_UNDATED = ("the City of Yokkaichi prints only 'Page ID ... Last updated: <date>': an update stamp is never taken as "
            "the publication date (scrapers/loose_dates.py) and the sitemap's lastmod is only an upper bound, so the "
            "page stays undated")
KNOWN_GAPS: dict[str, str] = {
    **{f"article:{a}:published_on": _UNDATED for a in ("yk01", "yk02", "yk03", "yk04")},
    "agreements:A-YOKKAICHI-ICETT-TJ-2024:fields": "yk01 'On October 23, the City of Yokkaichi, ICETT and the Tianjin "
    "Municipal Bureau ... signed': no year on an undated page (see the Yokkaichi published_on gaps), signed_on None",
    "agreements:A-TEMM21-COMMUNIQUE-2019:fields": "yk02 'Minister of the Environment Shinjiro Koizumi, ...': an office "
    "with no country before or after it names no ministry the reader may guess (Japan's ministry is not a party); the "
    "page is undated, so 'On November 24' has no year and no city is read",
    "agreements:A-TEMM21-COMMUNIQUE-2019:evidence": "hn04 '11月24日，三国部长签署了《第二十一次中日韩环境部长会议联合"
    "公报》': the three ministers named in the sentence before are not read as the signers, so the page gives no row",
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(HundredSeventhWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"jejunews", "yokkaichi", "hainangov"}, {"jejunews": 2})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
