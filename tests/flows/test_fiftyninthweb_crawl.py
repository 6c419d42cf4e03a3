"""Crawl the fifty-ninth test web (tests/fiftyninthweb.py: a provincial 发改委/能源局 portal and an energy SOE's news
centre in GBK, about signings of several parties or several instruments) with the ingest flow into a temporary DuckDB
and check it against tests/data/fiftyninthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs fiftyninthweb`): agreements P 1.00 R 0.67 F1 0.80 (tp 8, fp 0, fn 4), no event and no
commitment row (none in the gold), 0 duplicates, 0 wrong values; macro F1 0.267 over the three relations (0.800 over
the one with gold); 12 of 76 checks failed. Misses: A-XZNY-NYINGCHI-2024 ("由西藏自治区能源局和林芝市人民政府联合签署的
《…》": a signing told in a relative clause was skipped as "签署的"), A-XZNY-SGXZ-MOU-2024 ("双方还签署了《…备忘录》"
after the pair's renewal: 双方 were looked for only in a meeting told before), A-CRP-WUWEI-HEAT-2024 ("签署了《X》和《Y》
两份协议": one row for both) and A-CRP-GUYUAN-SUPP-2024 ("签订…框架协议及…补充协议": one row). Right on the first run:
分别与B、C (two rows), 三方共同签署 (one row of three; 酒泉市新能源投资集团 kept in Chinese), witnesses (共同见证下) and
hosts (签约仪式由…主持) no party, 续签 a signing, "代表…分别在《…》上签字"; no false row from 拟于…签署, 达成共识, 商签,
签约项目总投资 or 此前已签署. Articles' texts and dates were right on both sites (GBK too).
NOW: agreements P 1.00 R 1.00 (12 tp, 0 fp, 0 duplicates, 0 wrong values), macro F1 1.000 over the relation with gold;
no KNOWN_GAPS. Rules: "Round 17: several parties and instruments" in docs/chinese-round8.md
(scrapers/extract/instruments_zh.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from fiftyninthweb import GOLD_PATH, FiftyninthWeb  # noqa: E402
from gold_crawl import GoldCrawl, check_sources  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
HARNESS = GoldCrawl(FiftyninthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost",
                                                              "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"xzdrc", "crpnews"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
