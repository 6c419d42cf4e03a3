"""The soak web (issue 19): N article pages on four loopback sites behind sitemap indexes, ~5% of them faulty.

Built on bench/gen_web.py's GenWeb (its sites, page chrome, server and request log): every 10th page reports one
agreement (two cities sign an instrument on a day of its own, so no two are one agreement), the others are local
news that state no record. A share of the pages (default 5%) misbehave, one kind after another:

    transient (kept after a retry): 500 once, 503 once, 429 once (Retry-After: 1), the connection closed without
        an answer once, a body cut short once (Content-Length says more than is sent), an answer after 1.5 s
    permanent (failed, with their reason): 404, 410, a redirect loop

`faults=False` serves the same pages without any fault. `kill_at(k, fn)` calls `fn` (the soak sends SIGKILL to
the crawler's process group) when the k-th answer to an article URL is about to be sent: a kill point counted on
the server, so it falls at the same place of the same wave in every run, whatever the machine's speed.
"""
from __future__ import annotations

import random
import re
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from bench.gen_web import SITES, GenWeb, Story, _Handler, city_pools

TRANSIENT = ("500 once", "503 once", "429 once", "closed once", "cut once", "slow")
PERMANENT = ("404", "410", "redirect loop")
KINDS = TRANSIENT + PERMANENT
CHILD = 500  # URLs per child sitemap
_FILLER_EN = (
    ("{city} expands cycling network", [
        "The City of {city} opened {n} kilometres of protected cycle lanes this spring, the transport department "
        "said.",
        "Ridership on the new lanes rose by a fifth in the first month, according to counters installed along the "
        "routes.",
        "The department will publish a full review of the programme at the end of the year."]),
    ("{city} plants street trees", [
        "Volunteers in {city} planted {n} hundred street trees along main roads over the weekend, the parks office "
        "said.",
        "The trees were chosen for shade and for their tolerance of hot, dry summers.",
        "Residents can ask for a tree outside their home through the city's website."]),
)
_FILLER_ZH = (
    ("{city}新增自行车道", ["今年春季，{city}新开通了{n}公里受保护的自行车道，交通部门表示。",
                           "据沿线安装的计数器统计，新车道开通首月骑行量增长了五分之一。",
                           "交通部门将于年底发布该项目的全面评估报告。"]),
    ("{city}植树活动", ["上周末，{city}志愿者沿主干道种植了{n}百棵行道树，园林部门表示。",
                       "所选树种遮荫效果好，耐高温干旱。", "市民可通过城市网站申请在家门口种树。"]),
)


@lru_cache(maxsize=1)
def readable_pools() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """GenWeb's (Chinese, US) city pools, plus the Chinese cities whose names hold an apostrophe (Xi’an, Huai'an),
    each written both with a straight and a curly one, less the names today's extractor does not read as a party
    in either language's agreement sentence (checked here with it): the soak counts agreements lost by the crawl,
    not by the reader (tests/scrapers/extract holds the reader's own tests)."""
    from pactwatch.models import Article
    from scrapers.extract import extract_mentions

    cn, us = city_pools()
    cn = cn + apostrophe_cities()

    def reads(c: tuple[str, str], u: tuple[str, str]) -> bool:
        story = Story(0, c, u, 0, 0, date(2016, 6, 6), None, 2030)
        for lang, (title, paras) in (("en", story.en()), ("zh", story.zh())):
            article = Article(url="http://127.0.0.1/x", source="check", title=title, published_on=story.day,
                              language=lang, text="\n".join([title, *paras]), fetched_at=datetime.now(timezone.utc))
            parties = [set(m.fields["parties"]) for m in extract_mentions(article) if m.record_type == "agreement"]
            if parties != [{party(c[0]), party(u[0])}]:
                return False
        return True

    cn_ok = [c for c in cn if reads(c, us[0])]
    return cn_ok, [u for u in us if reads(cn_ok[0], u)]


@lru_cache(maxsize=1)
def apostrophe_cities() -> list[tuple[str, str]]:
    """(English, Chinese) of the Chinese cities the gazetteer knows whose English name holds an apostrophe, each
    twice: written with a straight apostrophe and with a curly one, as pages do."""
    from pactwatch.gazetteer import gazetteer

    out, seen = [], set()
    for zh, p in gazetteer().zh.items():
        if p.kind == "city" and p.country == "CN" and re.search("['’]", p.name) and zh.endswith("市") and \
                len(zh) <= 4 and p.name not in seen:
            seen.add(p.name)
            out += [(p.name.replace("’", "'"), zh), (p.name.replace("'", "’"), zh)]
    return out


def party(written: str) -> str:
    """The canonical name the warehouse holds for a city as the soak web writes it (Xi'an -> the gazetteer's)."""
    from pactwatch.gazetteer import gazetteer

    place = gazetteer().find_en(written)
    return place.name if place else written


class SoakWeb(GenWeb):
    """N article pages over GenWeb's four sites, each site's pages listed by a sitemap index; a context manager."""

    def __init__(self, n_pages: int, faults: bool = True, fault_share: float = 0.05, seed: int = 19,
                 slow_seconds: float = 1.5) -> None:
        super().__init__(0)
        self.n_pages = n_pages
        self.slow_seconds = slow_seconds
        rnd = random.Random(seed)
        cn, us = readable_pools()
        self.plan: list[tuple[str, str, Story | None, str | None]] = []  # (site, path, story, fault) per page
        faulty = 0
        for k in range(n_pages):
            site = SITES[k % len(SITES)][0]
            story = None
            if k % 10 == 0:  # a day of its own, a week from the next: no two agreements resolve into one
                story = Story(k, rnd.choice(cn), rnd.choice(us), rnd.randrange(3), rnd.randrange(4),
                              date(2005, 1, 3) + timedelta(days=7 * (k // 10)), None, rnd.choice((2025, 2030)))
            day = story.day if story else date(2015, 1, 1) + timedelta(days=k % 3000)
            fault = None
            if faults and rnd.random() < fault_share:
                fault, faulty = KINDS[faulty % len(KINDS)], faulty + 1
            self.plan.append((site, f"/news/{day:%Y/%m%d}/{k:06d}.html", story, fault))
        self.fault_of = {(site, path): fault for site, path, _, fault in self.plan if fault}
        self.article_paths = {(site, path) for site, path, _, _ in self.plan}
        for site, path, _, fault in self.plan:
            if fault == "redirect loop":
                self.fault_of[(site, _loop_partner(path))] = fault
                self.article_paths.add((site, _loop_partner(path)))
        self.asked: Counter = Counter()  # requests per (site, path), for the faults served once
        self.answers = 0  # requests for article URLs answered (or about to be), any status
        self._kill: tuple[int, Callable[[], None]] | None = None

    # --- what the web holds -----------------------------------------------------------------------------------

    def _build(self) -> None:
        lang = dict(SITES)
        cn, us = city_pools()
        per_site: dict[str, list[str]] = {s: [] for s, _ in SITES}
        for k, (site, path, story, _) in enumerate(self.plan):
            if story is not None:
                title, paras = story.en() if lang[site] == "en" else story.zh()
                day = story.day
            else:
                city = (cn + us)[k % len(cn + us)][0 if lang[site] == "en" else 1]
                title, paras = (_FILLER_EN if lang[site] == "en" else _FILLER_ZH)[k % 2]
                title, paras = title.format(city=city), [p.format(city=city, n=3 + k % 17) for p in paras]
                day = date(2015, 1, 1) + timedelta(days=k % 3000)
            per_site[site].append(path)
            self._put(site, path, self._article(site, lang[site], path, title, paras, day, []))
        for site, paths in per_site.items():
            children = [paths[i:i + CHILD] for i in range(0, len(paths), CHILD)] or [[]]
            base = self.base_urls[site]
            for j, chunk in enumerate(children):
                urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in chunk)
                self._put(site, f"/sitemaps/{j}.xml", _urlset(urls))
            index = "".join(f"<sitemap><loc>{base}/sitemaps/{j}.xml</loc></sitemap>" for j in range(len(children)))
            self._put(site, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns='
                      f'"http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>')
            self._put(site, "/robots.txt", "User-agent: *\nDisallow: /private/\n")

    def handler_base(self) -> type:
        return _SoakHandler

    def sources(self, rate_limit: float = 0) -> list[dict]:
        """One source per site, found through its sitemap index."""
        return [{"name": s, "language": lang, "sitemap": self.base_urls[s] + "/sitemap.xml",
                 "rate_limit": rate_limit} for s, lang in SITES]

    def url(self, site: str, path: str) -> str:
        return self.base_urls[site] + path

    def good_urls(self) -> set[str]:
        """Every page that answers 200 sooner or later (no fault, or a transient one): all must be kept."""
        return {self.url(s, p) for s, p, _, f in self.plan if f not in PERMANENT}

    def permanent_failures(self) -> dict[str, str]:
        """url -> fault kind of the pages that never answer 200."""
        return {self.url(s, p): f for s, p, _, f in self.plan if f in PERMANENT}

    def agreements_served(self) -> dict[str, tuple[str, str, date]]:
        """url -> (US city, Chinese city, signing day) of every agreement a good page states."""
        return {self.url(s, p): (party(st.us[0]), party(st.cn[0]), st.day) for s, p, st, f in self.plan
                if st is not None and f not in PERMANENT}

    def fault_counts(self) -> Counter:
        return Counter(f for _, _, _, f in self.plan if f)

    # --- what happens on the wire -----------------------------------------------------------------------------

    def kill_at(self, k: int, fn: Callable[[], None] | None) -> None:
        """Call `fn` once, when the k-th article answer from now is about to be sent (None: no kill)."""
        with self._lock:
            self._kill = (self.answers + k, fn) if fn else None

    def on_request(self, site: str, path: str) -> str | None:
        """Count the request; fire the kill if due; the fault to serve now (transient ones once), or None."""
        fire = None
        with self._lock:
            key = (site, path)
            self.asked[key] += 1
            if key in self.article_paths:
                self.answers += 1
                if self._kill and self.answers == self._kill[0]:
                    fire, self._kill = self._kill[1], None
            fault = self.fault_of.get(key)
            if fault in ("500 once", "503 once", "429 once", "closed once", "cut once") and self.asked[key] > 1:
                fault = None
        if fire is not None:
            fire()
        return fault


def _loop_partner(path: str) -> str:
    return path[:-len("-b.html")] + ".html" if path.endswith("-b.html") else path[:-len(".html")] + "-b.html"


def _urlset(urls: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>")


class _SoakHandler(_Handler):
    web: SoakWeb

    def handle(self) -> None:
        try:
            super().handle()
        except (ConnectionResetError, BrokenPipeError):
            pass  # the crawler hung up (or was killed): nothing to answer

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        path = self.path.split("?")[0]
        fault = self.web.on_request(self.site, path)
        if fault is None:
            return super().do_GET()
        if fault == "slow":
            time.sleep(self.web.slow_seconds)
            return super().do_GET()
        with self.web._lock:
            self.web.gets.append((self.site, path, 0))  # no whole answer: not a body downloaded
        if fault == "closed once":  # hang up without a word
            self.close_connection = True
            return
        if fault == "cut once":  # a promise of the whole body, half of it sent, then the connection closes
            body = self.web.pages[self.site][path][0]
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:len(body) // 2])
            self.close_connection = True
            return
        status = {"500 once": 500, "503 once": 503, "429 once": 429, "404": 404, "410": 410}.get(fault, 302)
        self.send_response(status)
        if status == 429:
            self.send_header("Retry-After", "1")
        if status == 302:
            self.send_header("Location", _loop_partner(path))
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"fault")

