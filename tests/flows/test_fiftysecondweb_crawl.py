"""Crawl the fifty-second test web (tests/fiftysecondweb.py: an English regional news site and a Chinese city portal,
about gatherings whose place and days are told indirectly: "the Chinese capital", "the Guangdong provincial capital",
"hosted by the city", 在穗/在京/在蓉/在沪/在渝, 贵州省会; "Tuesday through Thursday", "the two-day meeting that ended on
Friday", 为期三天) with the ingest flow into a temporary DuckDB and check it against
tests/data/fiftysecondweb/gold.json, one test case per gold item (see tests/gold_crawl.py).

The gold was written from the texts before the extractor was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs fiftysecondweb`): events P 1.00 R 0.58 F1 0.74
(tp 7, fp 0, fn 5), agreements P 1.00 R 1.00 F1 1.00 (tp 6, fp 0, fn 0), no commitments in the gold; macro F1 0.869 over
the two relations (the scorer's own, counting the empty commitments as 0: 0.579), 0 duplicates, 0 wrong values; 25 of
100 checks failed. Missed events: E-COLDCHAIN-2025 ("the ... Roundtable in Beijing's Chaoyang district, the two-day
meeting that ended on Friday"), E-SHADE-2025 ("The Central Valley Shade Summit, hosted by the city, ran Nov 30 -
Dec 2"), E-ADAPT-2025 and E-SWBUILD-2025 and E-LCTRANSPORT-2025 (座谈会 and 交流会 were no head of a gathering's
name). Of the 7 found: start_on 5/7 (none for "4th-6th June" and "Tuesday through Thursday"), city 4/7 (none for "the
Chinese capital" and "the Guangdong provincial capital"; 长三角—加州…对话会在沪举行 placed in California: country US, no
city), end_on missing on 4 (the month-crossing ranges "from 30 November to 2 December" and 11月30日至12月2日, and the two
undated). Agreements: city 1/6 (none where the event had none, none for "At a ceremony in the Sichuan capital", none
for two signed at gatherings whose city was known), and Leshan-Modesto's ceremony in Chengdu was given the Beijing
dialogue as its event (a made-up link). No false event: the officials "from the Chinese capital", the 赴京 trip and
the webinar to come gave none.
NOW: events P 1.00 R 0.67 F1 0.80 (tp 8, fp 0, fn 4), agreements P 1.00 R 1.00 (tp 6), macro F1 0.900 over the two
relations, 0 duplicates, 0 wrong values; 12 checks left (KNOWN_GAPS), every found event and agreement right in every
field (days, city, country, event). Fixed: places told by reference, spans across months, ordinal and weekday spans,
在沪 over a place inside the name, signings placed by reference or by a day of the gathering, no event for a signing
in another city (docs/place-references.md). One found event was lost on the way: E-UPPERYANGTZE-2025 had been matched
under a made-up name (游城市水生态保护论坛, 长江上 cut off); its whole name is now read and, too little of it known,
dropped.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from fiftysecondweb import GOLD_PATH, FiftysecondWeb  # noqa: E402
from gold_crawl import GoldCrawl, check_sources  # noqa: E402

# Checks the current extractor fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
_SIDE = ("a second gathering in a story whose records were made at another: events.find_events reads it (place and "
         "days), but topic.keep_records keeps only a gathering a record was made at when the story has records")
_UNKNOWN = ("a Chinese name with too few words the glossary knows (长江上游…, 中美地方气候适应…): events.find_events "
            "drops it rather than render a partial name (before the fix it cut 长江上 off and kept 游城市…论坛, a made-up "
            "name)")
KNOWN_GAPS: dict[str, str] = {
    **{f"events:{k}:{c}": _SIDE for k in ("E-COLDCHAIN-2025", "E-SHADE-2025") for c in ("found", "fields", "evidence")},
    **{f"events:{k}:{c}": _UNKNOWN + ("; and a side gathering: " + _SIDE if k == "E-ADAPT-2025" else "")
       for k in ("E-ADAPT-2025", "E-UPPERYANGTZE-2025") for c in ("found", "fields", "evidence")},
}

# a busy machine can take longer than Prefect's default to start the ephemeral API server: a slow start is no failure
HARNESS = GoldCrawl(FiftysecondWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost",
                                                                "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
def test_every_source_crawled_without_failures(crawl):
    check_sources(crawl, {"valleywire", "xncs"})


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)
