"""A fault-injecting web on 127.0.0.1: small sites whose listing pages link to misbehaving article URLs.

    with FaultWeb() as web:
        web.write_sources(path)    # sources.yaml: faulty, zh, clean, archive, redesigned
    FAULTS                         # every fault served, with what pactwatch must do about it
    EXPECTED                       # the agreements the readable pages state (none may be lost)

Four loopback servers (one host each): `news` (the faulty listing, the redesigned listing, robots.txt), `zh`
(GBK without any label, Big5 labelled UTF-8), `clean` (two good pages; an archive whose one page is gone) and
`elsewhere` (a host no source allows: it must never be asked for anything). Used by tests/reliability and
bench/faults.py.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

_SCRAPERS = str(Path(__file__).resolve().parents[1] / "scrapers")
if _SCRAPERS not in sys.path:
    sys.path.insert(0, _SCRAPERS)

from loopback import Loopback, Reply  # noqa: E402  (tests/scrapers/loopback.py)

CAP = 256 * 1024  # PACTWATCH_MAX_BODY_BYTES for the crawl
HUGE_CHUNKS = 32768  # x 64 KiB = 2 GiB streamed without Content-Length
HUGE_BYTES = HUGE_CHUNKS * 65537
READ_TIMEOUT = 1.0
ENV = {  # crawl settings for the fault web: small timeouts, one retry, no backoff sleeps, no rate limit
    "PACTWATCH_CONNECT_TIMEOUT": "2", "PACTWATCH_READ_TIMEOUT": f"{READ_TIMEOUT:g}", "PACTWATCH_RETRIES": "1",
    "PACTWATCH_BACKOFF_BASE": "0", "PACTWATCH_RETRY_AFTER_MAX": "3", "PACTWATCH_RATE_LIMIT": "0",
    "PACTWATCH_MAX_BODY_BYTES": str(CAP), "PACTWATCH_MAX_FETCH_SECONDS": "10", "PACTWATCH_TRUST_ENV": "false",
    "PACTWATCH_LOCK_WAIT": "2",
}


@dataclass(frozen=True)
class Fault:
    """One misbehaviour: where it is served, what pactwatch must do (kept/failed/skipped/dropped/warning)."""

    name: str
    source: str  # the source (in sources.yaml) whose crawl meets it
    site: str
    path: str
    outcome: str
    reason: str = ""  # start of the reason the run summary must give
    test: str = ""  # the test in tests/reliability/test_fault_web.py that shows it


def _f(name: str, path: str, outcome: str, reason: str = "", test: str = "", site: str = "news",
       source: str = "faulty") -> Fault:
    return Fault(name, source, site, path, outcome, reason, test)


FAULTS = [
    _f("500, then 200", "/news/retry", "kept", test="test_500_then_200_is_retried_and_kept"),
    _f("429 with Retry-After: 1", "/news/busy", "kept", test="test_429_waits_for_retry_after_and_is_kept"),
    _f("connection stalls before answering", "/news/stall", "failed", f"read timeout after {READ_TIMEOUT:g} s",
       "test_stalled_connection_is_bounded_by_the_read_timeout"),
    _f("body stalls mid-transfer", "/news/drip", "failed", f"read timeout after {READ_TIMEOUT:g} s (body)",
       "test_stalled_connection_is_bounded_by_the_read_timeout"),
    _f("truncated body (shorter than Content-Length)", "/news/cut", "failed", "truncated body: got",
       "test_failed_and_skipped_pages_are_listed_and_not_loaded"),
    _f("404", "/news/removed", "failed", "gone: 404", "test_gone_pages_are_asked_once_and_recorded_as_gone"),
    _f("410", "/news/withdrawn", "failed", "gone: 410", "test_gone_pages_are_asked_once_and_recorded_as_gone"),
    _f("redirect loop", "/news/loop-a", "failed", "redirect loop at", "test_redirect_loop_ends"),
    _f("redirect to a host the source does not allow", "/news/moved", "failed", "redirect to disallowed host",
       "test_other_hosts_are_never_asked"),
    _f("robots.txt disallows a linked path", "/private/memo", "skipped", "disallowed by robots.txt",
       "test_robots_disallowed_page_is_never_requested"),
    _f("2 GiB body, no Content-Length", "/news/huge", "failed", f"body over {CAP} bytes",
       "test_oversize_page_is_refused_with_bounded_memory"),
    _f("Content-Length over the cap", "/news/huge-declared", "failed", f"body over {CAP} bytes",
       "test_oversize_page_is_refused_with_bounded_memory"),
    _f("PDF served as an article", "/news/report.pdf", "skipped", "not html: application/pdf",
       "test_binary_content_is_skipped"),
    _f("PDF bytes labelled text/html", "/news/scan", "skipped", "not html: application/pdf (served as text/html)",
       "test_binary_content_is_skipped"),
    _f("empty 200", "/news/empty", "failed", "empty page", "test_failed_and_skipped_pages_are_listed_and_not_loaded"),
    _f("malformed HTML (unclosed tags, broken nesting)", "/news/malformed", "kept",
       test="test_malformed_html_is_read_correctly"),
    _f("hostile markup (<script>, onerror=) in title and text", "/news/hostile", "kept",
       test="test_hostile_markup_is_stored_as_plain_text"),
    _f("link to a host the source does not allow", "/stolen", "dropped", test="test_other_hosts_are_never_asked",
       site="elsewhere"),
    _f("file://, javascript: and mailto: links", "file:///etc/passwd", "dropped",
       test="test_non_http_links_are_dropped"),
    _f("GBK page with no charset label anywhere", "/xinwen/gbk", "kept", test="test_gbk_without_label_is_intact",
       site="zh", source="zh"),
    _f("Big5 page whose header says UTF-8", "/xinwen/big5", "kept", test="test_big5_mislabelled_utf8_is_intact",
       site="zh", source="zh"),
    _f("410: a source whose only article is gone", "/archive/2014", "failed", "gone: 410",
       "test_gone_pages_are_asked_once_and_recorded_as_gone", site="clean", source="archive"),
    _f("listing selector matches nothing", "/v2/news/", "warning", "article_links 'ul.news a' matched nothing",
       "test_selector_matching_nothing_is_a_warning_for_its_source", source="redesigned"),
]

# (page, parties) of every agreement the readable pages state; `records lost` counts those not in the warehouse.
EXPECTED = [
    (("news", "/news/retry"), {"Portland", "Kunming"}),
    (("news", "/news/busy"), {"Los Angeles", "Shenzhen"}),
    (("news", "/news/malformed"), {"Seattle", "Chongqing"}),
    (("news", "/news/hostile"), {"Houston", "Tianjin"}),
    (("zh", "/xinwen/gbk"), {"Sichuan Province", "California"}),
    (("clean", "/stories/1"), {"Los Angeles", "Wuhan"}),
    (("clean", "/stories/2"), {"Boston", "Hangzhou"}),
]
GBK_TEXT = "2016年6月7日，四川省与加利福尼亚州在成都签署了关于低碳发展的合作谅解备忘录。"
BIG5_TEXT = "2017年6月6日，江蘇省與加利福尼亞州在南京簽署了清潔能源合作諒解備忘錄。"
HOSTILE_TITLE_TEXT = "<img src=x onerror=alert(1)>"
HOSTILE_BODY_TEXT = '<script>alert("clean air")</script>'


def article(title: str, day: str, *paras: str, lang: str = "en") -> str:
    """An ordinary news page: chrome around one article with a headline, a date and paragraphs."""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title>'
            f'<meta property="article:published_time" content="{day}"></head><body>'
            f'<nav><a href="/">Home</a> <a href="/news/">News</a></nav><main><article><h1>{title}</h1>'
            f'<p class="date">{day}</p>\n{body}\n</article></main><footer>Example News</footer></body></html>')


def _pages() -> dict[str, dict[str, list[Reply] | Reply]]:
    html = "text/html; charset=utf-8"
    good = {
        "retry": article("Portland and Kunming sign climate agreement", "2016-06-06",
                         "The City of Portland and Kunming signed a climate cooperation agreement on June 5, 2016.",
                         "The agreement covers building efficiency and clean transport; the cities will exchange "
                         "experts every year."),
        "busy": article("Los Angeles and Shenzhen sign MOU", "2018-04-03",
                        "Los Angeles and Shenzhen signed a memorandum of understanding on electric vehicles on "
                        "April 2, 2018.", "Both cities plan to share charging data and procurement experience."),
    }
    # No </head>, </p>, </div>, </span>, </table>, </body>; <h1> closed by </h2>; <b><i></b></i>; stray </div>s.
    # (The <title> is closed: a browser shows nothing but a title for a page whose <title> never ends.)
    malformed = ("<html><head><title>Ports deal</title><meta charset=utf-8><body><div class=story>"
                 "<h1>Seattle and Chongqing ports deal</h2></div></div>"
                 "<p>Seattle and Chongqing signed a memorandum of understanding on clean ports on May 3, 2017."
                 "<p>The <b>deal <i>covers</b> shore power</i> and cleaner trucks at both ports, officials said."
                 "<div><span class=note>Both port authorities will report progress every year<table><tr><td>Seattle"
                 "<td>Chongqing<p>Officials said shore power would be ready by 2020.")
    hostile = ("<!DOCTYPE html><html><head>"
               "<title>Houston and Tianjin sign MOU &lt;img src=x onerror=alert(1)&gt;</title>"
               "<script>document.title = 'pwned'; alert('head')</script></head><body>"
               "<nav><a href='javascript:alert(4)'>Home</a></nav><main><article>"
               "<h1>Houston and Tianjin sign MOU &lt;img src=x onerror=alert(1)&gt;</h1>"
               "<p>Houston and Tianjin signed a memorandum of understanding on carbon capture on August 8, 2019.</p>"
               "<p onmouseover=\"alert('hover')\">Activists held a sign reading "
               "&lt;script&gt;alert(\"clean air\")&lt;/script&gt; outside the ceremony hall, officials said."
               "<img src=x onerror=\"alert('img')\"></p>"
               "<script>alert('inline')</script></article></main></body></html>")
    scan = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + b"\x00\x01binary\x02" * 2000
    listing = "".join(f'<li><a href="{p}">story {i}</a></li>' for i, p in enumerate([
        "/news/retry", "/news/busy", "/news/stall", "/news/drip", "/news/cut", "/news/removed", "/news/withdrawn",
        "/news/loop-a", "/news/moved", "/private/memo", "/news/huge", "/news/huge-declared", "/news/report.pdf",
        "/news/scan", "/news/empty", "/news/malformed", "/news/hostile", "{elsewhere}/stolen",
        "file:///etc/passwd", "javascript:alert(1)", "mailto:press@example.org"]))
    return {
        "news": {
            "/robots.txt": Reply(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
            "/news/": Reply(body=f'<html><body><h1>News</h1><ul class="news">{listing}</ul></body></html>'.encode()),
            "/v2/news/": Reply(body=b'<html><body><div class="cards"><div class="card"><a href="/news/retry">'
                                    b'A story</a></div></div></body></html>'),
            "/news/retry": [Reply(status=500, body=b"oops"), Reply(body=good["retry"].encode())],
            "/news/busy": [Reply(status=429, headers={"Retry-After": "1"}), Reply(body=good["busy"].encode())],
            "/news/stall": Reply(body=good["retry"].encode(), delay=60),
            "/news/drip": Reply(body=lambda: iter(halves(good["retry"].encode())), chunk_delay=60),
            "/news/cut": Reply(body=good["retry"].encode(), content_length=len(good["retry"].encode()) + 4000),
            "/news/removed": Reply(status=404, body=b"not found", content_type="text/plain"),
            "/news/withdrawn": Reply(status=410, body=b"gone", content_type="text/plain"),
            "/news/loop-a": Reply(status=302, headers={"Location": "/news/loop-b"}),
            "/news/loop-b": Reply(status=302, headers={"Location": "/news/loop-a"}),
            "/news/moved": Reply(status=301, headers={"Location": "{elsewhere}/landing"}),
            "/private/memo": Reply(body=good["retry"].encode()),
            "/news/huge": Reply(body=huge_body),
            "/news/huge-declared": Reply(body=b"<p>" + b"x" * (2 * CAP) + b"</p>"),
            "/news/report.pdf": Reply(body=scan, content_type="application/pdf"),
            "/news/scan": Reply(body=scan, content_type=html),
            "/news/empty": Reply(body=b""),
            "/news/malformed": Reply(body=malformed.encode()),
            "/news/hostile": Reply(body=hostile.encode()),
        },
        "zh": {
            "/xinwen/": Reply(body='<html><body><ul class="list"><li><a href="/xinwen/gbk">四川</a></li>'
                                   '<li><a href="/xinwen/big5">江蘇</a></li></ul></body></html>'.encode()),
            # GBK bytes, Content-Type without charset, no <meta charset>: only the bytes can tell.
            "/xinwen/gbk": Reply(body=article("四川省与加州签署合作备忘录", "2016-06-08", GBK_TEXT,
                                              "双方同意在清洁能源、低碳城市和绿色交通等领域开展务实合作，并定期交流经验。",
                                              lang="zh").encode("gbk"), content_type="text/html"),
            # Big5 bytes under a header (and a meta tag) that both say UTF-8.
            "/xinwen/big5": Reply(body=article("江蘇省與加州簽署清潔能源合作備忘錄", "2017-06-07", BIG5_TEXT,
                                               "雙方同意在再生能源、城市調適及綠色交通等領域加強交流與合作。", lang="zh")
                                  .replace("<head>", '<head><meta charset="utf-8">').encode("big5"),
                                  content_type="text/html; charset=utf-8"),
        },
        "clean": {
            "/stories/": Reply(body=b'<html><body><ul class="news"><li><a href="/stories/1">1</a></li>'
                                    b'<li><a href="/stories/2">2</a></li></ul></body></html>'),
            "/archive/": Reply(body=b'<html><body><ul class="news"><li><a href="/archive/2014">2014</a></li>'
                                    b'</ul></body></html>'),
            "/archive/2014": Reply(status=410, body=b"gone", content_type="text/plain"),
            "/stories/1": Reply(body=article(
                "Los Angeles and Wuhan sign MOU", "2015-09-17",
                "Los Angeles and Wuhan signed a memorandum of understanding on low-carbon cities on September 16, "
                "2015.", "The two cities will share data on building efficiency and clean transport.").encode()),
            "/stories/2": Reply(body=article(
                "Boston and Hangzhou sign climate agreement", "2016-10-13",
                "Boston and Hangzhou signed a climate cooperation agreement on October 12, 2016.",
                "The agreement covers flood resilience and district energy.").encode()),
        },
        "elsewhere": {},
    }


def halves(body: bytes) -> list[bytes]:
    """`body` in two chunks (streamed with a long pause between them: the connection stalls mid-body)."""
    return [body[:len(body) // 2], body[len(body) // 2:]]


def huge_body():
    """A fresh 2 GiB stream (generated lazily, so the server holds one chunk at a time)."""
    return (b"<p>" + b"x" * 65530 + b"</p>" for _ in range(HUGE_CHUNKS))


class FaultWeb:
    """The four sites on loopback (ephemeral ports); a context manager. `sites[name]` is a Loopback."""

    def __init__(self) -> None:
        self.sites = {name: Loopback() for name in ("news", "zh", "clean", "elsewhere")}

    def __enter__(self) -> FaultWeb:
        for site in self.sites.values():
            site.__enter__()
        for name, routes in _pages().items():
            for path, replies in routes.items():
                self.route(self.sites[name], path, replies if isinstance(replies, list) else [replies])
        return self

    def __exit__(self, *exc_info) -> None:
        for site in self.sites.values():
            site.__exit__(*exc_info)

    def route(self, site: Loopback, path: str, replies: list[Reply]) -> None:
        """Install `replies`; placeholders and streamed bodies get a fresh value for every request."""
        fixed = []
        for r in replies:
            headers = {k: v.replace("{elsewhere}", self.sites["elsewhere"].base) for k, v in r.headers.items()}
            body = r.body
            if isinstance(body, bytes):
                body = body.replace(b"{elsewhere}", self.sites["elsewhere"].base.encode())
            fixed.append(Reply(r.status, body, r.content_type, headers, r.delay, r.content_length, r.chunk_delay))
        if callable(fixed[0].body):  # a body factory: a fresh stream for every request
            site.handle(path, lambda seen, r=fixed[0]: Reply(r.status, r.body(), r.content_type, r.headers,
                                                             r.delay, None, r.chunk_delay))
        else:
            site.route(path, *fixed)

    def url(self, site: str, path: str) -> str:
        return path if "://" in path else self.sites[site].url(path)

    def requested(self, site: str) -> list[str]:
        return self.sites[site].paths()

    def sources_yaml(self) -> str:
        news, zh, clean = (self.sites[n].url for n in ("news", "zh", "clean"))
        return f"""sources:
  - name: faulty
    language: en
    start_urls: ["{news('/news/')}"]
    article_links: "ul.news a"
    rate_limit: 0
  - name: zh
    language: zh
    start_urls: ["{zh('/xinwen/')}"]
    article_links: "ul.list a"
    rate_limit: 0
  - name: clean
    start_urls: ["{clean('/stories/')}"]
    article_links: "ul.news a"
    rate_limit: 0
  - name: archive
    start_urls: ["{clean('/archive/')}"]
    article_links: "ul.news a"
    rate_limit: 0
  - name: redesigned
    start_urls: ["{news('/v2/news/')}"]
    article_links: "ul.news a"
    rate_limit: 0
"""

    def write_sources(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.sources_yaml(), encoding="utf-8")
        return path


def lost_records(web: FaultWeb, db: str | Path) -> list[str]:
    """EXPECTED agreements with no row in `agreements` naming both parties and citing their page: must be []."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT parties, source_urls FROM agreements").fetchall()
    finally:
        con.close()
    lost = []
    for (site, path), parties in EXPECTED:
        url = web.url(site, path)
        if not any(parties <= set(p) and url in urls for p, urls in rows):
            lost.append(f"{' + '.join(sorted(parties))} ({url})")
    return lost
