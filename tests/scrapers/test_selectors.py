"""A source's own CSS selectors: listing links with soupsieve's pseudo-classes, and the page's title, body (with
`exclude`) and date read by selector, falling back (with a warning) when a selector finds nothing. Pure, no network."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pactwatch.config import Source, SourcesError, parse_sources
from pactwatch.models import FetchedPage, ReadPage
from scrapers.article import read_article
from scrapers.discover import parse_listing
from scrapers.selectors import PageSelectors, overlay, parse_date, select_parts, whole_reading

BASE = "http://127.0.0.1:8081"

LISTING = """<html><body>
<ul class="news">
  <li class="item"><h3><a href="/n/1.html">Pact signed</a></h3><span class="date">2024-03-05</span></li>
  <li class="item"><h3><a href="/n/2.html">Sponsored: buy now</a></h3></li>
  <li class="item ad"><h3><a href="/n/3.html">Advert</a></h3><span class="date">2024-03-04</span></li>
  <li class="item"><h3><a href="/n/4.html">Summit held</a></h3><span class="date">2024-03-01</span></li>
</ul>
<div class="pages"><a href="?p=1">1</a> <a href="?p=2">Next page</a> <a href="?p=9">Last</a></div>
</body></html>"""


def listing_source(article_links: str, next_page: str | None = None) -> Source:
    return Source(name="news", start_urls=[f"{BASE}/n/"], article_links=article_links, next_page=next_page)


def test_article_links_with_has_picks_only_dated_items():
    listing = parse_listing(LISTING, f"{BASE}/n/", listing_source("li:has(> span.date) h3 a"))
    assert listing.article_urls == [f"{BASE}/n/1.html", f"{BASE}/n/3.html", f"{BASE}/n/4.html"]


def test_not_list_is_and_soup_contains():
    src = listing_source("li:not(.ad, :-soup-contains('Sponsored')) :is(h2, h3) > a",
                         "div.pages a:-soup-contains('Next')")
    listing = parse_listing(LISTING, f"{BASE}/n/?p=1", src)
    assert listing.article_urls == [f"{BASE}/n/1.html", f"{BASE}/n/4.html"]
    assert listing.next_urls == [f"{BASE}/n/?p=2"]


def test_invalid_selector_is_one_line_naming_file_source_and_key():
    with pytest.raises(SourcesError) as exc:
        parse_sources("- {name: x, start_urls: ['http://a.org/'], article_links: 'li:has(a'}", "bad.yaml")
    assert str(exc.value).startswith("bad.yaml: source 'x': article_links: invalid CSS selector 'li:has(a'")
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("keys, message", [
    ("title: 'h1[', ", "bad.yaml: source 'x': title: invalid CSS selector 'h1['"),
    ("date: 'time::after', ", "bad.yaml: source 'x': date: invalid CSS selector 'time::after'"),
    ("body: [div.ok, 'p:nope'], ", "bad.yaml: source 'x': body[1]: invalid CSS selector 'p:nope'"),
    ("body: div.ok, exclude: '', ", "bad.yaml: source 'x': exclude[0]: empty CSS selector"),
    ("exclude: aside, ", "bad.yaml: source 'x': exclude needs body"),
])
def test_reading_selectors_are_checked_at_load(keys, message):
    with pytest.raises(SourcesError) as exc:
        parse_sources("- {name: x, " + keys + "feed: 'http://a.org/f'}", "bad.yaml")
    assert str(exc.value).startswith(message) and "\n" not in str(exc.value)


def test_reading_keys_load_one_or_many():
    one, many = parse_sources(
        "- {name: a, feed: 'http://a.org/f', title: h1.headline, body: div.story, date: time}\n"
        "- {name: b, feed: 'http://b.org/f', body: [div.lead, div.story], exclude: [aside, .ad]}", "s.yaml")
    assert PageSelectors.of_source(one) == PageSelectors("h1.headline", ("div.story",), (), "time")
    assert PageSelectors.of_source(many) == PageSelectors(None, ("div.lead", "div.story"), ("aside", ".ad"), None)
    assert PageSelectors.of_source(Source(name="c", feed="http://c.org/f")) is None


# Two page shapes: a WordPress-like English post and a Chinese portal page.
POST = """<html><head><title>Pact signed | City News</title>
<meta property="og:title" content="Pact signed"><meta name="dc.title" content="  Cities sign a climate pact  ">
</head><body><h1>Pact signed</h1>
<p class="meta">Posted <time datetime="2024-03-05T09:00:00+01:00">yesterday</time> by Staff</p>
<div class="lead"><p>Two cities signed a memorandum of understanding on clean buses.</p></div>
<div class="story">
  <p>The agreement covers <b>electric</b>
     buses and charging.</p>
  <aside class="ad"><p>Advertisement: buy a bus</p></aside>
  <div class="lead"><p>A nested lead counted once.</p></div>
  <ul><li>First point of the plan.</li><li>Second point of the plan.</li></ul>
  <script>var x = "not text";</script><!-- a comment -->
  <p>Skip to Main Content</p>
</div>
<footer>Copyright 2024 City News</footer>
</body></html>"""

PORTAL = """<html><head><meta charset="utf-8"><title>两市签署气候合作备忘录_能源网</title></head><body>
<div class="top">今天是2024年3月9日 星期六</div>
<div class="art"><div class="tit">两市签署气候合作备忘录</div>
<div class="info">来源：本站 发布时间：2024年03月05日 10:00</div>
<div class="con"><p>两市于3月4日签署了关于电动公交车的合作备忘录，
双方将共同推进低碳交通。</p>
<p>首批电动公交车将于年内投入运营。</p>
<p class="editor">责任编辑：王五</p></div></div></body></html>"""


def test_title_body_exclude_and_date_from_selectors():
    sel = PageSelectors(title="meta[name='dc.title']", body=("div.lead", "div.story"), exclude=("aside.ad",),
                        date="p.meta time")
    got = select_parts(POST, sel)
    assert got.title == "Cities sign a climate pact"
    assert got.published_on == date(2024, 3, 5)
    assert got.text.splitlines() == [
        "Two cities signed a memorandum of understanding on clean buses.",
        "The agreement covers electric buses and charging.",
        "A nested lead counted once.",
        "First point of the plan.",
        "Second point of the plan.",
    ]  # page order, the nested lead once, the ad excluded, script and comment skipped, a chrome label dropped
    assert got.missed == []


def test_selectors_on_a_chinese_portal_page():
    got = select_parts(PORTAL, PageSelectors(title="div.tit", body=("div.con",), date="div.info"))
    assert got.title == "两市签署气候合作备忘录"
    assert got.published_on == date(2024, 3, 5)  # not the header's "today"
    # a line break in the source between Chinese characters is no space; the editor line is chrome
    assert got.text == "两市于3月4日签署了关于电动公交车的合作备忘录，双方将共同推进低碳交通。\n首批电动公交车将于年内投入运营。"


def test_selectors_that_find_nothing_are_named():
    got = select_parts(POST, PageSelectors(title="h1.headline", body=("div.article-body",), date="h1"), "en")
    assert (got.title, got.text, got.published_on) == (None, None, None)
    assert [m.split(" ")[0] for m in got.missed] == ["title", "date", "body"]
    assert "'h1.headline' matched nothing" in got.missed[0]
    assert "matched no date (it holds 'Pact signed')" in got.missed[1]


@pytest.mark.parametrize("text, expected", [
    ("2024-03-05T09:00:00Z", date(2024, 3, 5)),
    ("Posted on March 5th, 2024 by Staff", date(2024, 3, 5)),
    ("发布时间：2024年3月5日", date(2024, 3, 5)),
    ("5 mars 2024", date(2024, 3, 5)),  # dateparser: a month name the reader's rule does not know
    ("yesterday", None),  # relative dates are not publication dates
    ("March 2024", None),  # no day: not a full date
    ("5.3.2024", None),  # day-first or month-first: ambiguous, so none
    ("", None),
])
def test_parse_date(text, expected):
    assert parse_date(text, "fr") == expected


def test_overlay_keeps_the_generic_reading_where_selectors_found_nothing():
    generic = ReadPage(title="Generic", published_on=date(2024, 1, 1), language="en", text="Generic text.")
    assert overlay(generic, select_parts(POST, PageSelectors(title="h1.none", date="time"))) == ReadPage(
        title="Generic", published_on=date(2024, 3, 5), language="en", text="Generic text.")
    zh = overlay(generic, select_parts(PORTAL, PageSelectors(body=("div.con",))), "en")
    assert zh.text.startswith("两市") and zh.language == "zh" and zh.title == "Generic"


def page(html: str, url: str = f"{BASE}/n/1.html") -> FetchedPage:
    return FetchedPage(url=url, source="news", final_url=url, status=200, headers={}, body=html.encode(),
                       fetched_at=datetime.now(timezone.utc), text=html)


def test_read_article_uses_selectors_and_warns_on_a_miss():
    warnings: list[str] = []
    sel = PageSelectors(title="meta[name='dc.title']", body=("div.story",), exclude=("aside",), date="div.nodate")
    ex = read_article(page(POST), "en", selectors=sel, warnings=warnings)
    assert ex.article.title == "Cities sign a climate pact"
    assert ex.article.text.startswith("The agreement covers electric buses")  # the body only: the headline is title
    assert "Advertisement" not in ex.article.text and "clean buses" not in ex.article.text  # the lead: not selected
    assert ex.article.published_on == date(2024, 3, 5)  # the generic reader's (the <time> element)
    assert warnings == [f"{BASE}/n/1.html: date selector 'div.nodate' matched nothing "
                        "(the generic reader's date is used)"]
    plain = read_article(page(POST), "en")
    assert plain.article.title == "Pact signed" and "clean buses" in plain.article.text


def test_whole_reading_only_when_the_selectors_give_every_part():
    full = select_parts(PORTAL, PageSelectors(title="div.tit", body=("div.con",), date="div.info"), "zh")
    assert whole_reading(full, "en") == ReadPage(title="两市签署气候合作备忘录", published_on=date(2024, 3, 5),
                                                 language="zh", text=full.text)
    assert whole_reading(select_parts(PORTAL, PageSelectors(title="div.tit", body=("div.con",)))) is None
    ex = read_article(page(PORTAL), "zh", selectors=PageSelectors(title="div.tit", body=("div.con",), date="div.info"))
    assert (ex.article.title, ex.article.published_on, ex.article.language) == (
        "两市签署气候合作备忘录", date(2024, 3, 5), "zh")
