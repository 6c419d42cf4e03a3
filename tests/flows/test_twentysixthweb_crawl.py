"""Crawl the twenty-sixth test web (tests/twentysixthweb.py: a state government newsroom and a university news office,
about U.S. states beyond California, their agencies, a public utility commission and a state university's institute,
Chinese provinces, a city agency, a provincial academy, universities and U.S. NGOs) with the ingest flow into a
temporary DuckDB and check it against tests/data/twentysixthweb/gold.json, one test case per gold item (see
tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them and has not been changed since.
FIRST RUN (the held-out estimate, before any fix; `bench/ownwebs.py --webs twentysixthweb`): events 1.00 (tp 1),
agreements P 0.75 R 0.55 F1 0.63 (tp 6, fp 2, fn 5; fields: parties recall 5/6, parties precision 4/6, signed_on 4/6),
commitments 1.00 (tp 2), macro F1 0.877; one wrong value; the university site kept "Editor's notes" in 4 texts.
Misses: the two pairs of one forum sentence ("Connecticut and the Guangxi Zhuang Autonomous Region signed a letter of
intent on ..., and Massachusetts and Jilin Province signed a memorandum of understanding on ..."); the renewed
DOER-Hangzhou memorandum, whose day is in the sentence before its parties ("A memorandum ... was signed at a virtual
ceremony on Thursday. The memorandum was signed by A and B, and renews ...": the row kept no day and paired with the
optional 2016 original); the Prairie Research Institute-Henan Academy memorandum and the Illinois-Jilin partnership,
both read with the university's dateline as parties ("CHAMPAIGN, Ill. - The Prairie Research Institute at the
University of Illinois Urbana-Champaign and ..." gave "CHAMPAIGN", "Ill. - The Prairie Research Institute" and the
university; "Governor X and Jilin Party Secretary Y signed ... for the State of Illinois and Jilin Province" gave
"CHAMPAIGN" and "Jilin"). False rows: those two. Wrong value: the three-party MassCEC-Jilin University-NRDC agreement
took 2018-09 from the next-but-one sentence's recalled "signed last September". Kept but imperfect: the sister-state
agreement read "the Commonwealth of Massachusetts" as two parties ("Commonwealth", "Massachusetts"); the
Illinois-Guizhou University-EDF agreement kept "URBANA" and "Ill. - The University of ..."; the ICC letter of intent
signed "the same day" kept no day. The negatives (talks, planned signings, soybean purchases, an education-only
degree agreement, an education-only letter of intent recalled) and the chrome gave no rows.
NOW (after the fixes by class, tests/scrapers/extract/test_unseen_grammar_en9.py): events 1.00, agreements P 1.00
R 0.82 F1 0.90 (tp 9, fn 2, no wrong value), commitments 1.00, macro F1 0.967. The two page-reading gaps left then
(the mass site's "3/5/2021" under lang="en" read as ambiguous, so "on Thursday" had no anchor; the university site's
"Editor's notes" box kept in the text) are fixed by class (scrapers/day_evidence.py: the body's US dateline "BOSTON - "
settles month first; chrome_lines._NOTES_OPENER; tests/scrapers/test_unseen_pages3.py): no KNOWN_GAPS left. (DOER's undated letter
of intent with the Liaoning DRC, once joined through ma02's recalled Massachusetts-Liaoning agreement to the
sister-state agreement its own page keeps apart, "Separately, ...", is its own row now: UnionFind.keep_apart.)
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from twentysixthweb import GOLD_PATH, TwentySixthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {}

HARNESS = GoldCrawl(TwentySixthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"mass", "illinews"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
