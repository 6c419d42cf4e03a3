"""Canonical URLs and the per-source host allow-list."""
from __future__ import annotations

import pytest

from pactwatch.config import Source
from scrapers.urls import canonical_url, is_allowed, source_hosts, url_host


@pytest.mark.parametrize("url, base, expected", [
    ("HTTP://Example.COM:80/a/b?x=1#top", None, "http://example.com/a/b?x=1"),
    ("https://example.com:443", None, "https://example.com/"),
    ("https://example.com:8443/p", None, "https://example.com:8443/p"),
    ("../c?b=2&a=1", "http://h.org/x/y/z", "http://h.org/x/c?a=1&b=2"),
    ("/n?utm_source=tw&utm_medium=s&id=7&fbclid=abc&gclid=q&spm=a.b&from=timeline", "http://h.org/",
     "http://h.org/n?id=7"),
    ("http://h.org/a b/%7euser", None, "http://h.org/a%20b/~user"),
    ("http://h.org/?q=%E4%B8%AD", None, "http://h.org/?q=%E4%B8%AD"),
    ("http://127.0.0.1:8081/x", None, "http://127.0.0.1:8081/x"),
    ("  http://h.org/p  ", None, "http://h.org/p"),
    ("mailto:a@h.org", None, "mailto:a@h.org"),
])
def test_canonical_url(url, base, expected):
    assert canonical_url(url, base) == expected


def test_canonical_url_is_idempotent():
    for url in ["https://例子.中国/新闻?x=中&b=&a=1", "http://H.org/a%2Fb/?x=a+b", "http://h.org/p?utm_x=1"]:
        once = canonical_url(url)
        assert canonical_url(once) == once


def test_source_hosts_and_is_allowed():
    src = Source(name="s", start_urls=["http://127.0.0.1:8081/news"], article_links="a",
                 feed="https://Feeds.Example.org/rss", allow_hosts=["cdn.example.org", "http://127.0.0.1:9000"])
    assert source_hosts(src) == {"127.0.0.1:8081", "feeds.example.org", "cdn.example.org", "127.0.0.1:9000"}
    assert is_allowed("http://127.0.0.1:8081/a", src)
    assert not is_allowed("http://127.0.0.1:8082/a", src)  # another port is another site
    assert is_allowed("https://feeds.example.org:443/x", src)
    assert not is_allowed("ftp://cdn.example.org/x", src)
    assert not is_allowed("javascript:void(0)", src)
    assert url_host("mailto:x@y") == ""
