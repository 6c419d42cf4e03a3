"""A generated snapshot web of N article pages for the benchmarks, served on 127.0.0.1 (loopback only).

Four sites (two English, two Chinese), each with paginated listings (`ul.news a`, `a.next`), article pages with
real chrome (navigation, sidebar, share bar, footer) and bodies built from templates with varied parties, dates,
summits and pledges, so the reader and the extractor do real work. `dup_share` of the pages (default 10%) repeat a
story already told on another site (half of them in the other language): the same fact on two sites.

    with GenWeb(2000) as web:
        web.write_sources(path)   # rate_limit 0
        ...
        web.article_gets()        # article bodies served (200) since the last reset_log()
"""
from __future__ import annotations

import hashlib
import random
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from email.utils import format_datetime
from datetime import datetime, timezone
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

SITES = (("wire", "en"), ("partners", "en"), ("nengyuan", "zh"), ("huanbao", "zh"))
PER_LISTING = 50
_TYPES = (("memorandum of understanding", "谅解备忘录"), ("cooperation agreement", "合作协议"),
          ("memorandum of understanding", "合作备忘录"))
_TOPICS = (("low-carbon development", "低碳发展"), ("clean energy", "清洁能源"), ("electric vehicles", "电动汽车"),
           ("carbon markets", "碳市场"))
_SUMMITS = (("U.S.-China Climate Leaders Summit", "中美气候领导峰会"),
            ("U.S.-China Climate-Smart / Low-Carbon City Summit", "中美气候智慧型/低碳城市峰会"))
_MONTHS = "January February March April May June July August September October November December".split()


@lru_cache(maxsize=1)
def city_pools() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(English, Chinese) names of Chinese and US cities the gazetteer knows in both languages."""
    from pactwatch.gazetteer import gazetteer

    cn, us, seen = [], [], set()
    for zh, p in gazetteer().zh.items():
        if p.kind != "city" or p.name in seen or "’" in p.name:
            continue
        if p.country == "CN" and zh.endswith("市") and len(zh) <= 4 and len(cn) < 80:
            cn.append((p.name, zh))
            seen.add(p.name)
        elif p.country == "US" and len(zh) >= 3 and not zh.endswith(("州", "区")) and len(us) < 60:
            us.append((p.name, zh))
            seen.add(p.name)
    return cn, us


@dataclass
class Story:
    """One fact: two cities sign an instrument on a day (maybe at a summit), one of them pledges a peak year."""

    n: int
    cn: tuple[str, str]
    us: tuple[str, str]
    kind: int
    topic: int
    day: date
    summit: int | None
    peak: int

    def en(self) -> tuple[str, list[str]]:
        d = f"{_MONTHS[self.day.month - 1]} {self.day.day}, {self.day.year}"
        at = f" at the {_SUMMITS[self.summit][0]} in Beijing" if self.summit is not None else ""
        kind, topic = _TYPES[self.kind][0], _TOPICS[self.topic][0]
        return (f"{self.us[0]} and {self.cn[0]} sign climate {kind.split()[-1]}", [
            f"On {d}, the City of {self.us[0]} and the City of {self.cn[0]} signed a {kind} on {topic}{at}.",
            f"The City of {self.cn[0]} committed to peak its carbon emissions by {self.peak}.",
            f"Officials from both cities said the exchange programme would start next year, with study visits, "
            f"joint research on {topic} and training for municipal staff.",
            "The two sides will meet again to review progress and share experience with other cities.",
        ])

    def zh(self) -> tuple[str, list[str]]:
        d = f"{self.day.year}年{self.day.month}月{self.day.day}日"
        at = f"在北京举行的{_SUMMITS[self.summit][1]}上，" if self.summit is not None else "在北京，"
        kind, topic = _TYPES[self.kind][1], _TOPICS[self.topic][1]
        return (f"{self.cn[1]}与{self.us[1]}签署气候合作{kind}", [
            f"{d}，{at}{self.cn[1]}与{self.us[1]}签署了{topic}{kind}。",
            f"{self.cn[1]}承诺到{self.peak}年实现碳排放达峰。",
            f"双方表示，交流项目将于明年启动，内容包括考察访问、{topic}联合研究和市政人员培训。",
            "双方将定期会面，评估进展，并与其他城市分享经验。",
        ])


def make_stories(n: int, seed: int = 7) -> list[Story]:
    cn, us = city_pools()
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        day = date(2014, 1, 1) + timedelta(days=rnd.randrange(3000))
        out.append(Story(i, rnd.choice(cn), rnd.choice(us), rnd.randrange(len(_TYPES)), rnd.randrange(len(_TOPICS)),
                         day, rnd.choice((None, None, 0, 1)), rnd.choice((2025, 2028, 2030))))
    return out


_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} - {site}</title>
<meta property="og:title" content="{title}"><meta property="article:published_time" content="{pub}T09:00:00+08:00">
<link rel="canonical" href="{base}{path}"></head>
<body><div id="top"><a href="/">{home}</a> | <a href="/news/">{news}</a> | <a href="/about/">{about}</a></div>
<header><nav><ul><li><a href="/">{home}</a></li><li><a href="/news/">{news}</a></li><li><a href="/programs/">Programs</a></li>
<li><a href="/contact/">Contact</a></li></ul></nav></header>
<div id="main"><article><h1>{title}</h1><div class="meta">{posted} <span class="date">{pub}</span></div>
<div class="entry-content">{body}</div>
<div class="share">Share: <a href="#">Weibo</a> <a href="#">WeChat</a> <a href="#">Twitter</a></div></article>
<aside><h3>{recent}</h3><ul>{aside}</ul></aside></div>
<footer><p><a href="/about/">{about}</a> | <a href="/contact/">Contact</a></p><p>Copyright 2014-2024 {site}. All rights reserved.</p></footer>
</body></html>"""
_LISTING = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site} news</title></head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a></nav><ul class="news">{items}</ul>{next}
<footer>Copyright {site}</footer></body></html>"""


class GenWeb:
    """Every generated site on its own 127.0.0.1 port; pages are built up front and answered from memory."""

    def __init__(self, n_pages: int, dup_share: float = 0.10, seed: int = 7):
        self.n_pages = n_pages
        self.host = "127.0.0.1"  # loopback only, never another address
        self.base_urls: dict[str, str] = {}
        self.pages: dict[str, dict[str, tuple[bytes, str]]] = {s: {} for s, _ in SITES}
        self.gets: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []
        n_dup = int(n_pages * dup_share)
        self.stories = make_stories(n_pages - n_dup, seed)
        rnd = random.Random(seed + 1)
        self._placed: list[tuple[str, Story]] = []  # (site, story), one per article page
        for i, st in enumerate(self.stories):
            self._placed.append((SITES[i % len(SITES)][0], st))
        for st in rnd.sample(self.stories, n_dup):  # the same story on another site
            own = next(s for s, x in self._placed if x is st)
            self._placed.append((rnd.choice([s for s, _ in SITES if s != own]), st))
        self.modified = format_datetime(datetime(2024, 1, 1, tzinfo=timezone.utc), usegmt=True)

    def start(self) -> "GenWeb":
        for site, _ in SITES:
            handler = type(f"H_{site}", (self.handler_base(),), {"web": self, "site": site})
            server = ThreadingHTTPServer((self.host, 0), handler)
            server.daemon_threads = True
            self._servers.append(server)
            self.base_urls[site] = f"http://{self.host}:{server.server_address[1]}"
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        self._build()
        return self

    def handler_base(self) -> type:
        """The request handler class each site's server subclasses (a subclass of GenWeb may add behaviour)."""
        return _Handler

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    __enter__ = start

    def __exit__(self, *exc) -> None:
        self.stop()

    def _build(self) -> None:
        lang = dict(SITES)
        per_site: dict[str, list[tuple[str, str]]] = {s: [] for s, _ in SITES}
        for k, (site, st) in enumerate(self._placed):
            path = f"/news/{st.day:%Y/%m%d}/{k:06d}.html"
            title, paras = st.en() if lang[site] == "en" else st.zh()
            per_site[site].append((path, title))
            self._put(site, path, self._article(site, lang[site], path, title, paras, st.day, per_site[site][-4:]))
        for site, items in per_site.items():
            chunks = [items[i:i + PER_LISTING] for i in range(0, len(items), PER_LISTING)] or [[]]
            for i, chunk in enumerate(chunks):
                path = "/news/" if i == 0 else f"/news/list_{i + 1}.html"
                nxt = f'<a class="next" href="/news/list_{i + 2}.html">Next</a>' if i + 1 < len(chunks) else ""
                lis = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in chunk)
                self._put(site, path, _LISTING.format(site=site, items=lis, next=nxt))
            self._put(site, "/robots.txt", "User-agent: *\nDisallow: /private/\n")

    def _article(self, site, lang, path, title, paras, day, recent) -> str:
        zh = lang == "zh"
        return _PAGE.format(
            lang=lang, title=title, site=site, pub=day.isoformat(), base=self.base_urls[site], path=path,
            home="首页" if zh else "Home", news="新闻" if zh else "News", about="关于我们" if zh else "About us",
            posted="发布时间:" if zh else "Posted on", recent="最新资讯" if zh else "Recent news",
            body="".join(f"<p>{p}</p>" for p in paras),
            aside="".join(f'<li><a href="{p}">{t}</a></li>' for p, t in recent))

    def _put(self, site: str, path: str, text: str) -> None:
        body = text.encode("utf-8")
        self.pages[site][path] = (body, '"' + hashlib.sha1(body).hexdigest()[:16] + '"')

    def sources(self, rate_limit: float = 0) -> list[dict]:
        return [{"name": s, "language": lang, "start_urls": [self.base_urls[s] + "/news/"],
                 "article_links": "ul.news a", "next_page": "a.next", "rate_limit": rate_limit} for s, lang in SITES]

    def write_sources(self, path: str | Path, rate_limit: float = 0) -> Path:
        path = Path(path)
        path.write_text(yaml.safe_dump({"sources": self.sources(rate_limit)}, sort_keys=False), encoding="utf-8")
        return path

    def reset_log(self) -> None:
        with self._lock:
            self.gets.clear()

    def article_gets(self) -> int:
        """Article bodies sent (status 200 on an article path) since the last reset_log()."""
        with self._lock:
            return sum(1 for _, p, st in self.gets if st == 200 and p.count("/") == 4 and p.endswith(".html")
                       and "list_" not in p)


class _Handler(BaseHTTPRequestHandler):
    web: GenWeb
    site: str
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path == "/_bench/article-gets":  # the bench's own question, not part of the web
            body = str(self.web.article_gets()).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if path == "/_bench/reset":
            self.web.reset_log()
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        hit = self.web.pages[self.site].get(path)
        if hit is None:
            status, body, headers = 404, b"not found", {"Content-Type": "text/plain"}
        else:
            body, etag = hit
            headers = {"ETag": etag, "Last-Modified": self.web.modified,
                       "Content-Type": "text/plain" if path.endswith(".txt") else "text/html; charset=utf-8"}
            status = 304 if self.headers.get("If-None-Match") == etag else 200
            body = b"" if status == 304 else body
        with self.web._lock:
            self.web.gets.append((self.site, path, status))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


def main() -> None:
    """Serve a generated web in this process (so the crawler under test has its own GIL); print its sources."""
    import argparse
    import json
    import sys
    import time

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("n", type=int)
    args = ap.parse_args()
    with GenWeb(args.n) as web:
        print(json.dumps(web.sources()), flush=True)
        try:
            while sys.stdin.read(1):  # serve until the parent closes our stdin
                pass
        except KeyboardInterrupt:
            pass
        time.sleep(0)


if __name__ == "__main__":
    sys_path = str(Path(__file__).resolve().parents[1])
    import sys
    sys.path.insert(0, sys_path)
    main()
