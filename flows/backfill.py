"""The backfill flow: walk listings (pagination), feeds and sitemaps back to a date and load what falls in the window.

Dates come first from discovery (a feed entry's date, a sitemap's lastmod: a page last modified before `since` was
published before it), then from the page itself (its published_on) after reading; pages outside the window are not
loaded. Listings are newest first, so a listing chain stops after a page whose articles are all older than `since`.

It loads in chunks, and every article it settled is remembered (loaded pages in `pages`, the rest in `seen_urls`),
so an interrupted backfill re-run resumes: it re-reads listings and feeds but downloads no settled article again.
Like ingest, it holds its run lock while it runs (warehouse/run_lock.py), so a backfill killed outright leaves a
row the next ingest or backfill marks `interrupted` (the summary's `resumed`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

import duckdb
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from pactwatch import interrupts
from pactwatch.config import Settings, load_sources
from flows.health import final_state
from flows.tasks import (MAX_LISTING_PAGES, SourceStats, Target, fetch_all, load, new_run,
                                    note_discovery, page_selectors, parse_discovery, read_all, summarize,
                                    tally)
from flows.identity import read_aliases
from flows.progress import RunProgress
from flows.reading import warehouse_or_none
from flows.resume import interrupted_runs
from flows.run_totals import add_load, earlier, settle_staged
from flows.runner import task_runner
from scrapers.urls import canonical_url, url_host
from warehouse.run_lock import run_alive

CHUNK = 50  # articles per load: the resume point of an interrupted backfill


@dataclass(frozen=True)
class Window:
    """The dates a backfill loads: since <= published_on <= until (until open when None)."""

    since: date
    until: date | None = None

    def holds(self, day: date) -> bool:
        return day >= self.since and (self.until is None or day <= self.until)

    def rules_out(self, t: Target) -> bool:
        """True if discovery's date alone shows the article is outside the window (no need to fetch it)."""
        if t.date is None:
            return False
        return t.date < self.since or (t.exact and self.until is not None and t.date > self.until)


@task(cache_policy=NO_CACHE)
def read_seen(db: str, urls: list[str]) -> dict[str, tuple]:
    """Articles an earlier run settled: url -> (outcome, published_on); empty if the warehouse is new or busy."""
    from warehouse.seen_urls import seen_before

    if not urls:
        return {}
    with warehouse_or_none(db, "warehouse busy: settled articles may be fetched again") as con:
        if con is None:
            return {}
        try:
            return seen_before(con, urls)
        except duckdb.CatalogException:  # a warehouse from before migration 0005 has no seen_urls yet
            return {}


def _merge_hints(found: list[Target]) -> dict[str, Target]:
    """One target per URL; a dated find (feed, sitemap) wins over an undated one (listing)."""
    out: dict[str, Target] = {}
    for t in found:
        cur = out.get(t.url)
        if cur is None or (cur.date is None and t.date is not None) or (t.exact and not cur.exact):
            via = cur.via if cur is not None and t.via is None else t.via
            out[t.url] = Target(t.url, t.source, t.kind, t.date, t.exact, via)
    return out


@flow(name="backfill", log_prints=True, task_runner=task_runner())
def backfill(sources_file: str, since: date, until: date | None = None, db: str = "pactwatch.duckdb",
             only: list[str] | None = None, chunk: int = CHUNK):
    """Load every article of the sources published between `since` and `until` (inclusive), resumably.

    Ends Completed, Completed named "Partial" or Failed by the sources' health, as ingest does (health.py)."""
    started = datetime.now(timezone.utc)
    window = Window(since, until)
    srcs = {s.name: s for s in load_sources(sources_file) if not only or s.name in only}
    languages = {n: s.language for n, s in srcs.items()}
    selectors = page_selectors(srcs)
    settings = Settings.from_env()
    stats = {name: SourceStats() for name in srcs}
    progress = RunProgress("backfill-progress")
    frontier = [Target(canonical_url(u), s.name, "listing") for s in srcs.values() for u in s.start_urls]
    frontier += [Target(canonical_url(s.feed), s.name, "feed") for s in srcs.values() if s.feed]
    frontier += [Target(canonical_url(s.sitemap), s.name, "sitemap") for s in srcs.values() if s.sitemap]
    visited: set[str] = set()
    queued: set[str] = set()
    dates: dict[str, date | None] = {}  # article url -> its date as far as known
    pending: dict[str, list] = {"ex": [], "raw": [], "seen": []}
    tally_ = {"loaded": 0, "out_of_window": 0, "settled_before": 0, "undated": 0}
    report: dict = {}
    aliases: dict[str, tuple[str, str]] = {}  # URLs that led to an article stored under its identity
    run_id = new_run(started, stats, "backfill")["run_id"]
    resumed: list[dict] = []  # dead runs this one marks `interrupted` at its loads

    def flush(final: bool) -> None:
        nonlocal report
        run = new_run(started, stats, "backfill")
        run["run_id"] = run_id
        run["status"] = "completed" if final else "running"
        run["aliases"] = aliases
        run["resumes"] = [r["run_id"] for r in resumed]
        chunk_report = load(db, quote(pending["ex"]), quote(pending["raw"]), run, quote(pending["seen"]),
                            earlier=earlier(report))  # the run row's record_stats: every chunk's, summed
        report = add_load(report, chunk_report)
        for name, rec in (chunk_report.get("by_source") or {}).items():
            stats[name].records = rec  # running totals over the chunks
        for k in pending:
            pending[k] = []

    with run_alive(db, run_id):  # while held, no other run takes this one's `running` row for dead
        resumed += interrupted_runs(db)
        while frontier:
            batch = [t for t in frontier if t.url not in visited and stats[t.source].listing_pages < MAX_LISTING_PAGES]
            for t in batch:
                visited.add(t.url)
                stats[t.source].listing_pages += 1
            if not batch:
                break
            found, more, warnings, trouble = parse_discovery(batch, fetch_all(batch, srcs, {}, settings), srcs)
            for name, ws in warnings.items():
                stats[name].warnings += ws
            for name in {t.source for t in batch}:
                note_discovery(stats[name], trouble.get(name, {}), sum(t.source == name for t in found))
            targets = read_aliases(db, [t for u, t in _merge_hints(found).items() if u not in queued])
            targets = [t for t in targets if t.url not in queued]
            queued.update(t.url for t in targets)
            settled = read_seen(db, [t.url for t in targets])
            todo = []
            for t in targets:
                if t.url in settled:
                    tally_["settled_before"] += 1
                    dates[t.url] = settled[t.url][1] or t.date
                elif window.rules_out(t):
                    tally_["out_of_window"] += 1
                    dates[t.url] = t.date
                else:
                    todo.append(t)
            todo = _interleave(todo)  # each chunk spans the hosts, so its fetches run side by side
            for i in range(0, len(todo), max(1, chunk)):  # a chunk at a time: each load is a resume point
                interrupts.check()  # a Ctrl-C a DuckDB call swallowed in the last chunk
                part = todo[i:i + chunk]
                fresh = tally(part, fetch_all(part, srcs, {}, settings), stats, srcs, aliases)
                extractions, unreadable = read_all(fresh, languages, targets=part, selectors=selectors, stats=stats)
                _settle(part, fresh, extractions, unreadable, window, stats, dates, pending, tally_)
                if len(pending["ex"]) >= chunk:
                    flush(final=False)
                progress(f"{len(visited)} listing pages, {tally_['loaded']} articles loaded", len(visited),
                         len(visited) + len(frontier))
            # a listing chain goes on while its page still showed an article not older than `since` (or no dates)
            frontier = [m for m in more if m.kind != "listing" or _goes_on(m.via, found, dates, window)]
            progress(f"{len(visited)} listing pages, {tally_['loaded']} articles loaded", len(visited),
                     len(visited) + len(frontier))
        flush(final=True)
    summary = summarize(stats, settle_staged(report), started, "backfill")
    summary["window"] = {"since": since.isoformat(), "until": until.isoformat() if until else None, **tally_}
    summary["resumed"] = resumed
    return final_state(summary)


def _interleave(targets: list[Target]) -> list[Target]:
    """Targets in round-robin order over their hosts (each host's own order kept)."""
    by_host: dict[str, list[Target]] = {}
    for t in targets:
        by_host.setdefault(url_host(t.url), []).append(t)
    queues = list(by_host.values())
    return [q[i] for i in range(max(map(len, queues), default=0)) for q in queues if i < len(q)]


def _goes_on(listing: str | None, found: list[Target], dates: dict[str, date | None], window: Window) -> bool:
    """Whether to read the listing page after `listing`: not when every article on it is dated before `since`."""
    days = [dates.get(t.url) for t in found if t.via == listing]
    return not days or any(d is None or d >= window.since for d in days)


def _settle(todo: list[Target], fresh: list, extractions: list, unreadable: dict[str, str], window: Window,
            stats: dict[str, SourceStats], dates: dict, pending: dict[str, list], counts: dict[str, int]) -> None:
    """Decide each read article: loaded (in the window or undated) or remembered as outside it / unreadable."""
    by_url = {t.url: t for t in todo}
    raw = {p.url: p for p in fresh}
    for url, why in unreadable.items():
        stats[by_url[url].source].failed[url] = why
        pending["seen"].append((url, by_url[url].source, "not_article", None))
    for ex in extractions:
        t = by_url[ex.article.url]
        day = ex.article.published_on or (t.date if t.exact else None)
        dates[t.url] = day
        if day is not None and not window.holds(day):
            counts["out_of_window"] += 1
            pending["seen"].append((t.url, t.source, "out_of_window", day))
            continue
        counts["loaded"] += 1
        counts["undated"] += day is None
        pending["ex"].append(ex)
        pending["raw"].append(raw[t.url])
        pending["seen"].append((t.url, t.source, "loaded", day))
