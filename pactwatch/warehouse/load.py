"""Loading one batch of extractions into the warehouse in ONE transaction, and reading raw pages back (reparse).

Everything is written in bulk: Python builds Arrow tables, DuckDB joins them against the stored rows and issues
set-based UPDATE / INSERT / DELETE. Scraped strings only ever travel as Arrow data or bound parameters, never
inside SQL text. A record whose fields and evidence did not change keeps its row untouched, so a second identical
load changes nothing and `updated_at` means what it says.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from typing import Callable

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from pactwatch.models import Extraction, FetchedPage, Mention, ResolvedRecord
from pactwatch.warehouse.db import (RECORD_TABLES, RecordTable, StoredMention, _dumps, _loads, _registered,
                                    connect)
from pactwatch.warehouse.db import known_pages, read_raw_pages, upsert_raw_pages  # noqa: F401  (re-exported)
from pactwatch.warehouse.migrate import utcnow

Resolver = Callable[[list[Mention], dict[str, str]], list[ResolvedRecord]]
_ARROW = {"VARCHAR": pa.string(), "DATE": pa.date32(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(),
          "VARCHAR[]": pa.list_(pa.string())}
_PAGE_CONTENT = ("source", "title", "published_on", "language", "text", "content_sha256")


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0


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

    def as_dict(self) -> dict:
        return asdict(self)


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> int:
    rows = con.execute(sql, params or []).fetchall()
    return int(rows[0][0]) if rows else 0


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
    from pactwatch.warehouse import incremental, report_tables
    from pactwatch.warehouse import resolve as resolve_module  # looked up now: tests may replace it
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
        extractions = _upsert_pages(con, extractions, extractor_version, now, report)
        report.raw_pages = upsert_raw_pages(con, raw_pages)
        previous, old, batch_keys = _replace_mentions(con, extractions, extractor_version, report)
        rules = "resolver " + incremental.rules_version()  # records made under other matching rules: resolve all
        flagged = _count(con, "SELECT count(*) FROM warehouse_flags WHERE name = 'full_resolution'") or \
            not _count(con, "SELECT count(*) FROM warehouse_flags WHERE name = ?", [rules])
        scope = None
        if own and not full and not flagged:
            sub = incremental.resolve_batch(con, batch_keys, old, previous, resolver)
            records, keys, scope = sub.records, sub.keys, sub.scope
        else:
            if flagged or full:
                _relink(con)
            mentions = _read_mentions(con)
            ids = con.sql("SELECT mention_key, record_id FROM mentions WHERE record_id IS NOT NULL").fetchall()
            previous = dict(ids) | previous
            records, keys = list(resolver(mentions, previous)), [m.key() for m in mentions]
            con.execute("DELETE FROM warehouse_flags WHERE name = 'full_resolution' OR name LIKE 'resolver %'"
                        ).fetchall()
            con.execute("INSERT INTO warehouse_flags VALUES (?)", [rules]).fetchall()
            if not own:  # another resolver's records are no base for incremental resolution
                con.execute("INSERT OR IGNORE INTO warehouse_flags VALUES ('full_resolution')").fetchall()
        _write_records(con, records, extractor_version, now, report, scope)
        _store_record_ids(con, records, keys)
        report_tables.refresh(con, urls, old_sources, full=scope is None)
        report.mentions = _count(con, "SELECT count(*) FROM mentions")
        report.duplicates_merged = report.mentions - sum(
            _count(con, f"SELECT count(*) FROM {t}") for t in ("events", "agreements", "commitments"))
        if run is not None:
            _record_run(con, run, report, extractor_version)
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
        report.articles.updated = _count(con, f"""
            UPDATE pages SET {", ".join(f"{c} = b.{c}" for c in _PAGE_CONTENT)}, fetched_at = b.fetched_at,
                   extractor_version = ?
            FROM {b} b WHERE pages.url = b.url AND ({pcontent}) IS DISTINCT FROM ({bcontent})""",
            [extractor_version])
        _count(con, f"""UPDATE pages SET fetched_at = b.fetched_at, extractor_version = ? FROM {b} b
            WHERE pages.url = b.url AND (pages.fetched_at, pages.extractor_version) IS DISTINCT FROM
                  (b.fetched_at, ?)""", [extractor_version, extractor_version])
        report.articles.new = _count(con, f"""
            INSERT INTO pages (url, {content}, fetched_at, first_seen_at, extractor_version)
            SELECT b.url, {bcontent}, b.fetched_at, ?, ? FROM {b} b
            WHERE NOT EXISTS (SELECT 1 FROM pages p WHERE p.url = b.url)""", [now, extractor_version])
    report.articles_stale = len(stale)
    report.articles.unchanged = len(arts) - len(stale) - report.articles.new - report.articles.updated
    return [ex for url, ex in latest.items() if url not in stale]


def _replace_mentions(con, extractions: list[Extraction], extractor_version: str,
                      report: LoadReport) -> tuple[dict[str, str], list[tuple], list[str]]:
    """Swap the stored mentions (and links) of the loaded pages for the new ones.

    Returns the previous record id of each new mention that had one, the replaced mentions (key, record_type,
    record_id, hints) and the new keys. A re-read sentence whose fields changed (a better extractor) gets a new
    key; when the page had exactly one mention of that type from that sentence before and has exactly one now,
    the new key inherits the old id, so the resolver can keep the fact's id.
    """
    from pactwatch.warehouse.incremental import links_table
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
            CASE WHEN record_type = 'event' THEN hints END, url, quote FROM mentions
            WHERE url IN (SELECT url FROM {u})""").fetchall()
        con.execute(f"DELETE FROM mentions WHERE url IN (SELECT url FROM {u})").fetchall()
    with _registered(con, pa.table({"k": pa.array([r[0] for r in replaced], pa.string())})) as b:
        con.execute(f"DELETE FROM mention_links WHERE mention_key IN (SELECT k FROM {b})").fetchall()
    previous = {r[0]: r[2] for r in replaced if r[2] is not None}
    old_ids: dict[tuple, list] = {}
    for _, rt, rid, _, url, q in replaced:
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
    return previous, [r[:4] for r in replaced], list(rows)


def _relink(con) -> None:
    """Rebuild every mention's links (a warehouse from before 0006, or a forced full resolution)."""
    from pactwatch.warehouse.incremental import links_table
    con.execute("DELETE FROM mention_links").fetchall()
    with _registered(con, links_table([(m.key(), m) for m in _read_mentions(con)])) as b:
        con.execute(f"INSERT INTO mention_links SELECT link, mention_key FROM {b}").fetchall()


def _read_mentions(con) -> list[Mention]:
    """All stored mentions, rebuilt as Mention objects whose key() is their stored key (read as Arrow columns)."""
    t = con.sql("SELECT mention_key, record_type, url, quote, fields, hints FROM mentions ORDER BY mention_key"
                ).to_arrow_table()
    rebuild = StoredMention.rebuild
    return [rebuild(k, rt, url, quote, _loads(f), _loads(h)) for k, rt, url, quote, f, h in zip(
        *(t[c].to_pylist() for c in ("mention_key", "record_type", "url", "quote", "fields", "hints")))]


def _coerce(value, sql_type: str):
    if value is None:
        return [] if sql_type == "VARCHAR[]" else None
    if sql_type == "VARCHAR":
        return str(value)
    if sql_type == "DATE":
        if isinstance(value, datetime):
            return value.date()
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    if sql_type == "INTEGER":
        return int(value)
    if sql_type == "DOUBLE":
        return float(value)
    return [str(v) for v in value]  # VARCHAR[]


def _column(values: list, sql_type: str) -> pa.Array:
    """Arrow column of one type; values already of the right Python type take the fast path."""
    if sql_type == "VARCHAR[]":
        values = [[] if v is None else v for v in values]
    try:
        return pa.array(values, _ARROW[sql_type])
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
        return pa.array([_coerce(v, sql_type) for v in values], _ARROW[sql_type])


def _evidence_sha(evidence: list[tuple[str, str]]) -> str:
    h = hashlib.sha1()
    pairs = evidence if len(evidence) == 1 else sorted(set((u, q or "") for u, q in evidence))
    for url, quote in pairs:
        h.update(f"{url}\x1f{quote or ''}\x1e".encode("utf-8"))
    return h.hexdigest()


def _write_records(con, records: list[ResolvedRecord], extractor_version: str, now: datetime,
                   report: LoadReport, scope: set[str] | None = None) -> None:
    """Make the record tables and evidence equal to `records`, touching only rows that really change.

    With `scope` (incremental), `records` are all events and the re-resolved agreements and commitments: only
    stored ones whose id is in `scope` may go. Old rows of what changed are left in TEMP tables _pw_old_<table>
    and new ids in _pw_new_<table>, for the report tables.
    """
    by_type: dict[str, list[ResolvedRecord]] = {t: [] for t in RECORD_TABLES}
    for r in records:
        if r.record_type not in by_type:
            raise ValueError(f"resolver returned unknown record_type {r.record_type!r}")
        by_type[r.record_type].append(r)
    ids = sorted((scope or set()) | {r.record_id for r in records if r.record_type != "event"})
    con.register("_pw_scope", pa.table({"id": pa.array(ids, pa.string())}))  # stored ids that may change
    try:
        for rtype, recs in by_type.items():
            spec = RECORD_TABLES[rtype]
            ids = [r.record_id for r in recs]
            if len(set(ids)) != len(ids):
                raise ValueError(f"resolver returned duplicate {rtype} ids")
            report.records[rtype] = _write_table(con, spec, recs, extractor_version, now,
                                                 scope is None or rtype == "event")
        _write_evidence(con, records, scope is None)
    finally:
        try:
            con.unregister("_pw_scope")
        except duckdb.Error:
            pass


def _write_evidence(con, records: list[ResolvedRecord], everything: bool) -> None:
    ev = list({(r.record_type, r.record_id, u, q): None for r in records for u, q in r.evidence})
    cols = list(zip(*ev)) if ev else [(), (), (), ()]
    tbl = pa.table({name: pa.array(cols[i], pa.string())
                    for i, name in enumerate(("record_type", "record_id", "url", "quote"))})
    same = ("n.record_type = e.record_type AND n.record_id = e.record_id AND n.url = e.url"
            " AND n.quote IS NOT DISTINCT FROM e.quote")
    with _registered(con, tbl) as n:
        con.execute(f"""DELETE FROM evidence e
            WHERE (? OR e.record_type = 'event' OR e.record_id IN (SELECT id FROM _pw_scope))
            AND NOT EXISTS (SELECT 1 FROM {n} n WHERE {same})""", [everything]).fetchall()
        con.execute(f"""INSERT INTO evidence (record_type, record_id, url, quote)
            SELECT * FROM {n} n WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE {same})""").fetchall()


def _write_table(con, spec: RecordTable, recs: list[ResolvedRecord], extractor_version: str,
                 now: datetime, everything: bool) -> Counts:
    data = {spec.id_column: pa.array([r.record_id for r in recs], pa.string())}
    for col, sql_type in spec.columns:
        data[col] = _column([r.fields.get(col) for r in recs], sql_type)
    data["source_urls"] = pa.array([r.source_urls for r in recs], pa.list_(pa.string()))
    data["evidence_sha"] = pa.array([_evidence_sha(r.evidence) for r in recs], pa.string())
    cols = [c for c, _ in spec.columns] + ["source_urls", "evidence_sha"]
    t, idc = spec.table, spec.id_column
    c = Counts()
    with _registered(con, pa.table(data)) as n:
        con.execute(f"""CREATE OR REPLACE TEMP TABLE _pw_old_{t} AS SELECT {t}.* FROM {t}
            LEFT JOIN {n} n ON n.{idc} = {t}.{idc}
            WHERE (n.{idc} IS NULL AND (? OR {t}.{idc} IN (SELECT id FROM _pw_scope))) OR (n.{idc} IS NOT NULL
              AND ({", ".join(f"{t}.{x}" for x in cols)}) IS DISTINCT FROM ({", ".join(f"n.{x}" for x in cols)}))""",
            [everything]).fetchall()
        con.execute(f"""CREATE OR REPLACE TEMP TABLE _pw_new_{t} AS SELECT n.{idc} AS id FROM {n} n
            WHERE n.{idc} IN (SELECT {idc} FROM _pw_old_{t})
               OR NOT EXISTS (SELECT 1 FROM {t} WHERE {t}.{idc} = n.{idc})""").fetchall()
        c.removed = _count(con, f"""DELETE FROM {t} WHERE {idc} IN (SELECT {idc} FROM _pw_old_{t})
            AND NOT EXISTS (SELECT 1 FROM {n} n WHERE n.{idc} = {t}.{idc})""")
        c.updated = _count(con, f"""UPDATE {t} SET {", ".join(f"{x} = n.{x}" for x in cols)},
                   updated_at = ?, extractor_version = ?
            FROM {n} n WHERE {t}.{idc} = n.{idc} AND {t}.{idc} IN (SELECT {idc} FROM _pw_old_{t})""",
            [now, extractor_version])
        c.new = _count(con, f"""INSERT INTO {t} ({idc}, {", ".join(cols)}, first_seen_at, updated_at, extractor_version)
            SELECT n.{idc}, {", ".join(f"n.{x}" for x in cols)}, ?, ?, ? FROM {n} n
            WHERE NOT EXISTS (SELECT 1 FROM {t} WHERE {t}.{idc} = n.{idc})""", [now, now, extractor_version])
    c.unchanged = _count(con, f"SELECT count(*) FROM {t}") - c.new - c.updated
    return c


def _store_record_ids(con, records: list[ResolvedRecord], keys: list[str]) -> None:
    """Remember which record each mention became, so the next resolution can keep the fact's id."""
    rid = {k: r.record_id for r in records for k in r.mention_keys}
    tbl = pa.table({"mention_key": pa.array(keys, pa.string()),
                    "record_id": pa.array([rid.get(k) for k in keys], pa.string())})
    with _registered(con, tbl) as n:
        con.execute(f"""UPDATE mentions SET record_id = n.record_id FROM {n} n
            WHERE mentions.mention_key = n.mention_key AND mentions.record_id IS DISTINCT FROM n.record_id""")


def _utc(value) -> datetime | None:
    """A run's timestamp as naive UTC (accepts aware or naive datetimes and ISO strings)."""
    if value is None or isinstance(value, datetime) and value.tzinfo is None:
        return value
    value = datetime.fromisoformat(value) if isinstance(value, str) else value
    return value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value


def _record_run(con, run: dict, report: LoadReport, extractor_version: str) -> None:
    """One ingest_runs row per run: the caller's per-source stats plus what this load changed."""
    run_id = str(run.get("run_id") or run.get("flow_run_id") or uuid.uuid4().hex)
    stats = run.get("source_stats") or run.get("sources") or run.get("stats") or {}
    con.execute("DELETE FROM ingest_runs WHERE run_id = ?", [run_id])
    con.execute("INSERT INTO ingest_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
        run_id, run.get("flow_run_id"), _utc(run.get("started_at")), _utc(run.get("ended_at")) or utcnow(),
        run.get("status", "completed"), json.dumps(stats, default=str, ensure_ascii=False),
        json.dumps(report.as_dict()), extractor_version])
