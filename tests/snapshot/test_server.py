"""The bundled snapshot web, over real HTTP on loopback: encodings, conditional GETs, feeds, sitemap, pagination,
robots, seed pages and the manifest that the rest of the project's tests rely on."""
from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET
from email.utils import format_datetime
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import feedparser
import lxml.html
import pytest
import requests
import yaml

from snapshot import SnapshotWeb, load_manifest

MANIFEST = load_manifest()
ARTICLES = MANIFEST["articles"]
SEEDS = [k for k, v in ARTICLES.items() if v["role"] == "seed"]


@pytest.fixture(scope="module")
def web():
    with SnapshotWeb() as w:
        yield w


@pytest.fixture(scope="module")
def http():
    with requests.Session() as s:
        yield s


def _text(resp: requests.Response, site: str) -> str:
    return resp.content.decode("gb18030" if MANIFEST["sites"][site]["encoding"] == "gbk" else "utf-8")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _body(web, http, aid: str) -> tuple[lxml.html.HtmlElement, lxml.html.HtmlElement]:
    art = ARTICLES[aid]
    doc = lxml.html.fromstring(_text(http.get(web.url(aid)), art["site"]))
    bodies = doc.cssselect(MANIFEST["sites"][art["site"]]["article_body"])
    assert len(bodies) == 1, aid
    return doc, bodies[0]


def test_one_loopback_port_per_site_and_clean_stop():
    with SnapshotWeb() as w:
        assert set(w.base_urls) == set(MANIFEST["sites"])
        ports = {urlsplit(u).port for u in w.base_urls.values()}
        assert len(ports) == len(w.base_urls)
        assert all(urlsplit(u).hostname == "127.0.0.1" for u in w.base_urls.values())
        port = urlsplit(w.base_urls["icet"]).port
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()


def test_sources_yaml_has_real_ports(web, tmp_path):
    data = yaml.safe_load(web.sources_yaml())
    by_name = {s["name"]: s for s in data["sources"]}
    assert set(by_name) == set(MANIFEST["sites"])
    allowed = {"name", "language", "start_urls", "article_links", "next_page", "feed", "sitemap", "rate_limit"}
    for name, src in by_name.items():
        assert set(src) <= allowed
        urls = src.get("start_urls", []) + [src[k] for k in ("feed", "sitemap") if k in src]
        assert urls and all(u.startswith(web.base_urls[name] + "/") for u in urls)
        assert "{{" not in yaml.safe_dump(src)
    assert "feed" in by_name["isc"] and "start_urls" not in by_name["isc"]  # reachable only through its feed
    path = web.write_sources(tmp_path / "sources.yaml", rate_limit=0)
    assert all(s["rate_limit"] == 0 for s in yaml.safe_load(path.read_text())["sources"])


def test_gbk_portal_labelled_gb2312(web, http):
    resp = http.get(web.url("s003"))
    assert resp.status_code == 200
    assert resp.headers["Content-Type"] == "text/html; charset=gb2312"
    with pytest.raises(UnicodeDecodeError):
        resp.content.decode("utf-8")
    text = resp.content.decode("gb18030")
    assert 'content="text/html; charset=gb2312"' in text
    for s in ARTICLES["s003"]["must_contain"]:
        assert s in text
    assert "时间:2021-04-08 14:28:42 作者:本站整理 来源:网络" in text
    grid = http.get(web.url("n_cnenergy_grid")).content
    assert "李堃" in grid.decode("gb18030") and "刘镕" in grid.decode("gb18030")
    assert "李堃" not in grid.decode("gb2312", errors="replace")  # a gb2312 decoder garbles it


@pytest.mark.parametrize("aid", SEEDS + ["s000_tcr"])
def test_seed_pages_hold_their_text_and_chrome_stays_outside(web, http, aid):
    art = ARTICLES[aid]
    doc, body = _body(web, http, aid)
    body_text = _norm(body.text_content())
    page_text = _norm(doc.text_content())
    for s in art["must_contain"]:
        expected = art.get("gold_mismatch", {}).get(s, s)
        assert expected in body_text, (aid, expected)
    for s in art["must_not_contain"]:
        assert s in page_text and s not in body_text, (aid, s)
    assert doc.cssselect("h1")[0].text_content().strip() == art["title"]


def test_page_chrome_as_in_the_seeds(web, http):
    doc, body = _body(web, http, "s000")
    captions = [c.text_content() for c in body.cssselect("div.wp-caption p.wp-caption-text")]
    assert len(captions) == 2 and "US-China Climate Leaders Summit" in captions[0]
    doc, body = _body(web, http, "s002")
    assert body.cssselect("p")[0].text_content() == "Tuesday, September 15, 2015"
    assert _norm(body.cssselect("p")[1].text_content()).startswith("Oakland, CA — ICLEI")
    assert "angie.fyfe@iclei.org" in doc.cssselect("aside.press-contact")[0].text_content()
    doc, body = _body(web, http, "s004")
    assert doc.cssselect("a.skip-link")[0].text_content() == "Skip to Main Content"
    doc, body = _body(web, http, "s003")
    page = _norm(doc.text_content())
    for s in ("阅读全文", "相关推荐", "上一篇:", "下一篇:", "相关文章", "返回顶部", "天津展抢先剧透"):
        assert s in page and s not in _norm(body.text_content())


def test_syndicated_copy_keeps_the_sentences(web, http):
    _, orig = _body(web, http, "s000")
    doc, copy = _body(web, http, "s000_tcr")
    orig_paras = [_norm(p.text_content()) for p in orig.cssselect("p") if _norm(p.text_content())]
    copy_text = _norm(copy.text_content())
    assert all(p in copy_text for p in orig_paras)
    assert "This article first appeared on the iCET website" in copy_text
    links = [a.get("href") for a in copy.cssselect("a")]
    assert web.url("s000") in links  # a cross-site link to the original
    assert ARTICLES["s000_tcr"]["published_on"] > ARTICLES["s000"]["published_on"]


def test_negatives_do_not_repeat_seed_sentences(web, http):
    sentences = set()
    for aid in SEEDS:
        _, body = _body(web, http, aid)
        sentences |= {_norm(p.text_content())[:60] for p in body.cssselect("p") if len(_norm(p.text_content())) > 40}
    negatives = [k for k, v in ARTICLES.items() if v["role"] == "negative"]
    assert len(negatives) >= 6
    for aid in negatives:
        _, body = _body(web, http, aid)
        text = _norm(body.text_content())
        assert not any(s in text for s in sentences), aid


def test_conditional_get_answers_304(web, http):
    url = web.url("s001")
    first = http.get(url)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert http.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert http.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    assert http.get(url, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}).status_code == 200
    assert http.get(url, headers={"If-None-Match": '"other"', "If-Modified-Since": modified}).status_code == 200
    assert http.get(web.url("s003"), headers={"If-None-Match": http.get(web.url("s003")).headers["ETag"]}).status_code == 304
    head = http.head(url)
    assert head.status_code == 200 and head.content == b"" and head.headers["ETag"] == etag


def test_changed_page_gets_new_etag(web, http):
    art = ARTICLES["n_tcr_board"]
    url = web.url("n_tcr_board")
    etag = http.get(url).headers["ETag"]
    try:
        web.set_page(art["site"], art["path"], "<html><body><h1>Changed</h1></body></html>")
        changed = http.get(url, headers={"If-None-Match": etag})
        assert changed.status_code == 200 and changed.headers["ETag"] != etag
        web.set_page(art["site"], art["path"], None)
        assert http.get(url).status_code == 404
    finally:
        web.clear_overrides()
    assert http.get(url).headers["ETag"] == etag


def test_feeds_parse_and_link_own_articles(web, http):
    for site, version in (("isc", "atom10"), ("tcr", "rss20")):
        resp = http.get(web.base_urls[site] + MANIFEST["sites"][site]["feed"])
        assert resp.status_code == 200
        feed = feedparser.parse(resp.content)
        assert not feed.bozo and feed.version == version
        paths = {urlsplit(e.link).path for e in feed.entries}
        assert all(e.link.startswith(web.base_urls[site] + "/") and e.get("published_parsed") for e in feed.entries)
        assert paths == {a["path"] for a in ARTICLES.values() if a["site"] == site}
    assert "atom+xml" in http.get(web.base_urls["isc"] + "/feed/atom/").headers["Content-Type"]


def test_sitemap_lists_articles_with_lastmod(web, http):
    resp = http.get(web.base_urls["iclei"] + MANIFEST["sites"]["iclei"]["sitemap"])
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(resp.content)
    entries = {u.findtext("sm:loc", namespaces=ns): u.findtext("sm:lastmod", namespaces=ns) for u in root.findall("sm:url", ns)}
    expected = {web.url(k): a["published_on"] for k, a in ARTICLES.items() if a["site"] == "iclei"}
    assert entries == expected


@pytest.mark.parametrize("site", [s for s, m in MANIFEST["sites"].items() if "start_urls" in m["source"]])
def test_pagination_chain_is_complete(web, http, site):
    meta = MANIFEST["sites"][site]
    src = next(s for s in web.sources() if s["name"] == site)
    url, seen_pages, links = src["start_urls"][0], [], set()
    while url:
        resp = http.get(url)
        assert resp.status_code == 200
        seen_pages.append(urlsplit(url).path)
        doc = lxml.html.fromstring(_text(resp, site))
        links |= {urljoin(url, a.get("href")) for a in doc.cssselect(src["article_links"])}
        nxt = doc.cssselect(src["next_page"])
        url = urljoin(url, nxt[0].get("href")) if nxt else None
    assert seen_pages == meta["listings"]
    expected = {web.url(k) for k, a in ARTICLES.items() if a["site"] == site}
    expected |= {web.url(k) for k, d in MANIFEST["decoys"].items() if d["site"] == site}
    assert links == expected
    assert all(u.startswith(web.base_urls[site] + "/") for u in links)
    assert len(MANIFEST["sites"]["icet"]["listings"]) >= 3


def test_robots(web, http):
    for site, meta in MANIFEST["sites"].items():
        resp = http.get(web.base_urls[site] + "/robots.txt")
        assert resp.status_code == 200 and resp.headers["Content-Type"].startswith("text/plain")
        assert re.findall(r"^Disallow: (\S+)", resp.text, re.M) == meta["robots_disallow"]
    robots = RobotFileParser()
    robots.parse(http.get(web.base_urls["iclei"] + "/robots.txt").text.splitlines())
    decoy = MANIFEST["decoys"]["d_iclei_members"]
    assert not robots.can_fetch("pactwatch", web.url("d_iclei_members"))
    assert decoy["path"] in http.get(web.base_urls["iclei"] + decoy["linked_from"]).text
    assert "/private/" in MANIFEST["sites"]["icet"]["robots_disallow"]


def test_manifest_matches_what_is_served(web, http):
    assert set(SEEDS) == {"s000", "s001", "s002", "s003", "s004"}
    assert ARTICLES["s000_tcr"]["copy_of"] == "s000"
    for aid, art in ARTICLES.items():
        resp = http.get(web.url(aid))
        assert resp.status_code == 200, aid
        page = _text(resp, art["site"])
        assert art["title"] in lxml.html.fromstring(page).findtext(".//title"), aid
        assert "{{" not in page
    assert {s: ARTICLES[s]["published_on"] for s in SEEDS} == {
        "s000": "2015-09-22", "s001": "2015-12-08", "s002": "2015-09-15", "s003": "2021-04-08", "s004": "2020-11-25"}


def test_request_log_redirects_and_404(web, http):
    web.reset_log()
    assert http.get(web.base_urls["iclei"] + "/news").url == web.base_urls["iclei"] + "/news/"
    assert http.get(web.base_urls["icet"] + "/no/such/page.html").status_code == 404
    assert http.get(web.base_urls["icet"] + "/../../etc/passwd").status_code == 404
    assert [(s, m, st) for s, m, _, st in web.requests] == [
        ("iclei", "GET", 301), ("iclei", "GET", 200), ("icet", "GET", 404), ("icet", "GET", 404)]
    assert web.requested("iclei") == ["/news", "/news/"]


def test_last_modified_is_the_page_date(web, http):
    resp = http.get(web.url("s004"))
    day = datetime(2020, 11, 25, 12, tzinfo=timezone.utc)
    assert resp.headers["Last-Modified"] == format_datetime(day, usegmt=True)
