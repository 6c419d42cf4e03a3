"""Crawl the eighty-seventh test web (tests/eightyseventhweb.py: a Chinese city newspaper site, a Kaohsiung newspaper
in Traditional Chinese and Hong Kong's press releases, about local carbon-peak plans, 淨零 pledges and city
memoranda) with the ingest flow into a temporary DuckDB and check it against tests/data/eightyseventhweb/gold.json,
one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs eightyseventhweb`): agreements P 0.40 R 0.50 F1 0.44 (tp 2, fp 3, fn 2),
commitments P 1.00 R 0.61 F1 0.76 (tp 8, fp 0, fn 5), no events (none in the gold, none read): macro F1 over the
relations present 0.603 (the scorer's own macro F1 0.402), no duplicates, no wrong values. Misses: 天元区's peak by
2028 and 攸县's 30% non-fossil share and peak before 2029 (a district and a one-character county were no names, so
their pledges had no actor); 高雄's 30% cut below 2005 by 2030 ("以2030年…较2005年（民國94年）減少30%作為中期目標": the
ROC gloss between the base year and the cut, and a target year led by 以); Hong Kong's 7.5-10% renewables by 2035
("政府的目標是在2035年前…": 政府的 was no government subject); the New Zealand ministry memorandum (新西蘭環境部 kept
in Simplified, no English name) and the New Taipei letter of intent (both names left in Chinese come out in Simplified
characters, the gold lists them as written in Traditional and in English). False rows: those two rows, and "Hong Kong,
New Zealand" read from "香港與新西蘭都致力推動…，是次簽署諒解備忘錄標誌着雙方合作的新里程" (a remark on the signing
told before, its subject taken from the clause before). The crawl test also found A-KH-KITAKYUSHU-2024 without its
city (signed "在四維行政中心", the city only in the byline) and the sitemap's section and contact pages read as
unreadable articles (sources.yaml now keeps the dated story URLs by article_url, as an operator would).
NOW: commitments P 1.00 R 1.00 (tp 13), agreements P 0.75 R 0.75 (tp 3, fp 1, fn 1): macro F1 over the relations
present 0.875, no duplicates, no wrong values; 119 checks pass, 5 xfail. Rules (each on texts of our own in
tests/scrapers/extract/test_local_pledges_zh.py): districts_zh (a district, a one-character county as a subject),
calendar_years_zh (ROC glosses, 以…为目标), commitments (致力, 政府的目标), signing_topics_zh (是次签署…标志着), New
Zealand's and other environment ministries in organisations.yaml. Left (KNOWN_GAPS): names left in Chinese on a
Traditional page come out in Simplified characters (gd03), a signing at a venue named without its city (gd02).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from eightyseventhweb import GOLD_PATH, EightySeventhWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_SCRIPT = ("gd03: '新北市政府環境保護局與美國加州聖荷西市環境服務局19日透過視訊簽署「淨零城市合作意向書」' gives the row "
           "新北市政府环境保护局 / 美国加州圣荷西市环境服务局: names left in Chinese come out in Simplified characters on a "
           "Traditional page (the gold lists them as written and in English)")
KNOWN_GAPS: dict[str, str] = {
    "agreements:A-NTPCEPD-SJESD-2025:*": _SCRIPT,
    "agreements:*:unexpected": _SCRIPT,
    "agreements:A-KH-KITAKYUSHU-2024:fields": "gd02: '…今（15）日在四維行政中心簽署…' names a venue without its city; the "
                                              "byline '記者林志明／高雄報導' that places the story is not in the text: "
                                              "city None, not Kaohsiung",
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(EightySeventhWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"zzxw", "gdxw", "hkgov"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
