"""Crawl the hundredth test web (tests/hundredthweb.py: the English newsroom of the China-Africa Economic and Trade
Expo, a Chinese provincial commerce portal and a Chinese news site in GBK, about green and energy signings told in
long signing lists at three expos and their forums, with pledges made there) with the ingest flow into a temporary
DuckDB and check it against tests/data/hundredthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs hundredthweb`, against the gold as first committed): events P 1.00 R 1.00 (tp 6,
2 wrong values), agreements P 0.71 R 0.83 F1 0.77 (tp 10, fp 4, fn 2), commitments P 1.00 R 1.00 (tp 5): macro F1
over the relations present 0.923, 0 duplicates, 2 wrong values. Wrong values: the 4th China-Africa Economic and Trade
Expo and its green development forum both started "2025-06-14", the dateline's day of en03 ("CHANGSHA, June 14 --
... met in Changsha on Friday at the ... Forum, one of the main forums of the 4th ... Expo": the forum was on Friday
the 13th, the expo opened on the 12th). Misses: "...; and Hunan Energy Group and the Malawi Energy Regulatory
Authority signed a cooperation agreement ..." (a series' last clause after "; and", A-HNEG-MERA); "二是国家能源集团宁夏
电力有限公司与阿曼投资局签署…" read as China Energy Investment Corporation, Ningxia and 阿曼投资局 (a group's provincial
subsidiary cut into the group and its province, A-CHNENX-OIA). False rows: "Hunan Province" and the University of
Ghana Medical Centre (a telemedicine item of the list, its hospital "Hunan Provincial People's Hospital" read as the
province); Ningxia University and 约旦大学 (an Arabic-teaching agreement of a "；"-list); Kunming and Chattogram (the
friendship letter of intent, which the gold then held no record: amended to an optional record, see gold.py, as the
development webs count sister-city and friendship instruments); the mou of the CHN Energy subsidiary above. The crawl
test also found the expo list items of en02 and nx01 undated and unplaced ("The agreements signed include:" + "- A
and B signed ...;", "此次签约的项目主要有：一是A与B签署…；二是…"), the signings and pledges "At the forum" linked to the
expo named beside the forum, the 7th China-Arab States Expo placed nowhere (its venue 银川国际交流中心 unread; in a
probe without the headline, in Arrah, India: 阿拉 of 阿拉伯) and the Chinese forum named
"中国—阿拉伯国家博览会中阿绿色低碳发展论坛" (the expo's name run into the forum's). 19 of 148 checks failed then.
NOW: events, agreements and commitments P 1.00 R 1.00 (tp 6, 12, 5; macro F1 over the relations present 1.000), 0
duplicates, 0 wrong values; all checks pass, no known gap. Rules: docs/signing-lists.md ("Expos and forums"), each
shown on texts of our own in tests/scrapers/extract/test_expo_signing_lists.py, test_lede_days_en.py,
test_place_words_zh.py and test_subsidiaries_zh.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from hundredthweb import GOLD_PATH, HundredthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(HundredthWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"caete", "ynswt", "sfnews"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
