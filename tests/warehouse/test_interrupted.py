"""Runs a kill left `running` (issue 19): told from live runs by the lock a live run's process holds, on a real
DuckDB file with real processes (one SIGKILLed while holding its lock, one still holding it)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from warehouse.db import connect
from warehouse.run_lock import is_alive, lock_path
from warehouse.runs import find_interrupted, mark_interrupted

HOLD = ("import sys; from warehouse.run_lock import run_alive\n"
        "with run_alive(sys.argv[1], sys.argv[2]):\n    print('held', flush=True); sys.stdin.read()\n")
ROOT = str(Path(__file__).resolve().parents[2])


def holder(db: Path, run_id: str) -> subprocess.Popen:
    """Another process running `run_id`: it holds the run's lock until its stdin closes (or it is killed)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [ROOT, os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), run_id], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout.readline().strip() == "held"
    return proc


@pytest.fixture
def warehouse(tmp_path):
    db = tmp_path / "w.duckdb"
    con = connect(db)
    stats = json.dumps({"wire": {"seen": 400, "fetched": 390, "unchanged": 5, "failed": {}}})
    for run_id, status in (("ingest-killed", "running"), ("ingest-alive", "running"), ("ingest-old", "running"),
                           ("backfill-old", "running"), ("reparse-nolock", "running"), ("ingest-done", "completed")):
        con.execute("INSERT INTO ingest_runs VALUES (?, NULL, TIMESTAMP '2026-01-01 10:00:00', "
                    "TIMESTAMP '2026-01-01 10:05:00', ?, ?, '{}', 'v')", [run_id, status, stats])
    yield db, con
    con.close()


def test_a_killed_run_is_found_and_marked_interrupted_a_live_one_is_not(warehouse):
    db, con = warehouse
    killed = holder(db, "ingest-killed")
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    alive = holder(db, "ingest-alive")
    try:
        assert is_alive(db, "ingest-killed") is False and is_alive(db, "ingest-alive") is True
        assert is_alive(db, "ingest-old") is None  # a run from before the locks
        found = {f["run_id"]: f for f in find_interrupted(con, db)}
        # a backfill takes a lock as ingest does (one without is dead); a reparse takes none: it cannot tell
        assert sorted(found) == ["backfill-old", "ingest-killed", "ingest-old"]
        assert found["ingest-killed"] == {"run_id": "ingest-killed", "started_at": "2026-01-01 10:00:00",
                            "saved_at": "2026-01-01 10:05:00", "pages": 400, "fetched": 390, "unchanged": 5}
        assert mark_interrupted(con, db, list(found)) == 3
        statuses = dict(con.execute("SELECT run_id, status FROM ingest_runs").fetchall())
        assert statuses == {"ingest-killed": "interrupted", "ingest-alive": "running", "ingest-old": "interrupted",
                            "backfill-old": "interrupted", "reparse-nolock": "running", "ingest-done": "completed"}
        assert not lock_path(db, "ingest-killed").exists() and lock_path(db, "ingest-alive").exists()
        assert find_interrupted(con, db) == []
    finally:
        alive.stdin.close()
        alive.wait(timeout=20)
    assert not lock_path(db, "ingest-alive").exists()  # a run that ends removes its lock file
    assert [f["run_id"] for f in find_interrupted(con, db)] == ["ingest-alive"]  # its row left running: now dead
