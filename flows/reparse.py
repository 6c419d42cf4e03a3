"""The reparse flow: re-read every stored page with the current extractor, with no network, and update in place.

Raw responses are kept in `raw_pages`, so a better extractor can be rolled out over everything already crawled.
Each batch of pages goes through the same read and load as a crawl; the loader carries record ids over from the
sentences they were read from, so a fact keeps its id. Records whose every mention now comes from the current
extractor are stamped with its version (`extractor_version`), so the warehouse says what produced each row.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

from prefect import flow
from prefect.runtime import flow_run

from pactwatch.config import load_sources
from flows.tasks import SourceStats, page_selectors, read_all, summarize
from flows.progress import RunProgress
from flows.runner import task_runner
from scrapers.extract import extractor_version
from warehouse.db import RECORD_TABLES, connect, read_raw_pages
from warehouse.load import load_into
from warehouse.runs import naive_utc, records_by_source

BATCH = 500  # pages per load: bounds memory; each load resolves all mentions once


def stamp_versions(con, version: str) -> int:
    """Set `extractor_version` on records all of whose mentions the current extractor produced; return how many."""
    n = 0
    for rt in RECORD_TABLES.values():
        n += con.execute(f"""UPDATE {rt.table} SET extractor_version = ?
            WHERE extractor_version IS DISTINCT FROM ? AND {rt.id_column} NOT IN (
                SELECT record_id FROM mentions WHERE record_type = ? AND record_id IS NOT NULL
                  AND extractor_version IS DISTINCT FROM ?)""",
                         [version, version, rt.record_type, version]).fetchone()[0]
    return n


@flow(name="reparse", log_prints=True, task_runner=task_runner())
def reparse(db: str = "pactwatch.duckdb", batch: int = BATCH, sources_file: str | None = None) -> dict:
    """Re-extract every article's stored raw page into the warehouse with the current extractor (no fetching).

    With `sources_file`, pages are read as a crawl reads them: with their source's language and reading selectors
    (`title`, `body`, `date`); without it, by the generic reader alone."""
    started = datetime.now(timezone.utc)
    srcs = {s.name: s for s in load_sources(sources_file)} if sources_file else {}
    languages, selectors = {n: s.language for n, s in srcs.items()}, page_selectors(srcs)
    version = extractor_version()
    progress = RunProgress("reparse-progress")
    run_id = f"reparse-{flow_run.get_id() or uuid.uuid4().hex}"
    con = connect(db)  # the one writer for the whole reparse: a crawl meanwhile stages its batch
    try:
        urls = [r[0] for r in con.execute(
            "SELECT p.url FROM pages p JOIN raw_pages r USING (url) ORDER BY p.url").fetchall()]
        sources = dict(con.execute("SELECT url, source FROM pages").fetchall())
        stats = {s: SourceStats() for s in sorted(set(sources.values()))}
        report: dict = {}
        done = 0
        for i in range(0, len(urls), max(1, batch)):
            pages = list(read_raw_pages(con, urls[i:i + batch]))
            extractions, unreadable = read_all(pages, languages, selectors=selectors, stats=stats)
            for p in pages:
                stats[p.source].seen += 1
            for url, why in unreadable.items():
                stats[sources[url]].failed[url] = why  # the page keeps what the last good reading gave
            run = {"run_id": run_id, "flow_run_id": flow_run.get_id(), "started_at": started,
                   "status": "completed" if i + batch >= len(urls) else "running",
                   "sources": {n: vars(s) for n, s in stats.items()}}
            report = load_into(con, extractions, [], version, run=run).as_dict()
            done += len(pages)
            progress("pages re-read", done, len(urls))
        report["stamped"] = stamp_versions(con, version)
        report["by_source"] = records_by_source(con, sources, naive_utc(started))
        report["extractor_version"] = version
    finally:
        con.close()
    return summarize(stats, report, started, "reparse")
