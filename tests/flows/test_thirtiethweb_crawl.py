"""Crawl the thirtieth test web (tests/thirtiethweb.py: a regional English newspaper found through a sitemap index,
a Simplified Chinese provincial portal paged by ?page=2 and an English live / bilingual site found through an RSS
feed, each with chrome kinds no other web has) with the ingest flow into a temporary DuckDB and check it against
tests/data/thirtiethweb/gold.json, one test case per gold item (see tests/gold_crawl.py). What this web is for: the
article checks (fingerprint, first-publication date, must_contain / must_not_contain of chrome that reads like news).

The gold was written from the texts before the pipeline was run on them. FIRST RUN (the held-out estimate, before
any fix; `bench/ownwebs.py --webs thirtiethweb`): records: events 1.00 (tp 1), agreements P 0.75 R 1.00 F1 0.86 (tp 3,
fp 1: "Ohio, Henan Province" from g01/g03's in-body "READ MORE:" link), commitments P 0.67 R 1.00 F1 0.80 (tp 2, fp 1:
"Texas carbon_neutrality 2040" from g02's in-body "Related:" link), macro F1 0.886, 0 duplicates (the AMP copy is one
row), 0 wrong values. Articles (the scorer's checks): found 8/8, published_on 8/8 (the "Updated on" date was not
taken), language 7/8 (l02, an English story with a 中文摘要 box, read as zh), text checks 86/98: kept in-body READ MORE
/ Related headlines (g01, g02, g03), figure captions (g01 "Officials sign the memorandum in Fuzhou on Monday", g03 "...
sign a memorandum in Fuzhou in October"), 【字体： (c02, c03), the live blog's "Pinned" label (l01), the 中文摘要 box
(l02). Kept but not checked: pull quotes (g01, a body sentence twice), 分享到's "微信 微博 QQ空间" (c02, c03).
NOW (scrapers/inline_chrome.py and the toolbar / file-photo rules, each shown on two templates in
tests/scrapers/test_inline_chrome.py): records macro F1 1.000 (events, agreements, commitments 1.00; 0 fp), articles
8/8 found, published_on 8/8, language 8/8, text checks 97/98: only g01's photo caption is kept (KNOWN_GAPS: captions
are article text by the reader's rule). The 编者按 is kept (a reader reads the editor's note as the article's opening).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("gold_crawl")  # its asserts report as this module's own did
from gold_crawl import GoldCrawl  # noqa: E402
from thirtiethweb import GOLD_PATH, ThirtiethWeb  # noqa: E402

# Checks the current pipeline fails: "<relation>:<key>:<check>" -> reason. Remove an entry once the gap is fixed.
KNOWN_GAPS: dict[str, str] = {
    "article:g01:text": "g01 keeps its photo caption 'Officials sign the memorandum in Fuzhou on Monday.' (credit cut): "
                        "captions are article text by the reader's documented rule (docs/page-reading.md, "
                        "tests/scrapers/test_reader.py test_captions_kept_in_reading_order; records of other webs cite "
                        "captions); the gold, written before the run, lists it as chrome and is left as written. "
                        "Only file-photo captions (an earlier occasion, g03) are dropped",
}

HARNESS = GoldCrawl(ThirtiethWeb, GOLD_PATH, KNOWN_GAPS, env={"NO_PROXY": "127.0.0.1,localhost"})
GOLD = HARNESS.gold
crawl = HARNESS.fixture()


# --- the crawl itself --------------------------------------------------------------------------------------------
NON_ARTICLES = {"/subscribe/", "/events/webinar-registration", "/podcast/episode-12"}  # sitemap / feed extras


def test_every_source_crawled_and_only_non_articles_fail(crawl):
    """The sitemap index's pages sitemap and the feed's extra items are not articles: a page with no main text is
    reported as such, never stored; the about page (one line of text) is stored as a page with no record. The
    sources name no exclude_urls, as a held-out web's sources would not."""
    stats = crawl.result["sources"]
    assert set(stats) == {"gazette", "minnan", "ridge"}
    failed = {url.split("/", 3)[3] and "/" + url.split("/", 3)[3]: why for st in stats.values()
              for url, why in st["failed"].items()}
    assert set(failed) == NON_ARTICLES and set(failed.values()) == {"no main text found"}, failed
    stored = {a["url"].split("/", 3)[3] for a in crawl.articles}
    assert len(crawl.articles) == len(GOLD["articles"]) + 1 and "about/" in stored, sorted(stored)
    assert not [a for a in crawl.articles if "/amp/" in a["url"]]  # the AMP copy is its canonical article


# --- articles, records and rows matching no gold record (tests/gold_crawl.py) -----------------------------------
test_article, test_record, test_no_unexpected_rows = HARNESS.tests(__name__)


def test_pull_quote_share_row_and_summary_box_are_not_text(crawl):
    """Beyond the gold's checks: a pull quote does not print a body sentence twice, the share row leaves no platform
    names, the English story with a 中文摘要 box is English."""
    by = {crawl.url_to_id.get(a["url"]): a for a in crawl.articles}
    assert by["g01"]["text"].count("where our two coasts meet") == 1
    assert not [g for g in ("c01", "c02", "c03") if "QQ空间" in by[g]["text"] or "微博" in by[g]["text"]]
    assert by["l02"]["language"] == "en"
