"""Crawl the hundred-sixth test web (tests/hundredsixthweb.py: a US agency-style media-note site, a Chinese
NDRC/NEA-style portal in GBK and a US university newsroom, about US-China EcoPartnerships and clean-energy research
centres) with the ingest flow into a temporary DuckDB and check it against tests/data/hundredsixthweb/gold.json, one
test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs hundredsixthweb`): events P 1.00 R 0.50 F1 0.67 (tp 1, fp 0, fn 1), agreements P
1.00 R 0.80 F1 0.89 (tp 8, fp 0, fn 2), commitments P 1.00 R 0.80 F1 0.89 (tp 4, fp 0, fn 1): macro F1 over the
relations present 0.815, no duplicate, no wrong value, no false row. Misses: E-SED-2010 ("5月25日，第二轮中美战略与经济
对话期间，国家能源局与美国能源部在北京续签《…议定书》": the dialogue named before 期间 made no event); A-JOINT-2014 ("President
Barack Obama and President Xi Jinping issued the U.S.-China Joint Announcement on Climate Change in Beijing": two
leaders by title, and "joint announcement" is no instrument word); A-EPA-MEP-2016 ("EPA Administrator ... and Chinese
Minister of Environmental Protection Chen Jining on Tuesday renewed the Memorandum ...": no alias keeps the ministry,
so the minister's title named no party); C-CN-NF-2030 ("to increase the share of non-fossil fuels in primary energy
consumption to around 20 percent by 2030": "around" before the figure). The crawl test (30 of 120 checks failed)
also found: the four EcoPartnerships of en01 undated and unplaced (the items "A and B signed a memorandum ...;" under
"The new EcoPartnerships are:" do not take the lead's "today ... signed in Beijing"), zh02's list "共4对，分别是：A与B，C与
D，…" read as nothing (so no Chinese evidence for the four pairings nor for the dialogue), ks01 giving no evidence
("K-State President Kirk Schulz and Sun Qixin, president of Northwest A&F University, signed the memorandum": the
nickname K-State names no body), A-FOSSIL-2010 without its event, and chrome kept: the kstate stamp "Released: Monday,
July 14, 2014" and the media notes' header "Office of the Spokesperson / Washington, DC / <date>". A gold error was
corrected after the first run: "Office of the Spokesperson" had been a chrome marker, but the notes' own closing line
("please contact the Office of the Spokesperson") holds it; "Washington, DC" and the tags line mark the chrome now.
NOW: events P 1.00 R 0.50, agreements P 1.00 R 0.90 F1 0.95 (tp 9, fn 1), commitments P 1.00 R 1.00 (tp 5): macro F1
over the relations present 0.871, no duplicate, no wrong value, no false row; 16 of 120 checks are known gaps (below;
the media notes' header block is dropped now: scrapers/header_lines.py).
Rules: scrapers/extract/unlisted_ministries_en.py (a country's minister of portfolio words names the ministry;
office_titles_en / portfolios_en.past_office: a secretary's title is an office, never a body: "Secretary of Energy
Ernest Moniz and ..." had been a made-up party), pledges_en.ABOUT (a share raised "to around 20 percent"),
scrapers/published_lines.py ("Released: <weekday>, <date>"), each shown on texts of our own in
tests/scrapers/extract/test_unlisted_ministries_en.py, test_about_shares_en.py and tests/scrapers/test_published_lines.py.
LATER (pair_lists): en01's four items take the lead's day and Beijing, zh02's pairs are read. Read whole, zh02's
Alliant and Cummins pairs (sides kept in Chinese, which the cross-language join leaves apart) were stored twice
(agreements P 0.82, macro F1 0.841); at the merge a listed pair was taken only where both sides are names read
whole, so zh02 gives Liuzhou-Boise alone: agreements P 1.00 R 0.90 F1 0.95, macro F1 0.982, 0 duplicates.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from hundredsixthweb import GOLD_PATH, HundredSixthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_LIST_ZH = ("zh02 '此次签约的绿色合作伙伴共4对，分别是：…国网湖州供电公司与美国阿连特能源公司，潍柴动力股份有限公司与美国康明斯公司，"
            "西北农林科技大学与美国堪萨斯州立大学': a pair listed without a clause of its own is taken only where both "
            "sides are names read whole (pair_lists, agreements_zh): a side kept in Chinese would join no English "
            "telling of the same pairing and be stored twice, so zh02 is no evidence of en01's row")
KNOWN_GAPS: dict[str, str] = {
    "events:E-SED-2014:evidence": "zh02 '7月10日，第六轮中美战略与经济对话期间，新一批中美绿色合作伙伴签约仪式在…举行': no row of zh02 "
    "(its pairs are listed, see the agreements) and the dialogue before 期间 where only a signing ceremony is told as "
    "held makes no event of its own (a Chinese-named row would stand beside en01's English one: no rendering joins "
    "them); zh03's round, where a protocol is renewed, is one (dialogue_rounds_zh)",
    **{f"agreements:{k}:evidence": _LIST_ZH for k in ("A-ALLIANT-HUZHOU-2014", "A-CUMMINS-WEICHAI-2014")},
    "agreements:A-KSU-NWAFU-2014:evidence": _LIST_ZH + "; and ks01 'K-State President Kirk Schulz and Sun Qixin, "
    "president of Northwest A&F University, signed the memorandum': the nickname K-State names no body",
    **{f"agreements:A-JOINT-2014:{c}": "en02 'The renewal was announced as President Barack Obama and President Xi "
       "Jinping issued the U.S.-China Joint Announcement on Climate Change in Beijing': the row is read (the title's "
       "two sides: instrument_titles_en.title_parties) but the sentence gives no day ('as' ties it to the renewal "
       "told 'today' two sentences before, which no rule carries over), so the undated row of the United States and "
       "China fits the optional Ten-Year Framework record (2008 or no date) better" for c in ("found", "fields",
                                                                                              "evidence")},
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(HundredSixthWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"ecpnotes", "ndrcnea", "kstate"}, {"ecpnotes": 2})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
