"""Loading one batch of extractions into the warehouse in ONE transaction, and reading raw pages back (reparse).

Everything is written in bulk: Python builds Arrow tables, DuckDB joins them against the stored rows and issues
set-based UPDATE / INSERT / DELETE. Scraped strings only ever travel as Arrow data or bound parameters, never
inside SQL text. A record whose fields and evidence did not change keeps its row untouched, so a second identical
load changes nothing and `updated_at` means what it says.
"""
from __future__ import annotations

import gc
import os
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Callable

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from pactwatch.models import Extraction, FetchedPage, Mention, ResolvedRecord
from warehouse.db import (RECORD_TABLES, StoredMention, _dumps, _loads, _registered,
                                    connect)
from warehouse.db import known_pages, read_raw_pages, upsert_raw_pages  # noqa: F401  (re-exported)
from warehouse.migrate import utcnow
from warehouse.record_writes import Counts, count, store_record_ids, write_records
from warehouse.runs import record_run

Resolver = Callable[[list[Mention], dict[str, str]], list[ResolvedRecord]]
_PAGE_CONTENT = ("source", "title", "published_on", "language", "text", "content_sha256")


@dataclass
class LoadReport:
    """What one load changed; `duplicates_merged` is how many mentions resolution folded into other records."""

    articles: Counts = field(default_factory=Counts)
    articles_stale: int = 0  # pages skipped because the warehouse already holds a newer fetch
    raw_pages: int = 0
    records: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in RECORD_TABLES})
    batch_mentions: int = 0
    mentions: int = 0  # all mentions in the warehouse
    duplicates_merged: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage of the load

    @contextmanager
    def stage(self, name: str):
        """Time one stage of the load (pages, mentions, resolve, records, report_tables)."""
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0

    def as_dict(self) -> dict:
        return asdict(self)


def load_batch(
    db_path: str | os.PathLike,
    extractions: list[Extraction],
    raw_pages: list[FetchedPage],
    extractor_version: str,
    resolver: Resolver | None = None,
    run: dict | None = None,
    wait_seconds: float = 30.0,
    full: bool = False,
) -> LoadReport:
    """Open the warehouse (waiting for its lock, raising WarehouseBusy past `wait_seconds`) and load one batch."""
    con = connect(db_path, wait_seconds=wait_seconds)
    try:
        return load_into(con, extractions, raw_pages, extractor_version, resolver, run, full)
    finally:
        con.close()


def load_into(
    con: duckdb.DuckDBPyConnection,
    extractions: list[Extraction],
    raw_pages: list[FetchedPage],
    extractor_version: str,
    resolver: Resolver | None = None,
    run: dict | None = None,
    full: bool = False,
) -> LoadReport:
    """Load one batch on an open connection in ONE transaction: all of it lands, or none of it does.

    Upserts pages and raw pages, replaces the mentions of the loaded pages, re-resolves what the batch can change
    (incremental.py; everything with `full=True`, a resolver of the caller's, or a warehouse from before 0006) with
    the ids the mentions had, so facts keep ids, writes the changed records and evidence, notes each mention's
    record, and refreshes the report tables (report_tables.py).
    """
    from warehouse import incremental, report_tables
    from warehouse import resolve as resolve_module  # looked up now: tests may replace it
    resolver = resolver or resolve_module.resolve
    own = (getattr(resolver, "__module__", None), getattr(resolver, "__name__", None)) == (resolve_module.__name__,
                                                                                           "resolve")
    now = utcnow()
    report = LoadReport()
    gc_was_on = gc.isenabled()
    gc.disable()  # a load builds many small objects and frees them itself; the cyclic GC would rescan them all
    con.execute("BEGIN TRANSACTION")
    try:
        urls = sorted({ex.article.url for ex in extractions})
        with _registered(con, pa.table({"url": pa.array(urls, pa.string())})) as u:
            old_sources = [r[0] for r in con.execute(
                f"SELECT DISTINCT source FROM pages WHERE url IN (SELECT url FROM {u})").fetchall()]
        with report.stage("pages"):
            extractions = _upsert_pages(con, extractions, extractor_version, now, report)
            report.raw_pages = upsert_raw_pages(con, raw_pages)
        with report.stage("mentions"):
            previous, old, batch_keys, old_events = _replace_mentions(con, extractions, extractor_version, report)
        rules = "resolver " + incremental.rules_version()  # records made under other matching rules: resolve all
        flagged = count(con, "SELECT count(*) FROM warehouse_flags WHERE name = 'full_resolution'") or \
            not count(con, "SELECT count(*) FROM warehouse_flags WHERE name = ?", [rules])
        with report.stage("resolve"):
            scope = None
            if own and not full and not flagged:
                sub = incremental.resolve_batch(con, batch_keys, old, previous, resolver, old_events)
                records, keys, scope = sub.records, sub.keys, sub.scope
            else:
                mentions = _read_mentions(con)
                if flagged or full:
                    _relink(con, mentions, set(batch_keys))
                ids = con.sql("SELECT mention_key, record_id FROM mentions WHERE record_id IS NOT NULL").fetchall()
                previous = dict(ids) | previous
                records, keys = list(resolver(mentions, previous)), [m.key() for m in mentions]
                con.execute("DELETE FROM warehouse_flags WHERE name = 'full_resolution' OR name LIKE 'resolver %'"
                            ).fetchall()
                con.execute("INSERT INTO warehouse_flags VALUES (?)", [rules]).fetchall()
                if not own:  # another resolver's records are no base for incremental resolution
                    con.execute("INSERT OR IGNORE INTO warehouse_flags VALUES ('full_resolution')").fetchall()
        with report.stage("records"):
            report.records.update(write_records(con, records, extractor_version, now, scope))
            store_record_ids(con, records, keys)
        with report.stage("report_tables"):
            report_tables.refresh(con, urls, old_sources, full=scope is None)
        report.mentions = count(con, "SELECT count(*) FROM mentions")
        report.duplicates_merged = report.mentions - sum(
            count(con, f"SELECT count(*) FROM {t}") for t in ("events", "agreements", "commitments"))
        if run is not None:
            record_run(con, run, report.as_dict(), extractor_version)
        with report.stage("commit"):
            con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        if gc_was_on:
            gc.enable()
    return report


def _upsert_pages(con, extractions: list[Extraction], extractor_version: str, now: datetime,
                  report: LoadReport) -> list[Extraction]:
    """Insert new pages, update changed ones, refresh fetched_at of unchanged ones; return the non-stale batch."""
    latest: dict[str, Extraction] = {}
    for ex in extractions:  # the same url twice in a batch: the later fetch wins
        cur = latest.get(ex.article.url)
        if cur is None or ex.article.fetched_at >= cur.article.fetched_at:
            latest[ex.article.url] = ex
    arts = [ex.article for ex in latest.values()]
    tbl = pa.table({
        "url": pa.array([a.url for a in arts], pa.string()),
        "source": pa.array([a.source for a in arts], pa.string()),
        "title": pa.array([a.title for a in arts], pa.string()),
        "published_on": pa.array([a.published_on for a in arts], pa.date32()),
        "language": pa.array([a.language for a in arts], pa.string()),
        "text": pa.array([a.text for a in arts], pa.string()),
        "content_sha256": pa.array([a.content_sha256 for a in arts], pa.string()),
        "fetched_at": pa.array([a.fetched_at for a in arts], pa.timestamp("us")),
    })
    with _registered(con, tbl) as b:
        stale = {r[0] for r in con.execute(
            f"SELECT p.url FROM pages p JOIN {b} b ON p.url = b.url WHERE p.fetched_at > b.fetched_at").fetchall()}
    fresh = tbl.filter(pc.invert(pc.is_in(tbl["url"], value_set=pa.array(sorted(stale), pa.string()))))
    content = ", ".join(_PAGE_CONTENT)
    pcontent = ", ".join(f"pages.{c}" for c in _PAGE_CONTENT)
    bcontent = ", ".join(f"b.{c}" for c in _PAGE_CONTENT)
    with _registered(con, fresh) as b:
        report.articles.updated = count(con, f"""
            UPDATE pages SET {", ".join(f"{c} = b.{c}" for c in _PAGE_CONTENT)}, fetched_at = b.fetched_at,
                   extractor_version = ?
            FROM {b} b WHERE pages.url = b.url AND ({pcontent}) IS DISTINCT FROM ({bcontent})""",
            [extractor_version])
        count(con, f"""UPDATE pages SET fetched_at = b.fetched_at, extractor_version = ? FROM {b} b
            WHERE pages.url = b.url AND (pages.fetched_at, pages.extractor_version) IS DISTINCT FROM
                  (b.fetched_at, ?)""", [extractor_version, extractor_version])
        report.articles.new = count(con, f"""
            INSERT INTO pages (url, {content}, fetched_at, first_seen_at, extractor_version)
            SELECT b.url, {bcontent}, b.fetched_at, ?, ? FROM {b} b
            WHERE NOT EXISTS (SELECT 1 FROM pages p WHERE p.url = b.url)""", [now, extractor_version])
    report.articles_stale = len(stale)
    report.articles.unchanged = len(arts) - len(stale) - report.articles.new - report.articles.updated
    return [ex for url, ex in latest.items() if url not in stale]


def _replace_mentions(con, extractions: list[Extraction], extractor_version: str,
                      report: LoadReport) -> tuple[dict[str, str], list[tuple], list[str], list]:
    """Swap the stored mentions (and links) of the loaded pages for the new ones.

    Returns the previous record id of each new mention that had one, the replaced mentions (key, record_type,
    record_id, hints), the new keys and the replaced event mentions. A re-read sentence whose fields changed (a better extractor) gets a new
    key; when the page had exactly one mention of that type from that sentence before and has exactly one now,
    the new key inherits the old id, so the resolver can keep the fact's id.
    """
    from warehouse.incremental import links_table
    urls: set[str] = set()
    rows: dict[str, Mention] = {}
    for ex in extractions:
        urls.add(ex.article.url)
        for m in ex.mentions:
            urls.add(m.url)
            rows.setdefault(m.key(), m)
    ms = list(rows.values())
    unknown = {m.record_type for m in ms} - set(RECORD_TABLES)
    if unknown:
        raise ValueError(f"unknown record_type(s) in mentions: {sorted(unknown)}")
    with _registered(con, pa.table({"url": pa.array(sorted(urls), pa.string())})) as u:
        replaced = con.execute(f"""SELECT mention_key, record_type, record_id,
            CASE WHEN record_type = 'event' THEN hints END, url, quote, CASE WHEN record_type = 'event' THEN fields END
            FROM mentions WHERE url IN (SELECT url FROM {u})""").fetchall()
        con.execute(f"DELETE FROM mentions WHERE url IN (SELECT url FROM {u})").fetchall()
    with _registered(con, pa.table({"k": pa.array([r[0] for r in replaced], pa.string())})) as b:
        con.execute(f"DELETE FROM mention_links WHERE mention_key IN (SELECT k FROM {b})").fetchall()
    previous = {r[0]: r[2] for r in replaced if r[2] is not None}
    old_ids: dict[tuple, list] = {}
    old_events = [StoredMention.rebuild(k, rt, url, q, _loads(f), _loads(h))
                  for k, rt, _, h, url, q, f in replaced if rt == "event"]
    for _, rt, rid, _, url, q, _ in replaced:
        old_ids.setdefault((url, rt, q), []).append(rid)
    new_keys: dict[tuple, list[str]] = {}
    for k, m in rows.items():
        new_keys.setdefault((m.url, m.record_type, m.quote), []).append(k)
    for sentence, keys in new_keys.items():
        ids = old_ids.get(sentence)
        if ids and len(ids) == 1 and len(keys) == 1 and ids[0] is not None and keys[0] not in previous:
            previous[keys[0]] = ids[0]
    tbl = pa.table({
        "mention_key": pa.array(list(rows), pa.string()),
        "url": pa.array([m.url for m in ms], pa.string()),
        "record_type": pa.array([m.record_type for m in ms], pa.string()),
        "fields": pa.array([_dumps(m.fields) for m in ms], pa.string()),
        "hints": pa.array([_dumps(m.hints) for m in ms], pa.string()),
        "quote": pa.array([m.quote for m in ms], pa.string()),
    })
    with _registered(con, tbl) as b:
        con.execute(f"""INSERT INTO mentions (mention_key, url, record_type, fields, hints, quote, extractor_version)
                        SELECT mention_key, url, record_type, fields, hints, quote, ? FROM {b}""",
                    [extractor_version])
    with _registered(con, links_table(list(rows.items()))) as b:
        con.execute(f"INSERT INTO mention_links SELECT link, mention_key FROM {b}").fetchall()
    report.batch_mentions = len(ms)
    return previous, [r[:4] for r in replaced], list(rows), old_events


def _relink(con, mentions: list[Mention], linked: set[str]) -> None:
    """Rebuild the links of every mention not `linked` by this load (a warehouse from before 0006, changed
    blocking keys, or a forced full resolution)."""
    from warehouse.incremental import links_table
    with _registered(con, pa.table({"k": pa.array(sorted(linked), pa.string())})) as b:
        con.execute(f"DELETE FROM mention_links WHERE mention_key NOT IN (SELECT k FROM {b})").fetchall()
    with _registered(con, links_table([(m.key(), m) for m in mentions if m.key() not in linked])) as b:
        con.execute(f"INSERT INTO mention_links SELECT link, mention_key FROM {b}").fetchall()


def _read_mentions(con) -> list[Mention]:
    """All stored mentions, rebuilt as Mention objects whose key() is their stored key (read as Arrow columns)."""
    t = con.sql("SELECT mention_key, record_type, url, quote, fields, hints FROM mentions ORDER BY mention_key"
                ).to_arrow_table()
    rebuild = StoredMention.rebuild
    return [rebuild(k, rt, url, quote, _loads(f), _loads(h)) for k, rt, url, quote, f, h in zip(
        *(t[c].to_pylist() for c in ("mention_key", "record_type", "url", "quote", "fields", "hints")))]
