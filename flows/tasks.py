"""The tasks and helpers the ingest, backfill and reparse flows share: walk listings, fetch, read, load.

Network I/O (fetch_batch) and parsing (parse_discovery, read_batch) are separate tasks, so each can be retried
alone; each task takes a batch of pages, since a task run costs milliseconds. Fetching submits one task per host
to the flow's task runner (threads, or Dask: see runner.py), so hosts are fetched side by side while each host's
pages stay in one task under its rate limit. The warehouse is opened only by the load task: one writer, one
transaction per wave of articles (waves.py).
"""
from __future__ import annotations

import os
import threading
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed

from pactwatch.config import Settings, Source
from pactwatch.models import Extraction, FetchedPage
from scrapers.article import NotAnArticle, read_article
from scrapers.canonical import is_article_url, nothing_found
from scrapers.discover import parse_feed, parse_listing, parse_sitemap
from scrapers.extract import extractor_version
from scrapers.fetch import Fetcher
from scrapers.selectors import PageSelectors
from flows.health import assess, verdict
from flows.identity import adopt_identity
from flows.progress import RunProgress, count_pages, page_counter
from flows.reading import warehouse_or_none
from flows.runlog import publish_artifact
from scrapers.urls import canonical_url, url_host

GONE_DAYS = 30  # a page that answered 404/410 is not asked for again for this many days
MAX_LISTING_PAGES = 200  # per source and run: a pagination loop must end
READ_CHUNK = 16  # pages per read task: a task run costs ~5 ms, reading a page tens of ms
FETCH_STEP = 10  # pages a fetch task fetches between two progress reports


@dataclass
class SourceStats:
    listing_pages: int = 0
    seen: int = 0
    fetched: int = 0
    unchanged: int = 0
    not_due: int = 0  # seen articles checked less than `recheck_days` ago: not asked for at all
    gone: int = 0  # articles that answered 404/410 in an earlier run: not asked for again (GONE_DAYS)
    failed: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # by policy (robots.txt, other hosts): not failures
    warnings: list[str] = field(default_factory=list)
    records: dict[str, int] = field(default_factory=dict)  # new / updated / merged, filled after the load
    found: int = 0  # article links discovery found (before the seen-URL store or the window set some aside)
    discovery_failed: dict[str, str] = field(default_factory=dict)  # listing/feed/sitemap url -> why not fetched
    discovery_empty: list[str] = field(default_factory=list)  # discovery pages that offered no article link
    health: str = ""  # ok | partial | failed, with plain reasons (flows/health.py), set when the run ends
    reasons: list[str] = field(default_factory=list)


@dataclass
class Target:
    url: str
    source: str
    kind: str  # listing | feed | sitemap | article
    date: date | None = None  # the date discovery saw for an article (feed entry, sitemap lastmod)
    exact: bool = False  # `date` is the publication date (a feed's), not only an upper bound (a lastmod)
    via: str | None = None  # the listing page an article was found on (listings are newest first)


@task(cache_policy=NO_CACHE)
def read_known(db: str, urls: list[str], recheck_days: float = 0.0) -> dict[str, tuple]:
    """ETag/Last-Modified of pages already stored, for conditional GET; empty if the warehouse is new or busy.

    With `recheck_days` > 0, a page checked more recently than that is marked `(..., "not due")`: not asked for.
    """
    from warehouse.load import known_pages
    from warehouse.seen_urls import gone_urls, last_checked

    if not urls:
        return {}
    with warehouse_or_none(db, "warehouse busy: fetching without conditional GET") as con:
        if con is None:
            return {}
        known = known_pages(con, urls)
        for url in gone_urls(con, urls, GONE_DAYS):
            known[url] = (None, None, None, "gone")
        if recheck_days > 0:
            due = datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(days=recheck_days)
            for url, checked in last_checked(con, list(known)).items():
                if checked is not None and checked > due:
                    known[url] = tuple(known[url]) + ("not due",)
        return known


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=2)
def fetch_batch(targets: list[Target], sources: dict[str, Source], known: dict[str, tuple],
                settings: Settings, counter: str | None = None) -> list[FetchedPage]:
    """Fetch a batch of URLs in parallel across hosts (polite per host); web faults come back as page errors.

    Pages go FETCH_STEP at a time, each step counted to the flow's progress (`counter`, see progress.py), so a
    run shows fetch progress however its pages spread over hosts."""
    reqs = []
    for t in targets:
        etag, last_mod = (known.get(t.url) or (None, None, None))[:2] if t.kind == "article" else (None, None)
        reqs.append((t.url, sources[t.source], etag, last_mod))
    pages: list[FetchedPage] = []
    with Fetcher(settings) as fetcher:
        for i in range(0, len(reqs), FETCH_STEP):
            step = reqs[i:i + FETCH_STEP]
            pages += fetcher.fetch_many(step, max_workers=min(8, max(1, len({r[0].split('/')[2] for r in step}) * 2)))
            count_pages(counter, len(step))
    get_run_logger().info(f"{len(pages)} fetched from {sorted({url_host(t.url) for t in targets})}: "
                          f"{sum(p.ok for p in pages)} ok, {sum(p.status == 304 for p in pages)} unchanged, "
                          f"{sum(not p.ok and p.status != 304 for p in pages)} not usable")
    return pages


@task(cache_policy=NO_CACHE)
def parse_discovery(targets: list[Target], pages: list[FetchedPage], sources: dict[str, Source]
                    ) -> tuple[list[Target], list[Target], dict[str, list[str]], dict[str, dict]]:
    """Article links and further listing pages (pagination, child sitemaps) found on fetched discovery pages.

    Also returns, per source, the discovery pages that failed (`failed`: url -> why) and those that offered no
    article link (`empty`: plain reasons), which judge the source's health (health.py). Links the source's
    `article_url` / `exclude_urls` rule out are not articles (canonical.py)."""
    articles: list[Target] = []
    more: list[Target] = []
    warnings: dict[str, list[str]] = defaultdict(list)
    trouble: dict[str, dict] = defaultdict(lambda: {"failed": {}, "empty": []})
    for t, page in zip(targets, pages):
        src = sources[t.source]
        if not page.ok or page.text is None:
            warnings[t.source].append(f"{t.kind} {t.url}: {page.error or page.status}")
            trouble[t.source]["failed"][t.url] = page.error or f"http {page.status}"
            continue
        base = page.final_url or page.url
        if t.kind == "listing":
            listing = parse_listing(page.text, base, src)
            found = [Target(u, t.source, "article", via=t.url) for u in listing.article_urls]
            more += [Target(u, t.source, "listing", via=t.url) for u in listing.next_urls]
            warnings[t.source] += listing.warnings
        elif t.kind == "feed":
            entries = parse_feed(page.text, base, src)
            if not entries:
                warnings[t.source].append(f"feed {t.url}: no entries")
            found = [Target(e.url, t.source, "article", date=e.published, exact=True) for e in entries]
        else:
            sm = parse_sitemap(page.text, base, src)
            found = [Target(u, t.source, "article", date=d) for u, d in sm.urls]
            more += [Target(u, t.source, "sitemap") for u in sm.child_sitemaps]
            if sm.child_sitemaps and not found:
                continue  # a sitemap index: its children hold the pages
        kept = [a for a in found if is_article_url(a.url, src)]
        if not kept:
            trouble[t.source]["empty"].append(nothing_found(t.kind, t.url, src, len(found)))
        articles += kept
    return articles, more, dict(warnings), dict(trouble)


@task(cache_policy=NO_CACHE)
def read_batch(pages: list[FetchedPage], languages: dict[str, str | None], feed_dates: dict | None = None,
               selectors: dict[str, PageSelectors] | None = None
               ) -> tuple[list[Extraction], dict[str, str], dict[str, list[str]]]:
    """Read and extract every fetched article page; a page that cannot be read is reported, not fatal.

    `feed_dates` (url -> the date a feed gave it) date pages that show no date of their own; `selectors` (source
    -> its reading selectors) override the generic reader. Returns extractions, unreadable pages (url -> why) and
    per-source warnings (selectors that found nothing)."""
    out: list[Extraction] = []
    failed: dict[str, str] = {}
    warnings: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        try:
            out.append(read_article(page, languages.get(page.source), (feed_dates or {}).get(page.url),
                                    (selectors or {}).get(page.source), warnings[page.source]))
        except NotAnArticle as exc:
            failed[page.url] = str(exc)
        except Exception as exc:  # one bad page never fails the run
            failed[page.url] = f"reader error: {type(exc).__name__}: {exc}"
    get_run_logger().info(f"{len(pages)} pages read: {len(out)} articles, {len(failed)} unreadable")
    return out, failed, {name: w for name, w in warnings.items() if w}


def page_selectors(sources: dict[str, Source]) -> dict[str, PageSelectors]:
    """The reading selectors of the sources that set any (`title`, `body`, `date`), by source name."""
    return {name: sel for name, s in sources.items() if (sel := PageSelectors.of_source(s)) is not None}


@task(cache_policy=NO_CACHE)
def load(db: str, extractions: list[Extraction], pages: list[FetchedPage], run: dict,
         seen: list[tuple] | None = None, urls: dict[str, str] | None = None, earlier: dict | None = None,
         publish: bool = True) -> dict:
    """Resolve and load the batch in one transaction; if the warehouse stays locked, stage it for the next run.

    After the load, the run's `ingest_runs` row gets per-source record figures (`by_source`, counted over `urls`
    when given: a run loading in waves passes every page it loaded so far) and the seen URLs are stored. With
    `earlier` (the summed reports of the run's earlier waves) the row's record_stats become the whole run's.
    `publish=False` leaves the read copy for a later load of the run.
    """
    from warehouse.runs import finish_run
    from warehouse.staging import load_or_stage

    wait = float(os.environ.get("PACTWATCH_LOCK_WAIT", "30"))
    aliases = run.get("aliases")  # alias -> (identity, source): the run's, stored after its load
    run = {**{k: v for k, v in run.items() if k != "aliases"}, **({"earlier": earlier} if earlier else {})}
    result = load_or_stage(db, extractions, pages, extractor_version(), run=run, wait_seconds=wait, publish=publish)
    if isinstance(result, Path):
        get_run_logger().warning(f"warehouse locked: batch staged at {result}; the next run loads it")
        return {"staged": str(result)}
    report = result.as_dict()
    if urls is None:
        urls = {e.article.url: e.article.source for e in extractions}
    report["by_source"] = finish_run(db, run, urls, seen, wait)
    if aliases:
        from warehouse.aliases import store_aliases

        store_aliases(db, aliases, wait)
    return report


def fetch_all(targets: list[Target], sources: dict[str, Source], known: dict[str, tuple], settings: Settings,
              progress: RunProgress | None = None, what: str = "pages fetched") -> list[FetchedPage]:
    """Fetch every target, one fetch_batch task per host run side by side by the task runner; pages in order."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(targets):
        groups[url_host(t.url)].append(i)
    counted = [0, 0]  # pages reported by running tasks, pages of finished tasks
    lock = threading.Lock()

    def report(step: int = 0, finished: int = 0) -> None:
        with lock:
            counted[0] += step
            counted[1] += finished
            done = max(counted)
        if progress is not None:
            progress(what, min(done, len(targets)), len(targets))

    pages: list[FetchedPage | None] = [None] * len(targets)
    with page_counter(report) as counter:
        futures = {}
        for idx in groups.values():
            batch = [targets[i] for i in idx]
            futures[fetch_batch.submit(batch, sources, {t.url: known[t.url] for t in batch if t.url in known},
                                       settings, counter)] = idx
        for fut in as_completed(list(futures)):
            for i, page in zip(futures[fut], fut.result()):
                pages[i] = page
            report(finished=len(futures[fut]))
    return pages


def read_all(pages: list[FetchedPage], languages: dict[str, str | None], progress: RunProgress | None = None,
             targets: list[Target] | None = None, selectors: dict[str, PageSelectors] | None = None,
             stats: dict[str, SourceStats] | None = None) -> tuple[list[Extraction], dict[str, str]]:
    """Read pages in chunks of READ_CHUNK, the chunks side by side (on Dask: on several cores); `targets` lend the
    dates their feeds gave, `selectors` the sources' reading selectors, whose warnings go to `stats`."""
    feed = {t.url: t.date for t in targets or [] if t.exact and t.date}
    futures = [read_batch.submit(part, languages, {p.url: feed[p.url] for p in part if p.url in feed}, selectors)
               for part in (pages[i:i + READ_CHUNK] for i in range(0, len(pages), READ_CHUNK))]
    extractions: list[Extraction] = []
    failed: dict[str, str] = {}
    done = 0
    for fut in futures:  # in order: the batch's extractions keep the fetch order
        ex, bad, warned = fut.result()
        extractions += ex
        failed.update(bad)
        for name, lines in warned.items():
            if stats is not None and name in stats:
                stats[name].warnings += lines
        done += len(ex) + len(bad)
        if progress is not None:
            progress("pages read", done, len(pages))
    return extractions, failed


def tally(targets: list[Target], pages: list[FetchedPage], stats: dict[str, SourceStats],
          sources: dict[str, Source] | None = None, aliases: dict[str, tuple[str, str]] | None = None
          ) -> list[FetchedPage]:
    """Count each article fetch into its source's stats; return the pages fetched fresh (200).

    With `sources`, each fresh page takes its identity (canonical.py: canonical link, else final URL) as its and
    its target's URL, the URLs that led to it go into `aliases` (alias -> (identity, source)), and a second page
    of the same identity in the batch is not read again."""
    fresh: list[FetchedPage] = []
    taken: set[str] = set()
    for t, page in zip(targets, pages):
        st = stats[t.source]
        st.seen += 1
        if page.status == 304:
            st.unchanged += 1
        elif page.ok:
            st.fetched += 1
            if sources is not None:
                adopt_identity(t, page, sources[t.source], aliases if aliases is not None else {})
            if page.url not in taken:
                taken.add(page.url)
                fresh.append(page)
        elif (page.error or "").startswith(("disallowed", "not html")):
            st.skipped[t.url] = page.error
        else:
            st.failed[t.url] = page.error or f"http {page.status}"
    return fresh


def new_run(started: datetime, stats: dict[str, SourceStats], kind: str = "ingest") -> dict:
    """The run dict the load stores as an `ingest_runs` row (ids from Prefect's flow run when there is one)."""
    from prefect.runtime import flow_run

    flow_run_id = flow_run.get_id()
    return {"run_id": f"{kind}-{flow_run_id or uuid.uuid4().hex}", "flow_run_id": flow_run_id, "kind": kind,
            "started_at": started, "ended_at": datetime.now(timezone.utc),
            "sources": {n: vars(s) for n, s in stats.items()}}


def summarize(stats: dict[str, SourceStats], report: dict, started: datetime, kind: str) -> dict:
    """The flow's return value (and its table artifact): per-source figures with their records and health
    (health.py), the load."""
    for name, st in stats.items():
        st.records = (report.get("by_source") or {}).get(name, {"new": 0, "updated": 0, "merged": 0})
    summary = {"sources": assess({n: vars(s) for n, s in stats.items()}), "load": report,
               "started_at": started.isoformat(), "ended_at": datetime.now(timezone.utc).isoformat()}
    summary["health"], summary["health_message"] = verdict(summary)
    publish_artifact(kind, summary)
    for name, s in summary["sources"].items():
        if s["health"] != "ok":
            get_run_logger().warning(f"source {name}: {s['health']}: {'; '.join(s['reasons'])}")
    return summary


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=2)
def walk_source(source: Source, settings: Settings) -> tuple[list[Target], int, list[str], dict]:
    """One source's listings (with pagination), feed and sitemap, walked in one task with one Fetcher.

    Returns the article targets found (deduplicated, in discovery order), the listing pages read, warnings and
    the discovery pages that failed or offered nothing (parse_discovery's `trouble` of this source).
    A pagination chain is a loop of one page at a time, so one task per source (run side by side) instead of a
    task per page and round: the re-run of an unchanged web is mostly this walk.
    """
    frontier = [Target(canonical_url(u), source.name, "listing") for u in source.start_urls]
    frontier += [Target(canonical_url(source.feed), source.name, "feed")] if source.feed else []
    frontier += [Target(canonical_url(source.sitemap), source.name, "sitemap")] if source.sitemap else []
    seen: set[str] = set()
    articles: dict[str, Target] = {}
    warnings: list[str] = []
    trouble: dict = {"failed": {}, "empty": []}
    with Fetcher(settings) as fetcher:
        while frontier:
            batch = [t for t in dict((t.url, t) for t in frontier if t.url not in seen).values()]
            batch = batch[:MAX_LISTING_PAGES - len(seen)]
            if not batch:
                break
            seen.update(t.url for t in batch)
            pages = fetcher.fetch_many([(t.url, source) for t in batch], max_workers=4)
            found, frontier, warns, troubles = parse_discovery.fn(batch, pages, {source.name: source})
            warnings += warns.get(source.name, [])
            trouble["failed"].update(troubles.get(source.name, {}).get("failed", {}))
            trouble["empty"] += troubles.get(source.name, {}).get("empty", [])
            for t in found:
                articles.setdefault(t.url, t)
    return list(articles.values()), len(seen), warnings, trouble


def note_discovery(st: SourceStats, trouble: dict, found: int) -> None:
    """Add one discovery round's failed and empty pages, and the article links it found, to a source's stats."""
    st.discovery_failed.update(trouble.get("failed", {}))
    st.discovery_empty += trouble.get("empty", [])
    st.found += found


def discover(sources: dict[str, Source], settings: Settings, stats: dict[str, SourceStats],
             progress: RunProgress | None = None) -> list[Target]:
    """Walk every source's listings, feeds and sitemaps (a task per source); the article URLs found, deduplicated
    (a URL two sources link to goes to the first source in the sources file)."""
    if progress is not None:
        progress("sources walked", 0, len(sources))  # the flow has started: say so before the first walk ends
    futures = {walk_source.submit(s, settings): name for name, s in sources.items()}
    found: dict[str, list[Target]] = {}
    for fut in as_completed(list(futures)):
        name = futures[fut]
        found[name], stats[name].listing_pages, warnings, trouble = fut.result()
        stats[name].warnings += warnings
        note_discovery(stats[name], trouble, len(found[name]))
        if progress is not None:
            progress("sources walked", len(found), len(sources))
    articles: dict[str, Target] = {}
    for name in sources:
        for t in found[name]:
            articles.setdefault(t.url, t)
    return list(articles.values())
