"""Transfer and redirect shapes a new web may serve, fetched for real from 127.0.0.1 (issue 17): gzip-file
sitemaps under every label servers use, compressed transfers, UTF-16 without a byte-order mark, 3xx chains,
meta refresh stubs, loops and hops off the source's hosts, 429 with an HTTP-date Retry-After."""
from __future__ import annotations

import email.utils
import gzip
import time
import zlib

import pytest

from pactwatch.config import Settings, Source
from scrapers.discover import parse_sitemap
from scrapers.fetch import Fetcher
from scrapers.gzipped import gunzip_capped
from scrapers.refresh import meta_refresh_url

try:
    from loopback import Loopback, Reply
except ImportError:  # collected as a package
    from tests.scrapers.loopback import Loopback, Reply

PAGE = ("<html><head><title>Austin and Xi'an sign a clean energy pact</title></head><body>"
        "<h1>Austin and Xi'an sign a clean energy pact</h1><p>Signed on 24 September 2024 — café.</p>"
        "</body></html>")


def sitemap(site: Loopback, *paths: str) -> bytes:
    urls = "".join(f"<url><loc>{site.url(p)}</loc><lastmod>2024-09-24</lastmod></url>" for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>").encode()


@pytest.fixture
def site():
    with Loopback() as server:
        yield server


@pytest.fixture
def fetcher():
    with Fetcher(Settings(connect_timeout=0.5, read_timeout=0.5, rate_limit=0, retries=2, backoff_base=0,
                          retry_after_max=2, trust_env=False, max_body_bytes=64 * 1024)) as f:
        yield f


def source(site: Loopback, *others: Loopback) -> Source:
    return Source(name="t", start_urls=[site.url("/")], article_links="a", sitemap=site.url("/sitemap.xml.gz"),
                  allow_hosts=[o.host for o in others])


@pytest.mark.parametrize("content_type, headers", [
    ("application/x-gzip", {}), ("application/gzip", {}), ("application/octet-stream", {}),
    ("application/xml", {}),  # the XML label on the file's bytes, no Content-Encoding
    ("application/xml; charset=utf-8", {"Content-Encoding": "gzip"}),  # a transfer encoding: requests unpacks
])
def test_gzipped_sitemap_is_unpacked_and_lists_its_pages(site, fetcher, content_type, headers):
    site.route("/sitemap.xml.gz", Reply(body=gzip.compress(sitemap(site, "/a.html", "/b.html")),
                                        content_type=content_type, headers=headers))
    page = fetcher.fetch(site.url("/sitemap.xml.gz"), source(site))
    assert page.ok, page.error
    found = parse_sitemap(page.text, page.final_url, source(site))
    assert [u for u, _ in found.urls] == [site.url("/a.html"), site.url("/b.html")]


def test_octet_stream_that_is_not_gzip_is_still_refused(site, fetcher):
    site.route("/sitemap.xml.gz", Reply(body=b"\x00\x01binary", content_type="application/octet-stream"))
    page = fetcher.fetch(site.url("/sitemap.xml.gz"), source(site))
    assert not page.ok and page.error.startswith("not html: application/octet-stream")


def test_gzip_bomb_stops_at_the_body_cap(site, fetcher):
    bomb = gzip.compress(b"<url></url>" * 100_000)  # 1.1 MB unpacked from a few KB, cap 64 KB
    site.route("/sitemap.xml.gz", Reply(body=bomb, content_type="application/x-gzip"))
    page = fetcher.fetch(site.url("/sitemap.xml.gz"), source(site))
    assert not page.ok and "over the body cap" in page.error
    assert gunzip_capped(bomb, 2_000_000) == b"<url></url>" * 100_000
    assert gunzip_capped(gzip.compress(b"abc") + gzip.compress(b"def"), 100) == b"abcdef"  # two members
    assert gunzip_capped(gzip.compress(b"abc")[:-6], 100) is None  # cut short


@pytest.mark.parametrize("encoding, packer", [("gzip", gzip.compress), ("deflate", zlib.compress)])
def test_compressed_transfer_is_read(site, fetcher, encoding, packer):
    site.route("/a.html", Reply(body=packer(PAGE.encode()), headers={"Content-Encoding": encoding}))
    page = fetcher.fetch(site.url("/a.html"), source(site))
    assert page.ok and page.text == PAGE


@pytest.mark.parametrize("codec, label", [("utf-16-le", "text/html; charset=utf-16le"), ("utf-16-be", "text/html"),
                                          ("utf-16-le", "text/html; charset=utf-16")])
def test_utf16_without_byte_order_mark(site, fetcher, codec, label):
    text = PAGE.replace("café", "café 西安市与奥斯汀市签署清洁能源合作备忘录")
    site.route("/a.html", Reply(body=text.encode(codec), content_type=label))
    page = fetcher.fetch(site.url("/a.html"), source(site))
    assert page.ok and page.text == text and page.encoding == codec


def test_chunked_and_bom_pages(site, fetcher):
    site.route("/chunked", Reply(body=[PAGE.encode()[:40], PAGE.encode()[40:]]))  # no length: streamed
    site.route("/bom", Reply(body=b"\xef\xbb\xbf" + PAGE.encode(), content_type="text/html"))
    assert fetcher.fetch(site.url("/chunked"), source(site)).text == PAGE
    assert fetcher.fetch(site.url("/bom"), source(site)).text == PAGE


def test_302_307_308_chain_ends_at_the_page(site, fetcher):
    site.route("/a", Reply(status=302, headers={"Location": "/b"}))
    site.route("/b", Reply(status=307, headers={"Location": "/c?x=1"}))
    site.route("/c", Reply(status=308, headers={"Location": "/story.html"}))
    site.route("/story.html", Reply(body=PAGE.encode()))
    page = fetcher.fetch(site.url("/a"), source(site))
    assert page.ok and page.final_url == site.url("/story.html") and page.text == PAGE


def test_redirect_loop_is_a_clear_error(site, fetcher):
    site.route("/a", Reply(status=302, headers={"Location": "/b"}))
    site.route("/b", Reply(status=301, headers={"Location": "/a"}))
    page = fetcher.fetch(site.url("/a"), source(site))
    assert not page.ok and page.error == f"redirect loop at {site.url('/a')}"
    assert site.paths() == ["/robots.txt", "/a", "/b"]


def test_meta_refresh_stub_is_followed_on_allowed_hosts(site, fetcher):
    with Loopback() as other:
        site.route("/archives/17", Reply(body=b'<html><head><meta http-equiv="Refresh" content="0;URL=\'/story.html\'">'
                                              b"</head><body>Moved</body></html>"))
        site.route("/m/17", Reply(body=f'<html><head><noscript><meta http-equiv="refresh" content="2; url='
                                       f'{other.url("/s/17")}"></noscript></head></html>'.encode()))
        site.route("/story.html", Reply(body=PAGE.encode()))
        other.route("/s/17", Reply(body=PAGE.encode()))
        page = fetcher.fetch(site.url("/archives/17"), source(site))
        assert page.ok and page.final_url == site.url("/story.html") and page.text == PAGE
        page = fetcher.fetch(site.url("/m/17"), source(site, other))
        assert page.ok and page.final_url == other.url("/s/17") and page.text == PAGE


def test_meta_refresh_elsewhere_to_itself_or_in_a_loop_keeps_the_page(site, fetcher):
    site.route("/self", Reply(body=b'<meta http-equiv="refresh" content="0; url=/self#top"><p>x</p>'))
    site.route("/away", Reply(body=b'<meta http-equiv="refresh" content="0; url=http://example.com/"><p>x</p>'))
    site.route("/reload", Reply(body=b'<meta http-equiv="refresh" content="300"><p>live</p>'))
    site.route("/one", Reply(body=b'<meta http-equiv="refresh" content="0; url=/two">'))
    site.route("/two", Reply(body=b'<meta http-equiv="refresh" content="0; url=/one"><p>two</p>'))
    for path, final in (("/self", "/self"), ("/away", "/away"), ("/reload", "/reload"), ("/one", "/two")):
        page = fetcher.fetch(site.url(path), source(site))
        assert page.ok and page.final_url == site.url(final), (path, page.error)
    assert "example.com" not in " ".join(site.paths())


def test_meta_refresh_reading():
    assert meta_refresh_url(b'<meta content="0; url=/a.html" http-equiv="refresh">') == "/a.html"
    assert meta_refresh_url(b"<meta http-equiv=refresh content=5;url=/b>") == "/b"
    assert meta_refresh_url(b'<meta http-equiv="refresh" content="30; url=/later">') is None  # reading time
    assert meta_refresh_url(b'<meta http-equiv="refresh" content="60">') is None
    assert meta_refresh_url(b'<meta name="description" content="0; url=/x">') is None


def test_429_with_http_date_retry_after_is_retried(site, fetcher):
    when = email.utils.formatdate(time.time() + 1, usegmt=True)
    site.route("/a.html", Reply(status=429, headers={"Retry-After": when}), Reply(body=PAGE.encode()))
    page = fetcher.fetch(site.url("/a.html"), source(site))
    assert page.ok and page.text == PAGE
    assert [p for p in site.paths() if p == "/a.html"] == ["/a.html", "/a.html"]
