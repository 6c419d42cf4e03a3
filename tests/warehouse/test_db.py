"""connect(): waits for another process's lock within a bound, then says who holds it; publish_read_copy()."""
from __future__ import annotations

import subprocess
import sys
import threading
import time

import duckdb
import pytest

from warehouse.db import WarehouseBusy, connect, publish_read_copy, read_copy_path
from warehouse.migrate import applied_versions

HOLD = ("import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
        "time.sleep(float(sys.argv[2])); c.close()")


def hold(db, seconds: float) -> subprocess.Popen:
    """Another process holding a read-write connection to `db` for `seconds`."""
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "held"
    return p


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "w.duckdb"
    connect(path).close()
    return path


def test_busy_within_bound_names_the_holder(db):
    holder = hold(db, 60)
    try:
        t0 = time.monotonic()
        with pytest.raises(WarehouseBusy) as err:
            connect(db, wait_seconds=1.0)
        elapsed = time.monotonic() - t0
        # it did wait as asked, and gave up long before the holder let go (a busy machine may add seconds)
        assert 1.0 <= elapsed < 30
        assert err.value.path == str(db)
        assert f"PID {holder.pid}" in (err.value.holder_info or "")
        with pytest.raises(WarehouseBusy):
            connect(db, read_only=True, wait_seconds=0.2)  # readers of the live file wait too
    finally:
        holder.kill()
        holder.wait()


HOLD_UNTIL_TOLD = ("import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
                   "sys.stdin.readline(); c.close(); print('released', flush=True); sys.stdin.readline()")


def test_waits_until_the_lock_is_released(db):
    """The holder lets go when told, not after a sleep: no timing a busy machine could upset."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD_UNTIL_TOLD, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    got: dict = {}
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WarehouseBusy):
            connect(db, wait_seconds=0)  # held now
        waiting = threading.Thread(target=lambda: got.update(con=connect(db, wait_seconds=120)))
        waiting.start()
        holder.stdin.write("let go\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
        waiting.join(timeout=150)
        assert not waiting.is_alive() and "con" in got  # the waiting connect got the warehouse once it was free
        assert got["con"].execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        got["con"].close()
    finally:
        holder.kill()
        holder.wait()


def test_read_only_open_does_not_migrate(tmp_path):
    path = tmp_path / "new.duckdb"
    duckdb.connect(str(path)).close()  # an empty file, as if created by someone else
    con = connect(path, read_only=True)
    assert applied_versions(con) == []
    con.close()
    con = connect(path)
    assert applied_versions(con)[:2] == [1, 2]


def test_publish_read_copy_is_atomic_and_complete(db):
    con = connect(db)
    con.execute("INSERT INTO pages (url, source, text, first_seen_at) VALUES ('http://a/', 's', 'one', now())")
    copy = publish_read_copy(db, con=con)  # WAL not yet checkpointed: the copy must still hold the row
    assert copy == read_copy_path(db) == db.with_name("w.read.duckdb")
    analyst = duckdb.connect(str(copy), read_only=True)
    assert analyst.execute("SELECT url FROM articles").fetchall() == [("http://a/",)]

    con.execute("INSERT INTO pages (url, source, text, first_seen_at) VALUES ('http://b/', 's', 'two', now())")
    publish_read_copy(db, con=con)  # replaced under an open reader: the reader keeps its snapshot
    assert analyst.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    analyst.close()
    fresh = duckdb.connect(str(copy), read_only=True)
    assert fresh.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    fresh.close()
    assert not [p for p in db.parent.iterdir() if p.name.endswith(".tmp")]
    # the live file is never blocked by analysts reading the copy
    reader = duckdb.connect(str(copy), read_only=True)
    con.execute("INSERT INTO pages (url, source, text, first_seen_at) VALUES ('http://c/', 's', '3', now())")
    reader.close()
    con.close()


def test_publish_without_connection_opens_and_closes(db):
    copy = publish_read_copy(db)
    assert copy.exists()
    connect(db, wait_seconds=0).close()  # our lock was released


def test_non_lock_errors_are_not_retried(tmp_path):
    bad = tmp_path / "not-a-db.duckdb"
    bad.write_bytes(b"this is not a duckdb file" * 100)
    t0 = time.monotonic()
    with pytest.raises(duckdb.Error):
        connect(bad, wait_seconds=10)
    assert time.monotonic() - t0 < 2
