"""A small web on 127.0.0.1 with the quirks a held-out web may add (issue 17), for one real ingest run.

Two sites, one host each:
- `portal` (a Taiwan government portal): robots.txt that shuts everything but `Allow: /news/` and the sitemaps
  (RFC 9309 precedence), a sitemap index nesting another index that points to `sitemap-news.xml.gz` served as
  `application/x-gzip`; pages in Big5 labelled `big5`, dated only by 民國 years; one listed URL is a meta
  refresh stub for the real page.
- `blog` (a British English blog): a listing whose links go through a 302 -> 307 -> 308 chain, a page in UTF-16
  with no byte-order mark, a reply link robots.txt forbids by wildcard, bylines with all-numeric days
  (`05/09/2024`: 5 September under `lang="en-GB"`) and a page whose only date is ambiguous with no locale.
"""
from __future__ import annotations

import gzip
import sys
from datetime import date
from pathlib import Path

_SCRAPERS = str(Path(__file__).resolve().parents[1] / "scrapers")
if _SCRAPERS not in sys.path:
    sys.path.insert(0, _SCRAPERS)

from loopback import Loopback, Reply  # noqa: E402  (tests/scrapers/loopback.py)

ENV = {"PACTWATCH_CONNECT_TIMEOUT": "2", "PACTWATCH_READ_TIMEOUT": "2", "PACTWATCH_RETRIES": "1",
       "PACTWATCH_BACKOFF_BASE": "0", "PACTWATCH_RETRY_AFTER_MAX": "2", "PACTWATCH_RATE_LIMIT": "0",
       "PACTWATCH_TRUST_ENV": "false", "PACTWATCH_LOCK_WAIT": "2"}

ZH_1 = "中華民國113年9月24日，臺北市與加利福尼亞州在臺北簽署了淨零排放合作諒解備忘錄，雙方將交流電動公車經驗。"
ZH_2 = "臺中市政府與奧勒岡州於本週簽署綠能產業合作意向書，推動離岸風電與儲能合作。"
EN_1 = "The City of Bristol and Guangzhou signed a memorandum of understanding on clean buses on 4 September 2024."
EN_2 = "Manchester and Wuhan agreed to exchange experts on district heating, officials said."
EN_3 = "Leeds and Chengdu signed a climate cooperation agreement covering building retrofits."

# url path -> (expected title, expected published_on)
EXPECTED_ARTICLES = {
    ("portal", "/news/2024/a1001.html"): ("臺北市與加州簽署淨零合作備忘錄", date(2024, 9, 24)),
    ("portal", "/news/2024/a1002.html"): ("臺中市與奧勒岡州簽署綠能合作意向書", date(2024, 10, 8)),
    ("blog", "/posts/bristol-guangzhou-buses"): ("Bristol and Guangzhou sign clean bus pact", date(2024, 9, 5)),
    ("blog", "/posts/manchester-wuhan-heat"): ("Manchester and Wuhan to swap heat experts", date(2024, 10, 1)),
    ("blog", "/posts/leeds-chengdu-retrofits"): ("Leeds and Chengdu sign retrofit agreement", None),
}
EXPECTED_AGREEMENT = (("blog", "/posts/bristol-guangzhou-buses"), {"Bristol", "Guangzhou"})
FORBIDDEN = ("blog", "/posts/bristol-guangzhou-buses?replytocom=12")  # robots.txt: Disallow: /*?replytocom=


def _portal_page(title: str, byline: str, para: str) -> bytes:
    return (f'<html lang="zh-Hant-TW"><head><meta http-equiv="Content-Type" content="text/html; charset=big5">'
            f"<title>{title}-市政新聞-臺灣範例市政府</title></head><body><div class=\"top\">首頁 | 市政新聞</div>"
            f'<table><tr><td class="title"><h2>{title}</h2></td></tr><tr><td class="info">{byline}</td></tr>'
            f'<tr><td class="text"><p>{para}</p><p>市府表示，將持續推動城市交流與淨零轉型。</p></td></tr></table>'
            f'<div class="footer">版權所有 臺灣範例市政府</div></body></html>').encode("big5hkscs")


def _blog_page(title: str, byline: str, para: str, lang: str = "en-GB") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} – Green Cities Log</title>'
            f'</head><body><header><a href="/">Green Cities Log</a></header><article><h1 class="entry-title">{title}'
            f'</h1><div class="entry-meta">{byline}</div><div class="entry-content"><p>{para}</p><p>The partners '
            f'will report on progress next year and publish the data they gather.</p></div></article>'
            f'<aside><h3>Recent posts</h3></aside><footer>Proudly powered by a blog engine</footer></body></html>')


def _sitemap(urls: list[str]) -> bytes:
    body = "".join(f"<url><loc>{u}</loc><lastmod>2025-01-01</lastmod></url>" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{body}</urlset>").encode()


def _index(urls: list[str]) -> bytes:
    body = "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in urls)
    return f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>'.encode()


class UnseenWeb:
    """The two sites on loopback (ephemeral ports); a context manager."""

    def __init__(self) -> None:
        self.sites = {"portal": Loopback(), "blog": Loopback()}

    def url(self, site: str, path: str) -> str:
        return self.sites[site].url(path)

    def __enter__(self) -> UnseenWeb:
        for site in self.sites.values():
            site.__enter__()
        portal, blog = self.sites["portal"], self.sites["blog"]
        big5 = "text/html; charset=big5"
        portal.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /\nAllow: /news/\nAllow: /sitemap\n",
                                          content_type="text/plain"))
        portal.route("/sitemap.xml", Reply(body=_index([portal.url("/sitemap-2024.xml")]),
                                           content_type="application/xml"))
        portal.route("/sitemap-2024.xml", Reply(body=_index([portal.url("/sitemap-news.xml.gz")]),
                                                content_type="application/xml"))
        portal.route("/sitemap-news.xml.gz", Reply(body=gzip.compress(_sitemap(
            [portal.url("/news/2024/a1001.html"), portal.url("/news/old/1002")])), content_type="application/x-gzip"))
        portal.route("/news/2024/a1001.html", Reply(body=_portal_page(
            "臺北市與加州簽署淨零合作備忘錄", "發布日期：中華民國113年9月24日　資料來源：秘書處", ZH_1), content_type=big5))
        portal.route("/news/old/1002", Reply(body=b'<html><head><meta http-equiv="refresh" content="0; '
                                                  b'url=/news/2024/a1002.html"></head><body>moved</body></html>'))
        portal.route("/news/2024/a1002.html", Reply(body=_portal_page(
            "臺中市與奧勒岡州簽署綠能合作意向書", "發布日期：113-10-08　點閱：35", ZH_2), content_type=big5))
        blog.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /*?replytocom=\nCrawl-delay: 0\n",
                                        content_type="text/plain"))
        links = "".join(f'<h2><a href="{p}">x</a></h2>' for p in (
            "/?p=101", "/posts/bristol-guangzhou-buses?replytocom=12", "/posts/manchester-wuhan-heat",
            "/posts/leeds-chengdu-retrofits"))
        blog.route("/", Reply(body=f"<html><body><main>{links}</main></body></html>".encode()))
        blog.route("/?p=101", Reply(status=302, headers={"Location": "/archives/101"}))
        blog.route("/archives/101", Reply(status=307, headers={"Location": "/go/101"}))
        blog.route("/go/101", Reply(status=308, headers={"Location": "/posts/bristol-guangzhou-buses"}))
        blog.route("/posts/bristol-guangzhou-buses", Reply(body=_blog_page(
            "Bristol and Guangzhou sign clean bus pact", "Posted on 05/09/2024 by Ann", EN_1).encode()))
        blog.route("/posts/manchester-wuhan-heat", Reply(body=_blog_page(
            "Manchester and Wuhan to swap heat experts", "Posted on 01/10/2024 by Ann", EN_2).encode("utf-16-le"),
            content_type="text/html"))
        blog.route("/posts/leeds-chengdu-retrofits", Reply(body=_blog_page(
            "Leeds and Chengdu sign retrofit agreement", "Posted on 03/04/2024", EN_3, lang="en").encode()))
        return self

    def __exit__(self, *exc_info) -> None:
        for site in self.sites.values():
            site.__exit__(*exc_info)

    def write_sources(self, path: Path) -> Path:
        path.write_text(f"""sources:
  - name: portal
    language: zh
    sitemap: "{self.url('portal', '/sitemap.xml')}"
    rate_limit: 0
  - name: blog
    language: en
    start_urls: ["{self.url('blog', '/')}"]
    article_links: "main h2 a"
    rate_limit: 0
""", encoding="utf-8")
        return path
