"""The ingest flow: discover -> fetch -> read and extract -> resolve and load. Thin wiring of Prefect tasks.

Network I/O (fetch_batch) and parsing (parse_discovery, read_batch) are separate tasks, so each can be retried
alone; each task takes a batch of pages, since a task run costs milliseconds. The warehouse is opened only by the
load task: one writer, one transaction per run.
"""
from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from pactwatch.config import Settings, Source, load_sources
from pactwatch.models import Extraction, FetchedPage
from pactwatch.scrapers.article import NotAnArticle, read_article
from pactwatch.scrapers.discover import parse_feed, parse_listing, parse_sitemap
from pactwatch.scrapers.extract import extractor_version
from pactwatch.scrapers.fetch import Fetcher
from pactwatch.scrapers.urls import canonical_url

MAX_LISTING_PAGES = 200  # per source and run: a pagination loop must end


@dataclass
class SourceStats:
    listing_pages: int = 0
    seen: int = 0
    fetched: int = 0
    unchanged: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # by policy (robots.txt, other hosts): not failures
    warnings: list[str] = field(default_factory=list)


@dataclass
class Target:
    url: str
    source: str
    kind: str  # listing | feed | sitemap | article


@task(cache_policy=NO_CACHE)
def read_known(db: str, urls: list[str]) -> dict[str, tuple]:
    """ETag/Last-Modified of pages already stored, for conditional GET; empty if the warehouse is new or busy."""
    from pactwatch.warehouse.db import WarehouseBusy, connect
    from pactwatch.warehouse.load import known_pages

    if not Path(db).exists() or not urls:
        return {}
    try:
        con = connect(db, read_only=True, wait_seconds=5)
    except WarehouseBusy:
        get_run_logger().warning("warehouse busy: fetching without conditional GET")
        return {}
    try:
        return known_pages(con, urls)
    finally:
        con.close()


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=2)
def fetch_batch(targets: list[Target], sources: dict[str, Source], known: dict[str, tuple],
                settings: Settings) -> list[FetchedPage]:
    """Fetch a batch of URLs in parallel across hosts (polite per host); web faults come back as page errors."""
    reqs = []
    for t in targets:
        etag, last_mod = (known.get(t.url) or (None, None, None))[:2] if t.kind == "article" else (None, None)
        reqs.append((t.url, sources[t.source], etag, last_mod))
    with Fetcher(settings) as fetcher:
        return fetcher.fetch_many(reqs, max_workers=min(8, max(1, len({r[0].split('/')[2] for r in reqs}) * 2)))


@task(cache_policy=NO_CACHE)
def parse_discovery(targets: list[Target], pages: list[FetchedPage], sources: dict[str, Source]
                    ) -> tuple[list[Target], list[Target], dict[str, list[str]]]:
    """Article links and further listing pages (pagination, child sitemaps) found on fetched discovery pages."""
    articles: list[Target] = []
    more: list[Target] = []
    warnings: dict[str, list[str]] = defaultdict(list)
    for t, page in zip(targets, pages):
        src = sources[t.source]
        if not page.ok or page.text is None:
            warnings[t.source].append(f"{t.kind} {t.url}: {page.error or page.status}")
            continue
        if t.kind == "listing":
            listing = parse_listing(page.text, page.final_url or page.url, src)
            articles += [Target(u, t.source, "article") for u in listing.article_urls]
            more += [Target(u, t.source, "listing") for u in listing.next_urls]
            warnings[t.source] += listing.warnings
        elif t.kind == "feed":
            entries = parse_feed(page.text, page.final_url or page.url, src)
            if not entries:
                warnings[t.source].append(f"feed {t.url}: no entries")
            articles += [Target(e.url, t.source, "article") for e in entries]
        elif t.kind == "sitemap":
            sm = parse_sitemap(page.text, page.final_url or page.url, src)
            articles += [Target(u, t.source, "article") for u, _ in sm.urls]
            more += [Target(u, t.source, "sitemap") for u in sm.child_sitemaps]
    return articles, more, dict(warnings)


@task(cache_policy=NO_CACHE)
def read_batch(pages: list[FetchedPage], languages: dict[str, str | None]) -> tuple[list[Extraction], dict[str, str]]:
    """Read and extract every fetched article page; a page that cannot be read is reported, not fatal."""
    out: list[Extraction] = []
    failed: dict[str, str] = {}
    for page in pages:
        try:
            out.append(read_article(page, languages.get(page.source)))
        except NotAnArticle as exc:
            failed[page.url] = str(exc)
        except Exception as exc:  # one bad page never fails the run
            failed[page.url] = f"reader error: {type(exc).__name__}: {exc}"
    return out, failed


@task(cache_policy=NO_CACHE)
def load(db: str, extractions: list[Extraction], pages: list[FetchedPage], run: dict) -> dict:
    """Resolve and load the batch in one transaction; if the warehouse stays locked, stage it for the next run."""
    from pactwatch.warehouse.staging import load_or_stage

    result = load_or_stage(db, extractions, pages, extractor_version(), run=run,
                           wait_seconds=float(os.environ.get("PACTWATCH_LOCK_WAIT", "30")))
    if isinstance(result, Path):
        get_run_logger().warning(f"warehouse locked: batch staged at {result}; the next run loads it")
        return {"staged": str(result)}
    return result.as_dict()


def discover(sources: dict[str, Source], settings: Settings, stats: dict[str, SourceStats]) -> list[Target]:
    """Walk every source's listings (with pagination), feeds and sitemaps; the article URLs found, deduplicated."""
    frontier: list[Target] = []
    for s in sources.values():
        frontier += [Target(canonical_url(u), s.name, "listing") for u in s.start_urls]
        frontier += [Target(canonical_url(s.feed), s.name, "feed")] if s.feed else []
        frontier += [Target(canonical_url(s.sitemap), s.name, "sitemap")] if s.sitemap else []
    seen: set[str] = set()
    articles: dict[str, Target] = {}
    while frontier:
        batch = [t for t in frontier if t.url not in seen and stats[t.source].listing_pages < MAX_LISTING_PAGES]
        for t in batch:
            seen.add(t.url)
            stats[t.source].listing_pages += 1
        if not batch:
            break
        pages = fetch_batch(batch, sources, {}, settings)
        found, frontier, warnings = parse_discovery(batch, pages, sources)
        for name, ws in warnings.items():
            stats[name].warnings += ws
        for t in found:
            articles.setdefault(t.url, t)
    return list(articles.values())


@flow(name="ingest", log_prints=True)
def ingest(sources_file: str, db: str = "pactwatch.duckdb", only: list[str] | None = None) -> dict:
    """One crawl of every source in the sources file (or those named in `only`) into the warehouse."""
    started = datetime.now(timezone.utc)
    srcs = {s.name: s for s in load_sources(sources_file) if not only or s.name in only}
    settings = Settings.from_env()
    stats = {name: SourceStats() for name in srcs}
    targets = discover(srcs, settings, stats)
    known = read_known(db, [t.url for t in targets])
    pages = fetch_batch(targets, srcs, known, settings) if targets else []
    fresh: list[FetchedPage] = []
    for t, page in zip(targets, pages):
        st = stats[t.source]
        st.seen += 1
        if page.status == 304:
            st.unchanged += 1
        elif page.ok:
            st.fetched += 1
            fresh.append(page)
        elif (page.error or "").startswith(("disallowed", "not html")):
            st.skipped[t.url] = page.error
        else:
            st.failed[t.url] = page.error or f"http {page.status}"
    extractions, unreadable = read_batch(fresh, {n: s.language for n, s in srcs.items()})
    for url, why in unreadable.items():
        src = next(p.source for p in fresh if p.url == url)
        stats[src].failed[url] = why
    read_urls = {e.article.url for e in extractions}
    run = {"started_at": started, "sources": {n: vars(s) for n, s in stats.items()}}
    report = load(db, extractions, [p for p in fresh if p.url in read_urls], run)
    return {"sources": {n: vars(s) for n, s in stats.items()}, "load": report,
            "started_at": started.isoformat(), "ended_at": datetime.now(timezone.utc).isoformat()}
