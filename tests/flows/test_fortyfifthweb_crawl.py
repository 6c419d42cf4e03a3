"""Crawl the forty-fifth test web (tests/fortyfifthweb.py: a ministry-style 新闻发布 portal and a city news site, about
what city gatherings adopted and signed: a 宣言, an 倡议 and a 联合声明 of several named cities, a 成果清单 of signings,
pledges made at the gathering, a 分论坛 of a congress, an online forum) with the ingest flow into a temporary DuckDB
and check it against tests/data/fortyfifthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs fortyfifthweb`): events P 1.00 R 1.00 F1 1.00 (tp 4), agreements P 1.00 R 0.71 F1 0.83
(tp 5, fp 0, fn 2, 1 wrong value), commitments P 0.86 R 0.67 F1 0.75 (tp 6, fp 1, fn 3), macro F1 0.861 over the three
relations, 0 duplicates, wrong values 1; 21 of 108 checks failed. Misses: A-QZ-DECL-2024 (the five cities'
declaration: 福塔莱萨市, a city no table knows, was dropped, and the four left were merged with the Quanzhou-Kazan
signing of the same page), A-APCCS-INIT-2024 ("共同发布《亚太城市绿色低碳发展倡议》": 倡议 was no instrument),
C-LZ-NEV-2027 ("新能源汽车产量占汽车总产量的60%以上": no rule for a share of output), C-HH-NE-2025 (呼和浩特 unknown:
the world list's Chinese name for Hohhot fails its pinyin check; so Hohhot was also missing from A-CMR-JS-2024),
C-XN-CLEAN-2025 read with no year ("确保2025年…": 确保 did not open a target year; the false row). Wrong value:
A-LZ-PP-2023 dated the congress's first day, not the 分论坛's ("分论坛于21日举办"). Missing days: the 成果清单's second
and third items (the list opens inline: "成果清单如下：一、…；二、…"), the initiative ("峰会第一天") and the joint
statement of the online forum. No false event: the 筹备会, the 新闻发布会, the previous editions and the 云端专场
gave none.
NOW: events, agreements and commitments P 1.00 R 1.00 (4, 7 and 9 tp, 0 fp, 0 duplicates, 0 wrong values), macro F1
1.000; one check left (KNOWN_GAPS: the online forum's joint statement stays undated). Rules: "Round 14: summit
results" in docs/chinese-round8.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from fortyfifthweb import GOLD_PATH, FortyfifthWeb  # noqa: E402
from gold_crawl import GoldCrawl, check_sources  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_UNDATED = ("the joint statement of an online forum is told in the sentence after the forum's dated one with no day and no "
            "anaphor of its own (\"3月28日，…论坛以线上方式举行。\" + \"A、B和C共同发表《…联合声明》\"): signed_on is left empty "
            "rather than guessed from the gathering (whose end day the text does not give)")
KNOWN_GAPS: dict[str, str] = {"agreements:A-CMR-JS-2024:fields": _UNDATED}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
HARNESS = GoldCrawl(FortyfifthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost",
                                                               "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"hjfb", "lzxw"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
