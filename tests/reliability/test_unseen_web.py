"""Issue 17, a web nobody here has seen: ONE real ingest run over unseenweb.py (127.0.0.1 only) into a real DuckDB
file. Every article is found (nested sitemap indexes, a gzip-file sitemap, a meta refresh stub, a 3xx chain,
robots.txt Allow precedence), decoded (Big5, UTF-16 without a byte-order mark) and dated as its page says
(民國 years, day-first numeric days under en-GB), or left undated when the day is ambiguous."""
from __future__ import annotations

import pytest

from dbquery import rows
from unseenweb import ENV, EXPECTED_AGREEMENT, EXPECTED_ARTICLES, FORBIDDEN, UnseenWeb

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def crawl(prefect_env, tmp_path_factory):
    from flows.ingest import ingest

    tmp = tmp_path_factory.mktemp("unseen")
    with UnseenWeb() as web, pytest.MonkeyPatch.context() as mp:
        for key, value in ENV.items():
            mp.setenv(key, value)
        summary = ingest(sources_file=str(web.write_sources(tmp / "sources.yaml")), db=str(tmp / "unseen.duckdb"))
        yield summary, tmp / "unseen.duckdb", web


def test_every_article_is_found_decoded_and_dated(crawl):
    _, db, web = crawl
    got = {url: (title, day) for url, title, day in rows(db, "SELECT url, title, published_on FROM articles")}
    expected = {web.url(site, path): value for (site, path), value in EXPECTED_ARTICLES.items()}
    assert got == expected


def test_text_is_not_mojibake(crawl):
    _, db, web = crawl
    text = dict(rows(db, "SELECT url, text FROM articles"))
    assert "淨零排放合作諒解備忘錄" in text[web.url("portal", "/news/2024/a1001.html")]
    assert "district heating" in text[web.url("blog", "/posts/manchester-wuhan-heat")]
    assert not any("\ufffd" in t or "\x00" in t for t in text.values())


def test_robots_rules_are_obeyed(crawl):
    _, _, web = crawl
    portal = web.sites["portal"].paths()
    assert all(p in ("/robots.txt", "/sitemap.xml", "/sitemap-2024.xml", "/sitemap-news.xml.gz")
               or p.startswith("/news/") for p in portal)
    assert FORBIDDEN[1] not in web.sites["blog"].paths()


def test_agreement_of_the_redirected_page_is_kept(crawl):
    _, db, web = crawl
    (site, path), parties = EXPECTED_AGREEMENT
    found = [p for p, urls in rows(db, "SELECT parties, source_urls FROM agreements")
             if parties <= set(p) and web.url(site, path) in urls]
    assert found, rows(db, "SELECT parties, source_urls FROM agreements")
