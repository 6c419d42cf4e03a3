"""Waves: the ingest fetches, reads and loads its article targets W at a time (`Settings.wave_pages`), so its peak
memory is one wave's bodies and extractions however many pages a run covers.

Each wave's load is its own transaction through the `load` task (`load_or_stage`: a busy warehouse stages the
wave to disk and the next wave's load drains it first, oldest first). The run keeps one `ingest_runs` row: every
wave rewrites it with the stats so far (status `running`), the last one with the whole run's (`completed`, or
`failed` when a wave's load raised). Per-source record figures are counted over every URL the run loaded so far, so
they equal a one-wave run's; the row's record_stats get the summed load reports of all waves. A wave whose load
fails is staged by `load_or_stage` (nothing fetched is lost), later waves still run and load it first, and the run
ends with `WaveFailed` after the row and summary are written.

The next wave is fetched while the current one is read and loaded (prefetch.py): the network's waits (slow
answers, retries) overlap the reading instead of stalling the crawl. Every wave holds each host's share of the
pages (`host_shares`), so a wave's hosts are fetched side by side, each within its own limits.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from prefect import get_run_logger
from prefect.utilities.annotations import quote

from pactwatch import interrupts
from pactwatch.config import Settings, Source
from flows.prefetch import fetch_ahead
from flows.run_totals import add_load, earlier, settle_staged
from flows.tasks import SourceStats, Target, fetch_all, load, page_selectors, read_all, tally
from scrapers.urls import url_host

# A wave with nothing new to load defers its 304 confirmations (bodiless pages) to a later wave's load, up to
# this many waves' worth: an unchanged web is confirmed in one load instead of one per wave.
DEFER_CONFIRMED = 10


class WaveFailed(RuntimeError):
    """One or more waves' loads raised; their batches are staged and load with the next wave or run."""


def host_shares(targets: list[Target]) -> list[Target]:
    """The targets reordered so each host's pages spread evenly over the whole run (each host's own order kept).

    Discovery lists a source's pages together; cut into waves as they are, a wave would hold one host, fetched
    over the one or two connections its politeness allows (at a rate limit of 1/s, 500 pages take 500 s while the
    other hosts wait for their wave). Spread, every wave keeps every host busy."""
    by_host: dict[str, list[Target]] = {}
    for t in targets:
        by_host.setdefault(url_host(t.url), []).append(t)
    keyed = [((i + 0.5) / len(group), h, t) for h, group in enumerate(by_host.values()) for i, t in enumerate(group)]
    return [t for _, _, t in sorted(keyed, key=lambda k: k[:2])]


def waves(targets: list[Target], size: int) -> list[list[Target]]:
    """The targets cut into waves of at most `size` (at least one wave, so an empty run still records its row)."""
    size = max(1, size)
    return [targets[i:i + size] for i in range(0, len(targets), size)] or [[]]


def _offset(progress: Callable | None, base: int, total: int) -> Callable | None:
    """A progress callback that reports a wave's counts as counts of the whole run."""
    if progress is None:
        return None
    return lambda what, done, _n: progress(what, base + done, total)


def run_waves(db: str, targets: list[Target], sources: dict[str, Source], known: dict[str, tuple],
              settings: Settings, stats: dict[str, SourceStats], run: dict,
              progress: Callable | None = None) -> dict:
    """Fetch -> read -> load each wave of `targets`; return the run's summed load report (with `by_source`).

    `run` is the run dict of `new_run` (its id is kept for every wave); `stats` are filled in as the waves go.
    """
    languages = {n: s.language for n, s in sources.items()}
    selectors = page_selectors(sources)
    plan = waves(host_shares(targets), settings.wave_pages)
    loaded: dict[str, str] = {}  # url -> source of every page the run loaded (or staged): the records' pages
    pending_seen: list[tuple] = []  # seen-URL rows not stored yet (their wave was staged or failed)
    deferred: list = []  # 304 confirmations of waves with nothing new, loaded with a later wave
    totals: dict = {}
    errors: list[str] = []
    aliases: dict[str, tuple[str, str]] = {}  # URLs that led to an article stored under its identity
    run = {**run, "aliases": aliases}  # every wave's load stores those found so far (an idempotent upsert)
    done = 0

    def fetch(part: list[Target], offset: int) -> list:
        return fetch_all(part, sources, known, settings, _offset(progress, offset, len(targets))) if part else []

    for i, (part, pages) in enumerate(fetch_ahead(plan, fetch)):
        interrupts.check()  # a Ctrl-C a DuckDB call swallowed in the last wave
        final = i == len(plan) - 1
        fresh = tally(part, pages, stats, sources, aliases)
        extractions, unreadable = read_all(fresh, languages, _offset(progress, done, len(targets)), part,
                                           selectors, stats)
        source_of = {t.url: t.source for t in part}
        for url, why in unreadable.items():
            stats[source_of[url]].failed[url] = why
        read_urls = {e.article.url for e in extractions}
        loaded.update((u, source_of[u]) for u in read_urls)
        confirmed = [p for p in pages if p.status == 304]  # refreshes their last-checked time
        # 404/410: remembered as gone, so later runs do not ask again (the fetcher already does not retry them)
        pending_seen += [(t.url, t.source, "gone", None) for t, p in zip(part, pages)
                         if (p.error or "").startswith("gone")]
        raw = deferred + [p for p in fresh if p.url in read_urls] + confirmed
        done += len(part)
        del pages, fresh
        if not final and not extractions and len(raw) < DEFER_CONFIRMED * settings.wave_pages:
            deferred = raw  # only confirmations (bodiless): one load for several waves of an unchanged web
            continue
        deferred = []
        status = ("failed" if errors else "completed") if final else "running"
        try:
            totals, pending_seen = _load_wave(db, extractions, raw, _wave_run(run, stats, status), pending_seen,
                                              loaded, totals, stats, final)
        except Exception as exc:  # staged by load_or_stage: later waves drain it first
            interrupts.check(exc)
            errors.append(f"wave {i + 1}/{len(plan)}: {type(exc).__name__}: {exc}")
            get_run_logger().error(f"ingest {errors[-1]}; its batch is staged and loads with the next wave or run")
            if final:  # the row must still say how the run ended: an empty load writes it (and drains again)
                try:
                    totals, pending_seen = _load_wave(db, [], [], _wave_run(run, stats, "failed"), pending_seen,
                                                      loaded, totals, stats, True)
                except Exception as again:
                    errors.append(f"run row: {type(again).__name__}: {again}")
        finally:
            del extractions, raw
    totals = settle_staged(totals)  # a later wave's load drained it
    if errors:
        totals["failed_waves"] = errors
    return totals


def _wave_run(run: dict, stats: dict[str, SourceStats], status: str) -> dict:
    """The run dict for one wave's load: the run's id and start, the stats so far, `status`.

    Records are left at zero: `load` counts them afresh over every page the run loaded so far."""
    sources = {n: {**vars(s), "records": {}} for n, s in stats.items()}
    return {**run, "sources": sources, "status": status, "ended_at": datetime.now(timezone.utc)}


def _load_wave(db: str, extractions: list, raw: list, wave_run: dict, pending_seen: list[tuple],
               loaded: dict[str, str], totals: dict, stats: dict[str, SourceStats], final: bool
               ) -> tuple[dict, list[tuple]]:
    """Load one wave; return the run's summed report and the seen-URL rows still to store.

    The large inputs go in `quote`d (the load runs in the flow's process): Prefect would otherwise walk every page
    and extraction to track dependencies, measured ~0.25 s per 500-page load."""
    report = load(db, quote(extractions), quote(raw), wave_run, quote(pending_seen), urls=quote(dict(loaded)),
                  earlier=earlier(totals), publish=final)
    by_source = report.get("by_source")
    totals = add_load(totals, report)
    if not by_source:  # staged, or the warehouse was busy after the load: store them with the next wave
        return totals, pending_seen
    for name, rec in by_source.items():
        stats[name].records = rec
    return totals, []
