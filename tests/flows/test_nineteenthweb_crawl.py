"""Crawl the nineteenth test web (tests/nineteenthweb.py: a provincial government newsroom, a regional newspaper and a
city-network blog, about subnational and regional climate cooperation) with the ingest flow into a temporary DuckDB
and check it against tests/data/nineteenthweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs nineteenthweb`): events P 0.00 R 0.00 F1 0.00 (miss E-U2GA-2019, the Under2
Coalition General Assembly: no row), agreements P 1.00 R 0.60 F1 0.75 (tp 3; misses A-AB-HL-2018: "Alberta and China's
Heilongjiang Province have agreed to cooperate under a new memorandum ..." + "It was signed in Harbin on June 6 by ...",
and "Alberta inked a memorandum of understanding with China's Heilongjiang Province on Wednesday" (no Heilongjiang
read after "China's"); A-HB-U2-2019: "Hubei Province joined the Under2 Coalition last Tuesday" + "A vice-governor ...
signed the Under2 Memorandum of Understanding ...", "Hubei Province put its signature to the Under2 MOU"),
commitments P 1.00 R 0.80 F1 0.89 (miss C-CT-RE-2030: "Catalonia has set a target of generating 50 percent of its
electricity from renewable sources by 2030"), macro F1 0.546 (the scorer's, events 0 counted), no false rows, wrong
values 0. Record checks failing then besides the misses: A-KW-SY-2019's fields and evidence (read only from the
headline "Kawasaki and Shenyang sign eco-town memorandum": no day, no place, no IGES; the body's "A memorandum ... was
signed on 27 August in Shenyang." + "Its signatories were the City of Kawasaki, ..." not read).
NOW (docs/english-unseen-grammar.md, Round 7): events 0.00 (the event's gap, below), agreements P 1.00 R 1.00 F1 1.00,
commitments P 1.00 R 1.00 F1 1.00, macro F1 0.667 (the scorer's; 1.000 over agreements and commitments), no false
rows, wrong values 0: "agreed to cooperate under a new memorandum" + "It was signed in ... on ...", "put its
signature to", "Its signatories were ...", "joined the Under2 Coalition" completed by the signing of its MOU, a lone
signer of "the Under2 MOU", a fronted "At the ... in Madrid on 10 December," and European regions known by name.
Checks the current extractor fails are marked xfail (strict=True) in KNOWN_GAPS with the sentence and what came out
(`pytest -rxX ...`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl, check_sources  # noqa: E402
from nineteenthweb import GOLD_PATH, NineteenthWeb  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {
    "events:E-U2GA-2019:evidence":
        "'... at the coalition's General Assembly in Madrid, which was held on Dec. 10.' (paper03) -> the event row "
        "cites net02 only: 'the coalition's General Assembly' names the gathering by a common noun's possessive, and a "
        "bare 'General Assembly' is a legislature's as often (topic.NOT_AN_EVENT); net02's full name gives the row",
}

HARNESS = GoldCrawl(NineteenthWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"gov", "paper", "net"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
