"""Crawl the twenty-fourth test web (tests/twentyfourthweb.py: a city government portal and a Macao site in Traditional
Chinese, about a China-ASEAN energy forum and a promotion conference where many things were signed at once) with the
ingest flow into a temporary DuckDB and check it against tests/data/twentyfourthweb/gold.json, one test case per gold
item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs twentyfourthweb`): events P 0.50 R 0.50 F1 0.50 (tp 1, fp 1, fn 1: the forum
under the Macao retelling's name 东盟新能源论坛 beside its own; the promotion conference of nn02 missed), agreements
P 0.61 R 0.73 F1 0.67 (tp 8, fp 5, fn 3, 2 duplicates; misses A-CHINT-TNB-2023, A-SE-EDC-2023 (the second counterpart
of "分别与A、B签署"), A-NN-CHONBURI-MOU-2023 (the second instrument of "分別簽署《…》和《…》"); false rows: the trade
and finance signings "中国银行南宁分行与马来亚银行签署《跨境人民币结算合作协议》", "澳門貿易投資促進局…與泰國商會簽署經貿合作
協議", "大西洋銀行與印尼曼迪利銀行簽署跨境支付合作備忘錄"), no commitments (none in the gold, none out), macro F1 0.584
over the two relations with gold or rows (0.389 over three), wrong values 0; 26 of 80 checks failed. NOW: agreements
P 0.85 R 1.00 F1 0.92 (tp 11, the same 2 duplicates), events unchanged, macro F1 0.709 (docs/chinese-round8.md,
Round 9, for the rules); then every check passes since the lead's round (推介会 as an event head, a host city in
brackets inside an event's name, a venue named after its city, Southeast Asia's national utilities by name). Checks
the current extractor fails would be marked xfail (strict=True) in KNOWN_GAPS: none is left.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from twentyfourthweb import GOLD_PATH, TwentyfourthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
NNGE = ("nn02: \"18日，中国（南宁）—东盟绿色能源产业投资推介会在南宁国际会展中心举行，现场签约项目21个\": a promotion "
        "conference (推介会) is no event head of the Chinese event reader (events.py, not this round's files): no row")
MACAO = ("mo01 retells the forum's signings after a count (\"現場簽約12個項目。其中，中國東方電氣集團有限公司與越南國家電力集團"
         "（EVN）簽訂…\", \"上海電氣集團亦與印尼國家電力公司（PLN）簽署…\"): its rows name the counterparts by the page's gloss "
         "(EVN, PLN) where nn01 has 越南电力集团, 印度尼西亚国家电力公司, carry no day (昨日 is in the sentence before) and the "
         "event China-ASEAN Expo, so resolution keeps them apart (a national utility's Chinese name and its "
         "acronym are no alias of organisations.yaml)")
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(TwentyfourthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"nn", "mo"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
