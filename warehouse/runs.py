"""The runs table, `ingest_runs`: every write to it and what a run reads back from it. A run's row is written by
each of its loads (`record_run`, in the load's transaction, with the run's load reports summed over its waves or
backfill chunks: `merge_reports`), completed with per-source record figures after the load (`finish_run`), and a
row a kill left `running` is found and marked `interrupted` by the next run (`find_interrupted`,
`mark_interrupted`; which runs are alive: warehouse/run_lock.py).
"""
from __future__ import annotations

import json
import os
import uuid
from datetime import datetime, timezone

import pyarrow as pa

from warehouse.db import WarehouseBusy, _registered, connect
from warehouse.migrate import utcnow
from warehouse.run_lock import LOCKED_KINDS, is_alive, lock_path
from warehouse.seen_urls import remember_seen

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


def naive_utc(value) -> datetime | None:
    """A timestamp as the warehouse stores it: UTC without a zone (from an aware or naive datetime or an ISO
    string; None stays None)."""
    if value is None or isinstance(value, datetime) and value.tzinfo is None:
        return value
    value = datetime.fromisoformat(value) if isinstance(value, str) else value
    return value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value


def record_run(con, run: dict, report: dict, extractor_version: str) -> None:
    """One ingest_runs row per run: the caller's per-source stats plus what this load changed, added to what the
    run's earlier loads changed (`run["earlier"]`: their summed reports)."""
    run_id = str(run.get("run_id") or run.get("flow_run_id") or uuid.uuid4().hex)
    stats = run.get("source_stats") or run.get("sources") or run.get("stats") or {}
    con.execute("DELETE FROM ingest_runs WHERE run_id = ?", [run_id])
    con.execute("INSERT INTO ingest_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
        run_id, run.get("flow_run_id"), naive_utc(run.get("started_at")),
        naive_utc(run.get("ended_at")) or utcnow(), run.get("status", "completed"), json.dumps(stats, default=str, ensure_ascii=False),
        json.dumps(merge_reports(run.get("earlier") or {}, report)), extractor_version])


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


def find_interrupted(con, db_path: str | os.PathLike) -> list[dict]:
    """The `running` rows of dead runs, oldest first, with what they had loaded by their last committed wave:
    run_id, started_at, saved_at (that wave's time), pages (articles done), fetched, unchanged."""
    rows = con.execute("""SELECT run_id, started_at, ended_at, source_stats FROM ingest_runs
        WHERE status = 'running' ORDER BY started_at""").fetchall()
    out = []
    for run_id, started, saved, stats in rows:
        alive = is_alive(db_path, run_id)
        if alive or (alive is None and not run_id.startswith(LOCKED_KINDS)):
            continue  # running, or a kind of run that takes no lock (a reparse): cannot tell
        per_source = json.loads(stats) if stats else {}
        total = {k: sum(int(s.get(k) or 0) for s in per_source.values()) for k in ("seen", "fetched", "unchanged")}
        out.append({"run_id": run_id, "started_at": _iso(started), "saved_at": _iso(saved), "pages": total["seen"],
                    "fetched": total["fetched"], "unchanged": total["unchanged"]})
    return out


def mark_interrupted(con, db_path: str | os.PathLike, run_ids: list[str]) -> int:
    """Set the rows of these dead runs from `running` to `interrupted` (in the caller's transaction) and remove
    their lock files; returns the rows changed."""
    if not run_ids:
        return 0
    changed = con.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running' "
                          "AND list_contains(?, run_id)", [list(run_ids)]).fetchone()[0]
    for run_id in run_ids:
        if is_alive(db_path, run_id) is False:
            lock_path(db_path, run_id).unlink(missing_ok=True)
    return changed


def describe_interrupted(found: dict) -> str:
    """One line for the log: which run was interrupted, what it had done, what this run does about it."""
    return (f"run {found['run_id']} (started {found['started_at']} UTC) was interrupted: its last committed wave "
            f"({found['saved_at']} UTC) had covered {found['pages']} articles ({found['fetched']} fetched, "
            f"{found['unchanged']} unchanged); marked interrupted. This run resumes it: what it loaded is asked for "
            "conditionally (304 when unchanged), what it fetched without loading is fetched again")


def _iso(ts: datetime | None) -> str | None:
    return ts.isoformat(sep=" ", timespec="seconds") if ts is not None else None
