"""Crawl the forty-sixth test web (tests/fortysixthweb.py: a city-network newsroom, a provincial government portal and
an English wire telling the same forum, memoranda and pledges of Minneapolis and Xining, Milwaukee and Golmud,
Minnesota and Qinghai) with the ingest flow into a temporary DuckDB and check it against
tests/data/fortysixthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs fortysixthweb`): events P 1.00 R 1.00 F1 1.00
(tp 2), agreements P 1.00 R 1.00 F1 1.00 (tp 6; fields: city 5/6, evidence 4/6), commitments P 0.75 R 1.00 F1 0.86
(tp 3, fp 1, 1 duplicate; evidence 2/3), macro F1 0.952, wrong values 0, article text checks 48/50. 7 of 80 checks
failed: the wire's "Filed by" line kept in ns01 and ns02; A-MPLS-XN-LOWCARBON-2024 lacked the restatements "earlier
this month" (cc02) and 本月早些时候 (qh03); A-MKE-GLM-SOLAR-2024 lacked cc03 (recalled "in June") and qh02 (论坛期间 in
the closing story); A-MPLS-XN-WATER-2024 got the city Xining (from the restatement of the other memorandum);
C-MPLS-CUT-2050 stored twice (the wire's "up to 95%" as 95-95 beside cc01's 80-95) and lacked qh02 (80%至95%).
NOW: events, agreements and commitments P 1.00 R 1.00 F1 1.00 (11 tp, 0 fp, 0 duplicates), macro F1 1.000, wrong
values 0 (fields: agreement city 6/6 since the lead's fix of a recalled MOU's place, agreement evidence 4/6, commitment evidence 2/3); 3 checks left as KNOWN_GAPS
(reading, not resolution: the restatements and 论坛期间 tellings give no mention). The wire's filing line is dropped
as the wire's furniture (scrapers/wire_signoffs.py). Resolution rules (warehouse/coarse_dates.py: a month-dated report never folds two signings of
one month; warehouse/pledge_bounds.py: a ceiling restated alone joins its range): "Round 4: one fact, three sites"
in docs/crosslang-duplicates.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from fortysixthweb import GOLD_PATH, FortysixthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {
    "agreements:A-MPLS-XN-LOWCARBON-2024:evidence":
        "the restatements are not read as reports of the memorandum: 'The visit follows the MOU on low-carbon "
        "cooperation the two cities signed in Xining earlier this month.' (cc02) and '本月早些时候，两市在西宁签署了低碳"
        "合作备忘录。' (qh03) give no mention (read, warehouse/coarse_dates.py joins them to the 12 June signing, not to "
        "the water memorandum of the 26th: tests/warehouse/test_resolve_coarse_dates.py)",
    "agreements:A-MKE-GLM-SOLAR-2024:evidence":
        "two tellings give no mention: '论坛期间，格尔木市与美国密尔沃基市签署太阳能合作协议，…' (qh02: no day in the "
        "sentence) and 'The two cities signed a solar partnership agreement at the China-U.S. Clean Energy Cities "
        "Forum in Xining in June.' (cc03: the sides as 'The two cities')",
    "commitments:C-MPLS-CUT-2050:evidence":
        "'明尼阿波利斯市在论坛上表示，到2050年，全市温室气体排放比2006年减少80%至95%。' (qh02) gives no mention (a foreign "
        "city's 表示 with 减少80%至95%); the wire's 'up to 95%' now joins cc01's 80-95% (warehouse/pledge_bounds.py)",
}

HARNESS = GoldCrawl(FortysixthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"ccnet", "qhgov", "nswire"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
