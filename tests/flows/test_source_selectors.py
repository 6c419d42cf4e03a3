"""A sources file's own selectors in a real crawl: the ingest flow over the bundled snapshot web (loopback HTTP, a
real DuckDB file, Prefect's test server), with one source per kind of selector and one whose selectors find nothing.

- icet: `article_links`/`next_page` with `:has()` and `:-soup-contains()`, and `title: head > title` (the page's
  <title>, site name included: the generic reader would strip it, so the stored title shows where it came from);
- tcr: `body` + `exclude` (the syndication note is dropped from the text) and `date` read from that note (the date
  the article first appeared, not the repost's date the generic reader and the feed give);
- iclei: `title`, `body` and `date` selectors that match nothing: the generic reader's values, and a warning per
  page and selector in the run's per-source warnings (printed by the crawl summary).
A reparse of the warehouse with the sources file reads the pages the same way (without it: the generic reader).
Plus the command line refusing a sources file with an invalid selector: one line, exit 2.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from dbquery import rows  # tests/ is on sys.path (conftest lives there)
from snapshot import load_manifest

pytestmark = pytest.mark.timeout(240)

ARTICLES = load_manifest()["articles"]
EDITOR_NOTE = "Editor’s note"
_SCRIPT = Path(sys.executable).with_name("pactwatch")
PACTWATCH = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "cli.main"]

READING = {
    "icet": {"article_links": "ul.news-list li:has(> span.date) > h3 > a",
             "next_page": "div.pagination a:-soup-contains('Next')", "title": "head > title"},
    "tcr": {"body": "div.post-content", "exclude": ["p.editor-note"], "date": "p.editor-note"},
    "iclei": {"title": "h1.no-such-headline", "body": ["div.no-such-body", "section.no-such-text"],
              "date": "time.no-such-date"},
}


def site_articles(site: str) -> dict[str, dict]:
    return {aid: a for aid, a in ARTICLES.items() if a["site"] == site}


@pytest.fixture(scope="module")
def crawl(prefect_env, snapshot_web, tmp_path_factory):
    """One ingest run over icet, tcr and iclei with the selectors above: (db, summary, {url: article row}, sources
    file)."""
    from flows.ingest import ingest

    tmp = tmp_path_factory.mktemp("selectors")
    sources = [{**s, **READING[s["name"]]} for s in snapshot_web.sources(rate_limit=0) if s["name"] in READING]
    path = tmp / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": sources}, sort_keys=False, allow_unicode=True), encoding="utf-8")
    db = tmp / "pactwatch.duckdb"
    summary = ingest(sources_file=str(path), db=str(db))
    return db, summary, articles(db), path


def articles(db: Path) -> dict[str, dict]:
    """The stored articles by URL: their title, date and text."""
    return {url: {"title": title, "published_on": published, "text": text}
            for url, title, published, text in rows(db, "SELECT url, title, published_on, text FROM articles")}


def test_has_and_soup_contains_selectors_find_every_listed_article(crawl, snapshot_web):
    _, summary, found, _ = crawl
    assert {snapshot_web.url(aid) for aid in site_articles("icet")} <= set(found)
    assert summary["sources"]["icet"]["listing_pages"] == 3  # the "Next" link followed to the end
    assert summary["sources"]["icet"]["warnings"] == []


def test_title_selector_wins_over_the_generic_reader(crawl, snapshot_web):
    _, _, found, _ = crawl
    for aid, art in site_articles("icet").items():
        assert found[snapshot_web.url(aid)]["title"] == art["title"] + " - iCET", aid


def test_body_exclude_and_date_selectors(crawl, snapshot_web):
    _, summary, found, _ = crawl
    repost = found[snapshot_web.url("s000_tcr")]
    assert ARTICLES["s000_tcr"]["published_on"] == "2015-10-06"  # what the generic reader and the feed say
    assert repost["published_on"] == date(2015, 9, 22)  # "first appeared on the iCET website on September 22"
    assert EDITOR_NOTE not in repost["text"]
    assert "A memorandum of understanding between the China Beijing Environment Exchange" in repost["text"]
    assert "Member Login" not in repost["text"]  # only the body selector's element was read
    # the other tcr pages have no syndication note: their date is the generic reader's, with a warning each
    others = {aid: a for aid, a in site_articles("tcr").items() if aid != "s000_tcr"}
    for aid, art in others.items():
        assert found[snapshot_web.url(aid)]["published_on"] == date.fromisoformat(art["published_on"]), aid
    warnings = summary["sources"]["tcr"]["warnings"]
    assert sorted(w.split(": ")[0] for w in warnings) == sorted(snapshot_web.url(aid) for aid in others)
    assert all("date selector 'p.editor-note' matched nothing" in w for w in warnings)


def test_selectors_that_match_nothing_fall_back_and_warn(crawl, snapshot_web, capsys):
    db, summary, found, _ = crawl
    iclei = site_articles("iclei")
    for aid, art in iclei.items():
        row = found[snapshot_web.url(aid)]
        assert (row["title"], row["published_on"]) == (art["title"], date.fromisoformat(art["published_on"])), aid
        assert len(row["text"]) > 200, aid  # the generic reader's main text
    warnings = summary["sources"]["iclei"]["warnings"]
    for aid in iclei:
        mine = [w for w in warnings if w.startswith(snapshot_web.url(aid) + ": ")]
        assert [w.split(": ", 1)[1].split(" ")[0] for w in mine] == ["title", "date", "body"], mine
    assert any("body selector 'div.no-such-body, section.no-such-text' matched nothing" in w for w in warnings)
    assert not summary["sources"]["iclei"]["failed"]

    from cli.common import print_summary

    print_summary(summary, str(db))
    printed = capsys.readouterr().out
    assert f"warning [iclei] {snapshot_web.url(next(iter(iclei)))}: title selector 'h1.no-such-headline'" in printed


def test_reparse_with_the_sources_file_reads_as_the_crawl_did(crawl, snapshot_web, tmp_path):
    from flows.reparse import reparse

    db, _, crawled, sources = crawl
    copies = {}
    for name, kwargs in (("with", {"sources_file": str(sources)}), ("without", {})):
        copies[name] = tmp_path / f"{name}.duckdb"
        shutil.copy2(db, copies[name])
        if Path(f"{db}.wal").exists():
            shutil.copy2(f"{db}.wal", f"{copies[name]}.wal")
        summary = reparse(db=str(copies[name]), **kwargs)
        assert (summary["sources"]["iclei"]["warnings"] != []) == (name == "with"), name
    assert articles(copies["with"]) == crawled
    generic = articles(copies["without"])
    repost, icet = snapshot_web.url("s000_tcr"), snapshot_web.url("s000")
    assert generic[repost]["published_on"] == date(2015, 10, 6) and EDITOR_NOTE in generic[repost]["text"]
    assert generic[icet]["title"] == ARTICLES["s000"]["title"]


def test_crawl_with_an_invalid_selector_is_one_line_and_exit_2(cli_env, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n"
                   "  - name: x\n"
                   "    start_urls: ['http://127.0.0.1:9/news/']\n"
                   "    article_links: 'li:has(> a'\n", encoding="utf-8")
    db = tmp_path / "bad.duckdb"
    proc = subprocess.run(PACTWATCH + ["crawl", "--sources", str(bad), "--db", str(db)], env=cli_env, cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    err = proc.stderr.splitlines()
    assert len(err) == 1, proc.stderr
    assert err[0].startswith(f"pactwatch: error: {bad}: source 'x': article_links: invalid CSS selector 'li:has(> a': ")
    assert "Unclosed pseudo-class" in err[0]  # soupsieve's reason, its first line
    assert not db.exists()
