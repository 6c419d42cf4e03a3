"""Crawl the hundred-eleventh test web (tests/hundredeleventhweb.py: the Lower Saxony State Chancellery's English press
releases, 广州市人民政府外事办公室's TRS-style portal and Ulsan Metropolitan City's English news, about climate
partnerships of Chinese provinces and cities with regions of Europe, Korea, Japan and Latin America) with the ingest
flow into a temporary DuckDB and check it against tests/data/hundredeleventhweb/gold.json, one test case per gold item
(see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs hundredeleventhweb`, gold committed in c861a51): events P 0.00 R 0.00 (fp 1, fn 1),
agreements P 0.71 R 0.71 F1 0.71 (tp 5, fp 2, fn 2, 1 duplicate), commitments P 1.00 R 1.00 (tp 6): macro F1 over the
relations present 0.571, 0 wrong values. Misses: E-HANNOVER-MESSE-2023 ("signed a joint declaration ... on Monday at
the Hannover Messe": "Messe" no gathering's head word, and the declaration itself read only from the headline,
undated, "Minister-President Stephan Weil" signing for no one); A-GZ-LINKOPING-2017 and A-GZU-LIU-2017 ("广州市市长温国辉
与巴尔塔马签署两市深化合作备忘录，并共同见证广州大学与林雪平大学…分别签署合作备忘录": both read, then joined by
resolution into one row of Linköping and Guangzhou University, a false row). False rows: that joined row; the event
"City Sustainable Development Seminar" (第三届城市可持续发展研讨会 opened the day after the signing, speeches only).
Duplicate: us01's "On the same day, the city signed a business agreement ... with the Guangzhou Municipal People's
Government and Hyundai Motor Company" read as Guangzhou and Hyundai only ("the city" = Ulsan unread), undated, beside
gz01's three-party row; us01's first sentence, "Ulsan Metropolitan City announced on the 26th that it signed a
friendly cooperation city agreement with Guangzhou ... on the 25th", read nothing ("it" no one, and the 26th taken
for the signing's day). Also: gz01's sides kept as written (蔚山广域市, 韩国现代汽车公司), nd04's "commits itself to
becoming greenhouse gas neutral by 2040" unread (the row held by nd01 only), Ulsan's pages kept their "| Date | … |
Views | … | Writer | … |" row and had "City News < News < Ulsan Metropolitan City" for a title.
NOW: events, agreements and commitments P 1.00 R 1.00 (tp 1, 7, 6): macro F1 1.000, 0 duplicates, 0 wrong values;
four field gaps (below: the fair's day and city, the visit's city). The gold's "at least 75 percent" was written with a
maximum of 75 at first; corrected to the minimum only, the sixty-sixth web's practice.
Rules, each shown on texts of our own: reported_signings_en.py ("X announced on the 26th that it signed ... on the
25th": the reporter signs, on its clause's day), place_anaphora_en ("the city" beside its own counterparts),
clauses_en.bare_officials ("Minister-President"), events ("<City> Messe"), pledge_forms_read_en ("greenhouse gas
neutral"), further.SET_APART ("On the same day", 同日: another instrument) (test_reported_signings_en.py);
korean_city_ranks_zh.py (蔚山广域市), alias_contractions_zh (现代汽车公司), topic._over_before (a seminar after every
signing), warehouse.resolve_agreements (a witnessed signing of the same sentence kept apart)
(test_korean_city_ranks_zh.py); scrapers/board_meta_rows.py and headline_elements (a trail <title>)
(tests/scrapers/test_board_meta_rows.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from hundredeleventhweb import GOLD_PATH, HundredEleventhWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_MESSE = ("'... signed a joint declaration to that effect on Monday at the Hannover Messe.' + 'The world's leading "
          "industrial trade fair opened on 17 April and runs until 21 April' (nd01): the fair is read by its name, but "
          "its days are told by another head word ('trade fair') and its city in German ('Hannover', no gazetteer "
          "spelling; the dateline's 'HANOVER.' is not taken for a gathering): the event has no day and no city, and "
          "the declaration no city")
_VISIT = ("'11月29日至12月1日，瑞典林雪平市市长…率团访问广州' + '11月29日，广州市市长温国辉与巴尔塔马签署…' (gz03): the signing "
          "sentence names no place; the visit's host city is not read as where the day's signings were made")
KNOWN_GAPS: dict[str, str] = {
    "events:E-HANNOVER-MESSE-2023:fields": _MESSE,
    "agreements:A-NDS-ANHUI-2023:fields": _MESSE,
    "agreements:A-GZ-LINKOPING-2017:fields": _VISIT,
    "agreements:A-GZU-LIU-2017:fields": _VISIT,
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(HundredEleventhWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"nds", "gzfao", "ulsan"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
