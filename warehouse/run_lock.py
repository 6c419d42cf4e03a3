"""Which runs are alive: every ingest and backfill run holds an exclusive lock on `<db>.runs/<run id>.lock` (flock)
while it runs, and the operating system drops it when the process dies, however it dies (SIGKILL, the OOM killer, a
reboot). A run killed between two wave loads leaves its `ingest_runs` row `running` for ever; the lock tells such
a row from a run still going (another process, a scheduled run beside a manual one). warehouse/runs.py finds and
marks those rows (`find_interrupted`, `mark_interrupted`).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
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
