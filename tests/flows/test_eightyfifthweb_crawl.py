"""Crawl the eighty-fifth test web (tests/eightyfifthweb.py: a Chinese ministry-style portal paged by 下一页, an English
state-media edition read through its feed and a Pacific government's news site, about South-South climate cooperation
of Chinese ministries, a province and a city's centre with partners in Southeast Asia, Africa, Latin America and the
Pacific) with the ingest flow into a temporary DuckDB and check it against tests/data/eightyfifthweb/gold.json, one test
case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs eightyfifthweb`): events P 1.00 R 0.50 F1 0.67 (tp 1, fn 1), agreements P 0.62 R 0.83
F1 0.71 (tp 5, fp 3, fn 1, 2 duplicates), commitments P 0.80 R 1.00 F1 0.89 (tp 4, fp 1): macro F1 over the relations
present 0.757, wrong values 0. Misses: A-MEE-SCMACCE-2024, "生态环境部与塞舌尔农业、气候变化与环境部…签署" cut at 、 into
"塞舌尔农业" (a made-up party: the false row "Ministry of Ecology and Environment, 塞舌尔农业"); E-PIC-TRAINING-2023, a
training course (…研修班) that ended with a memorandum is no gathering the event reader knows. False rows and
duplicates: Cambodia carbon neutrality by 2021 from "柬埔寨已于2021年发布碳中和长期战略，提出到2050年…" (the strategy's
year read as a target); "The MOU was inked by the Chinese ambassador on behalf of China's Ministry of Ecology and
Environment and by Ecuador's Minister of Environment, Water and Ecological Transition" as a second memorandum of
"Ministry of Environment", "Water" and MEE (en04); the headline "MECDM and China sign MOU ..." as a second row of sb01
(MECDM, defined after the body's comma-listed name, unread). Field errors: en02's party "The Department of Ecology and
Environment of south China's Guangxi Zhuang Autonomous Region" cut into "Department of Ecology and Environment" and
Guangxi; zh05's memorandum "结业式上，…签署" undated and unplaced; en04 no city (the QUITO dateline only).
NOW: events 1.00/0.50 (tp 1, fn 1), agreements 1.00/1.00 (tp 6), commitments 1.00/1.00 (tp 4): macro F1 0.889, no
duplicates, no wrong values. Rules: portfolio_ministries_zh (a foreign ministry named by its portfolios), act_years_zh
(于2021年发布…: no target), portfolios_en.portfolio_office (a minister's office of several portfolios), national_bodies_en
(a party country's ministry restating the countries' signing), portfolio_acronyms_en (MECDM), country_possessive_bodies_en
.compass_place_bodies ("of south China's ..."), closing_ceremonies_zh (结业式上: the closing's day and city). Left: the
training-course event and the dateline city (KNOWN_GAPS below).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from eightyfifthweb import GOLD_PATH, EightyfifthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_COURSE = ("'11月24日，2023年太平洋岛国应对气候变化与防灾减灾研修班在山东聊城结业。…结业式上，…签署合作谅解备忘录' (zh05): "
           "a training course (研修班, 培训班) is no gathering head the event reader knows, so the course where a "
           "memorandum was signed yields no event and the memorandum no event name")
KNOWN_GAPS: dict[str, str] = {
    **{f"events:E-PIC-TRAINING-2023:{check}": _COURSE for check in ("found", "fields", "evidence")},
    "agreements:A-PICCAC-NUS-2023:fields": _COURSE,
    "agreements:A-MEE-MAATE-2024:fields": "'QUITO, Oct. 16 (Guangxi News) -- China and Ecuador on Wednesday signed a "
                                          "memorandum ...' (en04): the dateline's city is not taken as the signing's "
                                          "city where the sentence gives no place ('here' does: en01)",
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(EightyfifthWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"nncc", "gxnews", "sbgov"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
