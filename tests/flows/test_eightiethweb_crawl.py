"""Crawl the eightieth test web (tests/eightiethweb.py: an international city network's newsroom, a Hong Kong news
site in Traditional Chinese and a UN-style press-release set, about the results of climate summits) with the ingest
flow into a temporary DuckDB and check it against tests/data/eightiethweb/gold.json, one test case per gold item (see
tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them (commit a67b5f6). FIRST RUN (the held-out
estimate, before any fix; `bench/ownwebs.py --webs eightiethweb`): events P 0.42 R 1.00 F1 0.59 (tp 5, fp 7, 1 wrong
value), agreements P 0.75 R 0.50 F1 0.60 (tp 3, fp 1, fn 3, 1 duplicate), commitments P 0.29 R 0.50 F1 0.36 (tp 2,
fp 5, fn 2): macro F1 0.517, 1 duplicate, 1 wrong value. Misses: A-GOODFOOD-2019 ("Fourteen cities signed the ...
Declaration" + "The signatories, among them A, B, C and D, will ..."), A-MEXICOPACT-2010 ("The pact was signed by 138
mayors." + "Mayor X of A ... signed first, followed by Mayor Y of B"), A-BONNFIJI-2017 ("adopted the Bonn-Fiji
Commitment" + "The commitment was signed first by ..., and by ...", 承諾由…與…率先簽署), C-NRW-2020 and C-NRW-2050 ("Laschet
told the summit that North Rhine-Westphalia, home to ..., would hold to its climate protection law, which requires
the state to cut ... by at least 25 percent ... by 2020 and by at least 80 percent by 2050": the entity reader loses
the state after "told the summit that"; Chinese "北萊茵-威斯特法倫州會遵守…法，到2020年…至少減少25%" has no pledge verb).
False rows: the Paris City Hall Declaration's "commit to support ambitious long-term goals such as ... 100 percent
renewable energy ... or an 80 percent reduction ... by 2050" as pledges of Paris, Rio de Janeiro, the United Nations,
C40 and 巴黎市政厅 (5 commitments); COP21, COP23 and COP28 as events (the UN conferences the summits were held during:
the gold should have had them optional, as docs/events.md says of a gathering around the one where the signing was;
added as optional after this run, which makes the first run's macro F1 about 0.56); "Climate Summit" (a name cut
before "of Local and Regional Leaders"), 区域领袖气候峰会 (「地方及區域領袖氣候峰會」 cut at 及), 联合国气候变化大会 beside
COP23 for "聯合國氣候變化大會（COP23）", COP28地方气候行动峰会; the Paris declaration with "United Nations" (from "held
during the UN climate conference") and "C40 Cities Climate Leadership Group" (from "Mayor Eduardo Paes, chair of the
C40 ...") as parties; the un03 stocktake's recall of the declaration dated to the stocktake's day and New York (a
duplicate; its summit row dated 2020-12-04, the wrong value).

AT THE HELPER'S MERGE (after the fixes by class, gold with the COPs optional): events P 0.62 R 1.00 F1 0.77 (tp 5,
fp 3: all three duplicates), agreements P 0.80 R 0.67 F1 0.73 (tp 4, fp 1: a duplicate, fn 2), commitments P 1.00
R 0.50 F1 0.67 (tp 2, fn 2): macro F1 0.721, 4 duplicates, 0 wrong values; no row matching no gold record.
NOW (main after the 84th web's merge: COP28地方气候行动峰会 renders whole and folds with the English summit; "the state"
reads North Rhine-Westphalia's 2020 target): events P 0.83 R 1.00 (tp 5, 1 duplicate), agreements P 0.80 R 0.67
(tp 4, 1 duplicate, fn 2), commitments P 1.00 R 0.75 (tp 3, fn 1): macro F1 0.831, 2 duplicates, 0 wrong values. Rules:
scrapers/extract/supported_goals.py, office_asides_en.py, two_sentences_en.SIGNATORY_LIST (an apposed list, "signed
first by"), events.EN_NAME ("Summit of ..."), events.ZH_NAME (「」), event_rules.ZH_COP ("联合国气候变化大会（COP23）"),
shown in tests/scrapers/extract/test_supported_goals.py, test_office_asides_en.py and test_summit_outcomes.py. What is
left is in KNOWN_GAPS.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl  # noqa: E402
from eightiethweb import GOLD_PATH, EightiethWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {
    "events:E-WMSC-2010:fields": "'signed ... on Sunday at the close of the World Mayors Summit on Climate': the close "
                                 "is the last day; the first stays NULL (the gold wants 21 Nov, a one-day reading)",
    "events:E-CSLRL-2017:evidence": "the English 'Climate Summit of Local and Regional Leaders' (ma03) and the Chinese "
                                    "地方及区域领袖气候峰会 (hk04) are two rows: a Chinese name no table renders",
    "events:E-CSLRL-2017:no_duplicate": "the same two rows, and un03's recalled 'Climate Summit for Local Leaders' "
                                        "dated to the stocktake's day (2020-12-04) takes this record as its best fit",
    "events:E-CSLL-2015:evidence": "hk02 ties the declaration ('會上，…簽署') to COP21, not to 「地方領袖氣候峰會」: the "
                                   "Chinese summit row is dropped with no record of its own",
    "agreements:A-MEXICOPACT-2010:*": "'The pact was signed by 138 mayors. Mayor X of A, who hosted ..., signed first, "
                                      "followed by Mayor Y of B': 'signed first, followed by' is read as no signing",
    "agreements:A-BONNFIJI-2017:*": "'adopted the Bonn-Fiji Commitment ...' + 'The commitment was signed first by ...': "
                                    "a Commitment is no instrument word, and 承諾由A與B率先簽署 is not read either",
    "agreements:A-PARISCITYHALL-2015:fields": "event_name COP21: the declaration signed at the summit held during COP21 "
                                              "takes the surrounding COP, not the Climate Summit for Local Leaders",
    "agreements:A-PARISCITYHALL-2015:no_duplicate": "un03 recalls the declaration ('were the first to sign the "
                                                    "declaration on 4 December 2015') but the row takes the "
                                                    "stocktake's dateline day and New York: a second row",
    "agreements:A-CHAMP-2023:fields": "'launched on 1 December by the United Arab Emirates and endorsed by ... among "
                                      "them Germany, Kenya and Chile': the launcher is not a party of the row",
    "commitments:C-NRW-2020:fields": "'Laschet told the summit that North Rhine-Westphalia ... would hold to its "
                                     "climate protection law, which requires the state to cut ...' is read (the "
                                     "state a Land's English name, the eighty-fourth web's fix) but its event is the "
                                     "surrounding COP23, not the Climate Summit of Local and Regional Leaders",
    "commitments:C-NRW-2020:evidence": "hk04's 會遵守…法，到2020年…至少減少25% has no pledge verb",
    "commitments:C-NRW-2050:*": "the same sentences: 'and by at least 80 percent by 2050' (a second target after 'and "
                                "by') is not read even where the first is",
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
_ENV = {"NO_PROXY": "127.0.0.1,localhost", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
HARNESS = GoldCrawl(EightiethWeb, GOLD_PATH, KNOWN_GAPS, env=_ENV)
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    """The three sources crawled without a failure, the newsroom through both its listing pages; the sitemap's about
    page (one line of text) is stored as a page with no record, beside the gold's articles."""
    stats = crawl.result["sources"]
    assert set(stats) == {"metroalliance", "hkgreen", "unpress"}
    assert not [st["failed"] for st in stats.values() if st["failed"]]
    assert stats["metroalliance"]["listing_pages"] == 2
    stored = {a["url"].split("/", 3)[3] for a in crawl.articles}
    assert len(crawl.articles) == len(GOLD["articles"]) + 1 and "en/about/" in stored, sorted(stored)


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
