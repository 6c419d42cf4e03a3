"""robots.txt read as RFC 9309 says (issue 17): the longest rule wins, Allow on a tie, `*` and `$` wildcards,
the crawler's own groups merged, Crawl-delay and Sitemap lines; and the fetcher obeys it over 127.0.0.1."""
from __future__ import annotations

import pytest

from pactwatch.config import Settings, Source
from scrapers.fetch import Fetcher
from scrapers.robots import parse_robots
from scrapers.robots_match import RobotsFile

try:
    from loopback import Loopback, Reply
except ImportError:  # collected as a package
    from tests.scrapers.loopback import Loopback, Reply

UA = "pactwatch/0.1 (+https://example.org/bot)"
H = "http://news.test"


@pytest.mark.parametrize("text, path, allowed", [
    ("User-agent: *\nDisallow: /\nAllow: /news/\n", "/news/2024/a.html", True),  # Allow after a blanket Disallow
    ("User-agent: *\nAllow: /news/\nDisallow: /\n", "/news/2024/a.html", True),  # order does not matter
    ("User-agent: *\nDisallow: /\nAllow: /news/\n", "/about/", False),
    ("User-agent: *\nDisallow: /news/\nAllow: /news/2024/\n", "/news/2024/a.html", True),
    ("User-agent: *\nDisallow: /news/\nAllow: /news/2024/\n", "/news/2019/a.html", False),
    ("User-agent: *\nDisallow: /page\nAllow: /page\n", "/page.html", True),  # a tie: Allow
    ("User-agent: *\nDisallow: /*?print=\n", "/news/a.html?print=1", False),
    ("User-agent: *\nDisallow: /*?print=\n", "/news/a.html?page=2", True),
    ("User-agent: *\nDisallow: /*.pdf$\n", "/files/report.pdf", False),
    ("User-agent: *\nDisallow: /*.pdf$\n", "/files/report.pdf.html", True),
    ("User-agent: *\nDisallow: /*/print/\nAllow: /*/print/*.html$\n", "/a/print/x.html", True),  # longer wins
    ("User-agent: *\nDisallow: /*/print/\nAllow: /*.html$\n", "/a/print/x.html", False),
    ("User-agent: *\nDisallow:\n", "/anything", True),
    ("User-agent: *\nDisallow: /%7Eold/\n", "/~old/a.html", False),  # percent-encoding compared normalised
    ("User-agent: other\nDisallow: /\n\nUser-agent: *\nAllow: /\n", "/a", True),
    ("User-agent: PactWatch\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n", "/news/a", True),
    ("User-agent: pactwatch\nDisallow: /a/\n\nUser-agent: pactwatch\nDisallow: /b/\n", "/b/x", False),  # merged
    ("User-agent: googlebot\nUser-agent: pactwatch\nDisallow: /x/\n", "/x/1", False),  # one group, two agents
    ("User-agent: *\nDisallow: /\n", "/robots.txt", True),
    ("# comment only\n", "/a", True),
])
def test_rules(text, path, allowed):
    assert RobotsFile(text).can_fetch(UA, H + path) is allowed


def test_crawl_delay_and_sitemaps():
    rules = parse_robots("Sitemap: http://news.test/sitemap.xml.gz\nUser-agent: *\nCrawl-delay: 2.5\n"
                         "Disallow: /tmp/\nSitemap: http://news.test/news.xml\n")
    assert rules.crawl_delay(UA) == 2.5
    assert rules.parser.sitemaps == ["http://news.test/sitemap.xml.gz", "http://news.test/news.xml"]
    assert parse_robots("User-agent: *\nCrawl-delay: soon\n").crawl_delay(UA) is None


def test_fetcher_obeys_allow_precedence_and_wildcards():
    with Loopback() as site, Fetcher(Settings(rate_limit=0, retries=0, trust_env=False,
                                              connect_timeout=0.5, read_timeout=0.5)) as fetcher:
        site.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /\nAllow: /news/\nDisallow: /news/*?print",
                                        content_type="text/plain"))
        for path in ("/news/a.html", "/news/a.html?print=1", "/about.html"):
            site.route(path.split("?")[0], Reply(body=b"<p>ok</p>"))
        src = Source(name="t", start_urls=[site.url("/news/")], article_links="a")
        assert fetcher.fetch(site.url("/news/a.html"), src).ok
        for path in ("/news/a.html?print=1", "/about.html"):
            page = fetcher.fetch(site.url(path), src)
            assert not page.ok and page.error.startswith("disallowed by robots.txt")
        assert site.paths() == ["/robots.txt", "/news/a.html"]
