"""One story, one article: a 301 path, a utm_ link and a page whose canonical link names the story all load as the
story's canonical URL; the other URLs are kept as aliases, so the next run does not fetch them again. A source's
`exclude_urls` keeps non-articles a listing links to out of the crawl.
"""
from __future__ import annotations

import duckdb

from flows.ingest import ingest
from tests.scrapers.loopback import Loopback, Reply

STORY = ("Shanghai and California signed a memorandum of understanding on climate cooperation on Tuesday, "
         "agreeing to share data on emissions trading and to work together on clean transport. ") * 3
OTHER = ("Guangdong and Oregon opened a joint clean energy centre this week to test offshore wind turbines "
         "and battery storage for ports. ") * 3


def _page(title: str, text: str, canonical: str | None) -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (f"<html><head><title>{title}</title>{link}</head><body><article><h1>{title}</h1><p>{text}</p>"
            f"</article></body></html>").encode()


def _site(site: Loopback) -> None:
    listing = ('<ul><li><a class="story" href="/old/1">old path</a></li>'
               '<li><a class="story" href="/news/1?utm_source=feed&amp;utm_medium=rss">tracked</a></li>'
               '<li><a class="story" href="/print/1">print view</a></li>'
               '<li><a class="story" href="/news/2">other</a></li>'
               '<li><a class="story" href="/about/">about us</a></li></ul>')
    site.route("/news/", Reply(body=f"<html><body>{listing}</body></html>".encode()))
    site.route("/old/1", Reply(status=301, headers={"Location": "/news/1"}))
    site.route("/news/1", Reply(body=_page("Shanghai and California sign MOU", STORY, site.url("/news/1"))))
    site.route("/print/1", Reply(body=_page("Shanghai and California sign MOU", STORY, "/news/1")))
    site.route("/news/2", Reply(body=_page("Guangdong and Oregon open centre", OTHER, None)))
    site.route("/about/", Reply(body=_page("About us", OTHER, None)))


def test_a_301_path_a_utm_link_and_a_canonical_link_give_one_article(prefect_env, tmp_path):
    db = str(tmp_path / "w.duckdb")
    with Loopback() as site:
        _site(site)
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"""- name: news
  start_urls: {site.url('/news/')}
  article_links: a.story
  exclude_urls: ['/about/$']
  rate_limit: 0
""", encoding="utf-8")
        first = ingest(sources_file=str(sources), db=db)
        assert first["sources"]["news"]["health"] == "ok"
        con = duckdb.connect(db, read_only=True)
        urls = sorted(r[0] for r in con.execute("SELECT url FROM articles").fetchall())
        aliases = dict(con.execute("SELECT alias, url FROM url_aliases").fetchall())
        con.close()
        assert urls == [site.url("/news/1"), site.url("/news/2")]
        assert aliases == {site.url("/old/1"): site.url("/news/1"), site.url("/print/1"): site.url("/news/1")}
        assert not [r for r in site.requests if r.path == "/about/"]  # excluded: never fetched
        site.requests.clear()
        second = ingest(sources_file=str(sources), db=db)
        asked = [r.path for r in site.requests]
        assert "/old/1" not in asked and "/print/1" not in asked  # known aliases: the story is asked for once
        assert asked.count("/news/1") == 1
        assert second["load"].get("articles", {}).get("new", 0) == 0
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    con.close()
