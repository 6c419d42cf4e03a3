"""Listing pages, feeds and sitemaps into canonical, allow-listed URLs (pure functions, no network)."""
from __future__ import annotations

from datetime import date

from pactwatch.config import Source
from scrapers.discover import parse_feed, parse_listing, parse_sitemap

SRC = Source(name="news", start_urls=["http://127.0.0.1:8081/news/"], article_links="h2.title a, li.card",
             next_page="a.next", allow_hosts=["cdn.example.org"])
PAGE = "http://127.0.0.1:8081/news/?page=1"

LISTING = """<html><body>
<h2 class="title"><a href="/news/2024/pact.html?utm_source=x#top">Pact</a></h2>
<h2 class="title"><a href="2024/summit.html">Summit</a></h2>
<h2 class="title"><a href="/news/2024/pact.html">Pact again</a></h2>
<h2 class="title"><a href="https://twitter.com/share?u=1">Share</a></h2>
<h2 class="title"><a href="javascript:void(0)">JS</a></h2>
<li class="card"><span><a href="//cdn.example.org/doc/1">Card</a></span></li>
<a class="next" href="?page=2">Next</a>
<a class="next" href="?page=1">Self</a>
</body></html>"""


def test_parse_listing_articles_and_next_pages():
    listing = parse_listing(LISTING, PAGE, SRC)
    assert listing.article_urls == [
        "http://127.0.0.1:8081/news/2024/pact.html",
        "http://127.0.0.1:8081/news/2024/summit.html",
        "http://cdn.example.org/doc/1",
    ]
    assert listing.next_urls == ["http://127.0.0.1:8081/news/?page=2"]
    assert listing.dropped == 2 and listing.warnings == []


def test_parse_listing_honours_base_href():
    html = '<html><head><base href="http://127.0.0.1:8081/archive/"></head><body>' \
           '<h2 class="title"><a href="a.html">A</a></h2></body></html>'
    assert parse_listing(html, PAGE, SRC).article_urls == ["http://127.0.0.1:8081/archive/a.html"]


def test_parse_listing_warns_when_selector_matches_nothing():
    listing = parse_listing("<html><body><p>redesigned site</p></body></html>", PAGE, SRC)
    assert listing.article_urls == [] and len(listing.warnings) == 1
    assert "matched nothing" in listing.warnings[0] and "h2.title a" in listing.warnings[0]


def test_parse_listing_survives_odd_input():
    assert parse_listing("", PAGE, SRC).warnings
    xml_decl = '<?xml version="1.0" encoding="gb2312"?><html><body><h2 class="title"><a href="/x">中</a></h2></body></html>'
    assert parse_listing(xml_decl, PAGE, SRC).article_urls == ["http://127.0.0.1:8081/x"]
    feed_only = Source(name="f", feed="http://127.0.0.1:8081/rss")
    assert parse_listing(LISTING, PAGE, feed_only).warnings


RSS = """<?xml version="1.0" encoding="gb2312"?>
<rss version="2.0"><channel><title>生态环境部</title><link>http://127.0.0.1:8081/</link>
<item><title>中美气候合作联合声明</title><link>http://127.0.0.1:8081/a/1.html?from=rss</link>
  <pubDate>Tue, 05 Mar 2024 01:00:00 +0800</pubDate></item>
<item><title> Relative </title><link>/a/2.html</link><pubDate>2024-03-06 10:00:00</pubDate></item>
<item><title>Elsewhere</title><link>http://other.example.com/x</link></item>
<item><title>No date</title><guid>http://127.0.0.1:8081/a/3.html</guid></item>
<item><title>Dup</title><link>http://127.0.0.1:8081/a/1.html</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>ICLEI</title>
<entry><title>City pact</title><link rel="alternate" href="http://127.0.0.1:8081/news/pact"/>
  <id>urn:uuid:1</id><updated>2024-02-29T23:30:00-05:00</updated><published>2024-02-28T10:00:00Z</published></entry>
<entry><title type="html">Only &lt;b&gt;updated&lt;/b&gt;</title><link href="http://127.0.0.1:8081/news/b"/>
  <id>urn:uuid:2</id><updated>2024-02-29T23:30:00-05:00</updated></entry>
</feed>"""


def test_parse_rss():
    entries = parse_feed(RSS, "http://127.0.0.1:8081/rss.xml", SRC)
    assert [(e.url, e.published, e.title) for e in entries] == [
        ("http://127.0.0.1:8081/a/1.html", date(2024, 3, 5), "中美气候合作联合声明"),  # date as written, not UTC
        ("http://127.0.0.1:8081/a/2.html", date(2024, 3, 6), "Relative"),
        ("http://127.0.0.1:8081/a/3.html", None, "No date"),
    ]


def test_parse_atom():
    entries = parse_feed(ATOM, "http://127.0.0.1:8081/atom.xml", SRC)
    assert [(e.url, e.published) for e in entries] == [
        ("http://127.0.0.1:8081/news/pact", date(2024, 2, 28)),
        ("http://127.0.0.1:8081/news/b", date(2024, 2, 29)),
    ]
    assert entries[1].title == "Only updated"


def test_parse_feed_garbage_is_empty():
    assert parse_feed("not a feed", "http://127.0.0.1:8081/rss", SRC) == []
    assert parse_feed("http://127.0.0.1:8081/rss", "http://127.0.0.1:8081/rss", SRC) == []  # never fetched


SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>http://127.0.0.1:8081/news/a</loc><lastmod>2024-03-05</lastmod></url>
  <url><loc> http://127.0.0.1:8081/news/b?utm_medium=x </loc><lastmod>2024-03-06T10:00:00+08:00</lastmod></url>
  <url><loc>http://127.0.0.1:8081/news/a</loc></url>
  <url><loc>https://elsewhere.example.com/c</loc></url>
  <url><loc>http://127.0.0.1:8081/news/d</loc><lastmod>garbage</lastmod></url>
</urlset>"""

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>http://127.0.0.1:8081/sitemap-news.xml</loc><lastmod>2024-03-01</lastmod></sitemap>
  <sitemap><loc>/sitemap-2023.xml</loc></sitemap>
  <sitemap><loc>https://evil.example.com/s.xml</loc></sitemap>
</sitemapindex>"""


def test_parse_sitemap_urlset():
    sm = parse_sitemap(SITEMAP, "http://127.0.0.1:8081/sitemap.xml", SRC)
    assert sm.urls == [("http://127.0.0.1:8081/news/a", date(2024, 3, 5)),
                       ("http://127.0.0.1:8081/news/b", date(2024, 3, 6)),
                       ("http://127.0.0.1:8081/news/d", None)]
    assert sm.child_sitemaps == []


def test_parse_sitemap_index():
    sm = parse_sitemap(INDEX, "http://127.0.0.1:8081/sitemap.xml", SRC)
    assert sm.child_sitemaps == ["http://127.0.0.1:8081/sitemap-news.xml", "http://127.0.0.1:8081/sitemap-2023.xml"]
    assert sm.urls == []


def test_parse_sitemap_text_and_garbage():
    text = "http://127.0.0.1:8081/a\n\nhttp://other.org/b\nhttp://127.0.0.1:8081/c\n"
    assert parse_sitemap(text, "http://127.0.0.1:8081/s.txt", SRC).urls == [
        ("http://127.0.0.1:8081/a", None), ("http://127.0.0.1:8081/c", None)]
    assert parse_sitemap("<<<", "http://127.0.0.1:8081/s.xml", SRC).urls == []
    bomb = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset><url><loc>&e;</loc></url></urlset>'
    assert parse_sitemap(bomb, "http://127.0.0.1:8081/s.xml", SRC).urls == []
