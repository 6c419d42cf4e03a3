"""Crawl the seventh test web (tests/seventhweb.py: a Taipei city news page in Big5 with 民國 dates, Hong Kong press
releases in Traditional Chinese, 新华社 wire copy) with the ingest flow into a temporary DuckDB and check it against
tests/data/seventhweb/gold.json, one test case per gold item (see tests/gold_crawl.py for the checks).

The gold was written from the texts before the extractor was run on them. Checks the current extractor fails are
marked xfail (strict=True) in KNOWN_GAPS with the sentence and what came out (`pytest -rxX ...`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl  # noqa: E402
from seventhweb import GOLD_PATH, SeventhWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {
    'events:E-COP28:found':
        "h01 '出席第二十八屆聯合國氣候變化大會（COP28）…大會於十一月三十日至十二月十二日在杜拜舉行': the name loses its ordinal (row '联合国气候变化大会', no COP28), so no date or city (杜拜 is Dubai's Hong Kong/Taiwan spelling) is tied to it",
    'events:E-COP28:fields':
        'as events:E-COP28:found',
    'events:E-COP28:evidence':
        'as events:E-COP28:found',
    'events:E-COP26:no_duplicate':
        "x03 names COP26 twice ('联合国气候变化格拉斯哥大会' and '《公约》第二十六次缔约方大会（COP26）'): two rows, the names are not known as one",
    'agreements:A-HK-GD:fields':
        "h02 '…舉行應對氣候變化合作備忘錄簽約儀式。…局長謝展寰與…廳長王振華代表雙方簽字': the 代表双方签字 sentence does not take the instrument (備忘錄) of the ceremony sentence before: type 'agreement', not 'mou'",
    'agreements:A-GLASGOW:fields':
        "x03 '新华社格拉斯哥11月10日电 中美双方10日在联合国气候变化格拉斯哥大会期间发布《…联合宣言》': the bare day 10日 after a dateline is not settled (signed_on None) and 在…期间 gives no event_name",
    'agreements:A-CN-US-2014:fields':
        "x05 '习近平12日在北京同…举行会谈，会谈后双方共同发表《中美气候变化联合声明》': 会谈后 (like 会见后) does not date the statement by the talks' day 12日",
    'agreements:A-CERC:found':
        "x05 '中国科学技术部、国家能源局与美国能源部续签了《关于中美清洁能源联合研究中心的议定书》': 续签 of a 议定书 with three parties is not read",
    'agreements:A-CERC:fields':
        'as agreements:A-CERC:found',
    'agreements:A-CERC:evidence':
        'as agreements:A-CERC:found',
    'commitments:C-TPE-2030:found':
        "p01 '並以2005年為基準年，力拚2030年溫室氣體排放量減少40%': a base year stated as 以…为基准年 and the verb 力拚 are not read",
    'commitments:C-TPE-2030:fields':
        'as commitments:C-TPE-2030:found',
    'commitments:C-TPE-2030:evidence':
        'as commitments:C-TPE-2030:found',
    'commitments:C-US-2025:found':
        "x05 '美国计划于2025年实现在2005年基础上减排26%-28%': 在…基础上 is not read as a base year, so 2005 is taken as the target and the range '26%-28%' as 26 (the Chinese pledge grammar is in commitments.py, which another engineer holds)",
    'commitments:C-US-2025:fields':
        'as commitments:C-US-2025:found',
    'commitments:C-US-2025:evidence':
        'as commitments:C-US-2025:found',
    'events:*:unexpected':
        "h01's COP28 row named '联合国气候变化大会' (see events:E-COP28:found)",
    'commitments:*:unexpected':
        "x05's US row with target_year 2005 and 26-26 (see commitments:C-US-2025:found)",
}

HARNESS = GoldCrawl(SeventhWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    stats = crawl.result["sources"]
    assert set(stats) == {"taipei", "hkgov", "xinhua"}
    for name, st in stats.items():
        assert not st["failed"], (name, st["failed"])
    assert len(crawl.articles) == len(GOLD["articles"])


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
