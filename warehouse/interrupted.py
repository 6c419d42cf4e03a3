"""Runs a kill left behind: an `ingest_runs` row still `running` whose process is gone.

A run writes its row at every wave's load with status `running` and the last one with `completed` or `failed`; a
run killed in between (SIGKILL, the OOM killer, a reboot) leaves `running` for ever. To tell such a row from a run
still going (another process, a scheduled run beside a manual one), every ingest and backfill run holds an
exclusive lock on `<db>.runs/<run id>.lock` (flock) while it runs: the operating system drops it when the process
dies, however it dies. A `running` row whose lock nobody holds (or an ingest or backfill row with none: from before
these locks, or a run an exception stopped, whose lock went with it) belongs to a dead run: the next run marks it
`interrupted` and says what it resumes.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

try:
    import fcntl
except ImportError:  # not on POSIX: runs are never declared dead (a stale row stays `running`)
    fcntl = None

_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")
LOCKED_KINDS = ("ingest-", "backfill-")  # runs that hold a lock while they run: without one, a row of theirs is dead


def lock_path(db_path: str | os.PathLike, run_id: str) -> Path:
    """`<db>.runs/<run id>.lock`, beside the warehouse."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".runs") / f"{_SAFE.sub('_', run_id)[:120]}.lock"


@contextmanager
def run_alive(db_path: str | os.PathLike, run_id: str) -> Iterator[None]:
    """Hold the run's lock while the body runs (the file is removed at the end; a killed run's stays, unheld)."""
    if fcntl is None:
        yield
        return
    path = lock_path(db_path, run_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        path.unlink(missing_ok=True)
        os.close(fd)


def is_alive(db_path: str | os.PathLike, run_id: str) -> bool | None:
    """True while a process holds the run's lock, False once none does, None if the run has no lock file."""
    if fcntl is None:
        return True
    try:
        fd = os.open(lock_path(db_path, run_id), os.O_RDWR)
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


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


def describe(found: dict) -> str:
    """One line for the log: which run was interrupted, what it had done, what this run does about it."""
    return (f"run {found['run_id']} (started {found['started_at']} UTC) was interrupted: its last committed wave "
            f"({found['saved_at']} UTC) had covered {found['pages']} articles ({found['fetched']} fetched, "
            f"{found['unchanged']} unchanged); marked interrupted. This run resumes it: what it loaded is asked for "
            "conditionally (304 when unchanged), what it fetched without loading is fetched again")


def _iso(ts: datetime | None) -> str | None:
    return ts.isoformat(sep=" ", timespec="seconds") if ts is not None else None
