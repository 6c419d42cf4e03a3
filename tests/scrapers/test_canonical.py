"""Article identity (canonical link, final URL) and the per-source article URL rules, offline."""
from __future__ import annotations

from datetime import datetime, timezone

from pactwatch.config import Source
from pactwatch.models import FetchedPage
from scrapers.canonical import canonical_link, identity_url, is_article_url, nothing_found
from scrapers.urls import canonical_url

SRC = Source(name="s", start_urls=["http://a.org/news/"], article_links="a", allow_hosts=["www.a.org"])


def page(url: str, final: str, head: str) -> FetchedPage:
    text = f"<html><head>{head}</head><body><p>text</p></body></html>"
    return FetchedPage(url=url, source="s", final_url=final, status=200, headers={}, body=text.encode(),
                       fetched_at=datetime.now(timezone.utc), text=text)


def test_canonical_link_is_read_from_the_head_only():
    assert canonical_link('<link href="/n/1?a=1&amp;b=2" rel="Canonical">') == "/n/1?a=1&b=2"
    assert canonical_link("<link rel='alternate canonical' href='http://x/y'>") == "http://x/y"
    assert canonical_link('<head></head><body><link rel="canonical" href="/late"></body>') is None
    assert canonical_link('<link rel="stylesheet" href="/s.css">') is None


def test_identity_prefers_a_canonical_link_on_the_source_hosts():
    assert identity_url(page("http://a.org/p/1", "http://a.org/p/1", '<link rel="canonical" href="/n/1">'),
                        SRC) == "http://a.org/n/1"
    assert identity_url(page("http://a.org/p/1", "http://a.org/p/1",
                             '<link rel="canonical" href="http://www.a.org/n/1?utm_source=x">'), SRC) \
        == "http://www.a.org/n/1"


def test_identity_ignores_a_canonical_link_elsewhere_or_to_the_site_root_and_uses_the_final_url():
    for href in ("http://other.org/n/1", "/", "http://a.org/news/"):
        assert identity_url(page("http://a.org/old/1", "http://a.org/n/1", f'<link rel="canonical" href="{href}">'),
                            SRC) == "http://a.org/n/1", href


def test_feed_tracking_parameters_are_dropped():
    assert canonical_url("http://a.org/n/1?feedName=climate&feedType=RSS&id=3&utm_campaign=x") == \
        "http://a.org/n/1?id=3"


def test_article_url_and_exclude_urls_choose_the_articles():
    src = Source(name="s", sitemap="http://a.org/sitemap.xml", article_url=r"/news/\d{4}/", exclude_urls=["/tag/"])
    assert is_article_url("http://a.org/news/2015/pact.html", src)
    assert not is_article_url("http://a.org/about/", src)
    assert not is_article_url("http://a.org/news/2015/tag/x", src)
    assert nothing_found("sitemap", "http://a.org/sitemap.xml", src, 4) == \
        "4 links on http://a.org/sitemap.xml, none an article by article_url `/news/\\d{4}/` and exclude_urls"
    assert nothing_found("listing", "http://a.org/news/", SRC, 0) == \
        "selector `a` matched nothing on http://a.org/news/"
