"""Run bookkeeping in the warehouse: a run's load reports summed over its loads (waves, backfill chunks),
completing a run's `ingest_runs` row with per-source record figures after its load, and the backfill's seen-URL
store (`seen_urls`, migration 0005) that lets a backfill resume.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pyarrow as pa

from warehouse.db import WarehouseBusy, _registered, connect
from warehouse.interrupted import mark_interrupted
from warehouse.migrate import utcnow

_RECORDS = """SELECT 'event' AS t, event_id AS id, first_seen_at AS f, updated_at AS u FROM events
    UNION ALL SELECT 'agreement', agreement_id, first_seen_at, updated_at FROM agreements
    UNION ALL SELECT 'commitment', commitment_id, first_seen_at, updated_at FROM commitments"""


# report figures that are warehouse totals, not what one load did: the last load's stand ("*": any key); a record
# type's `unchanged` becomes the warehouse's rows less what the run created or changed
LAST_WINS = frozenset({("mentions",), ("duplicates_merged",), ("records", "*", "unchanged")})


def merge_reports(total: dict, report: dict, _path: tuple = ()) -> dict:
    """`report` added into `total` (numbers summed, nested dicts merged, totals of the warehouse replaced)."""
    out = dict(total)
    for key, value in report.items():
        path = _path + (key,)
        if isinstance(value, dict):
            out[key] = merge_reports(out.get(key) or {}, value, path)
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and not _last_wins(path):
            out[key] = out.get(key, 0) + value
        else:
            out[key] = value
    if len(_path) == 2 and _path[0] == "records" and {"new", "updated", "unchanged"} <= report.keys():
        rows = report["new"] + report["updated"] + report["unchanged"]  # the table after the last load
        out["unchanged"] = max(0, rows - out.get("new", 0) - out.get("updated", 0))
    return out


def _last_wins(path: tuple) -> bool:
    return any(len(p) == len(path) and all(a in ("*", b) for a, b in zip(p, path)) for p in LAST_WINS)


def naive_utc(ts: datetime) -> datetime:
    """A timestamp as the warehouse stores it: UTC without a zone."""
    return ts.astimezone(timezone.utc).replace(tzinfo=None) if ts.tzinfo else ts


def records_by_source(con, urls: dict[str, str], started: datetime) -> dict[str, dict[str, int]]:
    """Per source, the records its pages of this run support: new, updated (since `started`) and merged mentions
    (mentions folded into a record another mention also gave)."""
    if not urls:
        return {}
    tbl = pa.table({"url": pa.array(list(urls), pa.string()), "source": pa.array(list(urls.values()), pa.string())})
    with _registered(con, tbl) as u:
        rows = con.execute(f"""WITH r AS ({_RECORDS})
            SELECT u.source, count(DISTINCT m.record_type || m.record_id) FILTER (WHERE r.f >= ?),
                   count(DISTINCT m.record_type || m.record_id) FILTER (WHERE r.f < ? AND r.u >= ?),
                   count(*) - count(DISTINCT m.record_type || m.record_id)
            FROM mentions m JOIN {u} u ON u.url = m.url JOIN r ON r.t = m.record_type AND r.id = m.record_id
            GROUP BY u.source""", [started, started, started]).fetchall()
    return {s: {"new": n, "updated": up, "merged": mg} for s, n, up, mg in rows}


def remember_seen(con, seen: list[tuple[str, str, str, object]]) -> None:
    """Upsert (url, source, outcome, published_on) rows into the seen-URL store."""
    if not seen:
        return
    now = utcnow()
    tbl = pa.table({"url": pa.array([s[0] for s in seen], pa.string()),
                    "source": pa.array([s[1] for s in seen], pa.string()),
                    "outcome": pa.array([s[2] for s in seen], pa.string()),
                    "published_on": pa.array([s[3] for s in seen], pa.date32())})
    with _registered(con, tbl) as b:
        con.execute(f"""INSERT INTO seen_urls SELECT url, source, outcome, published_on, ?, ? FROM {b}
            ON CONFLICT (url) DO UPDATE SET outcome = excluded.outcome, published_on = excluded.published_on,
                                            last_seen_at = excluded.last_seen_at""", [now, now])


def finish_run(db: str, run: dict, urls: dict[str, str], seen: list | None = None,
               wait_seconds: float = 30.0) -> dict[str, dict[str, int]]:
    """After a load: per-source record figures into the run's `ingest_runs` row, the seen URLs stored, and the
    rows of the dead runs it resumes (`run["resumes"]`) marked `interrupted`.

    Returns the per-source figures, added to those already in `run` (a backfill loads in chunks); {} if the
    warehouse stayed busy (the load itself is already committed).
    """
    try:
        con = connect(db, wait_seconds=wait_seconds)
    except WarehouseBusy:
        return {}
    try:
        this = records_by_source(con, urls, naive_utc(run["started_at"]))
        by_source = {name: {k: (s.get("records") or {}).get(k, 0) + this.get(name, {}).get(k, 0)
                            for k in ("new", "updated", "merged")}  # a chunked run adds up its loads
                     for name, s in run["sources"].items()}
        stats = {name: {**s, "records": by_source[name]} for name, s in run["sources"].items()}
        con.execute("BEGIN TRANSACTION")
        con.execute("UPDATE ingest_runs SET source_stats = ?, ended_at = ?, status = ? WHERE run_id = ?",
                    [json.dumps(stats, default=str, ensure_ascii=False), utcnow(),
                     run.get("status", "completed"), run["run_id"]])
        remember_seen(con, seen or [])
        mark_interrupted(con, db, run.get("resumes") or [])  # the dead runs this one resumes (flows/resume.py)
        con.execute("COMMIT")
        return by_source
    finally:
        con.close()


def seen_before(con, urls: list[str]) -> dict[str, tuple[str, object]]:
    """For URLs a backfill may skip: url -> (outcome, published_on), from loaded pages and the seen-URL store."""
    if not urls:
        return {}
    tbl = pa.table({"url": pa.array(sorted(set(urls)), pa.string())})
    with _registered(con, tbl) as u:
        rows = con.execute(f"""SELECT u.url, coalesce(CASE WHEN p.url IS NOT NULL THEN 'loaded' END, s.outcome),
                   coalesce(p.published_on, s.published_on)
            FROM {u} u LEFT JOIN pages p ON p.url = u.url LEFT JOIN seen_urls s ON s.url = u.url
            WHERE p.url IS NOT NULL OR (s.url IS NOT NULL AND s.outcome <> 'failed')""").fetchall()
    return {url: (outcome, published) for url, outcome, published in rows}


def gone_urls(con, urls: list[str], days: float) -> set[str]:
    """The URLs that answered 404/410 (outcome 'gone') within the last `days` days."""
    if not urls:
        return set()
    since = utcnow() - timedelta(days=days)
    with _registered(con, pa.table({"url": pa.array(sorted(set(urls)), pa.string())})) as u:
        return {r[0] for r in con.execute(f"""SELECT s.url FROM seen_urls s JOIN {u} u ON u.url = s.url
            WHERE s.outcome = 'gone' AND s.last_seen_at >= ?""", [since]).fetchall()}


def last_checked(con, urls: list[str]) -> dict[str, datetime]:
    """When each stored URL was last fetched or confirmed unchanged (a 304 refreshes it): the seen-URL store."""
    if not urls:
        return {}
    with _registered(con, pa.table({"url": pa.array(sorted(set(urls)), pa.string())})) as u:
        return dict(con.execute(f"SELECT r.url, r.fetched_at FROM raw_pages r JOIN {u} u ON u.url = r.url").fetchall())
