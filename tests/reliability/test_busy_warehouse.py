"""Issue 5, the warehouse busy or interrupted, through `pactwatch crawl` as a user runs it (a subprocess) over the
fault web: an analyst's read-write session on the live file makes the run wait, stage its batch and say so (exit
1), and the next run loads it; a crawl SIGKILLed inside its load transaction leaves the last complete state and
the next run completes the work. Also the exit codes and one-line errors for bad input.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from faultweb import ENV, lost_records
from warehouse.db import connect, publish_read_copy, read_copy_path
from warehouse.staging import staged_batches

pytestmark = pytest.mark.timeout(180)

_SCRIPT = Path(sys.executable).with_name("pactwatch")
PACTWATCH = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "cli.main"]
PUBLIC = ("articles", "events", "agreements", "commitments", "evidence", "raw_pages", "mentions", "ingest_runs")
# An analyst's session: `duckdb FILE` opens read-write; here the same through the Python client, held until stdin
# closes (the test ends it by closing stdin, and kills it only if that fails).
ANALYST = "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'ro'); " \
          "print(c.execute('SELECT count(*) FROM articles').fetchone()[0], flush=True); sys.stdin.read()"
# The real CLI, paused inside its load transaction (after pages, raw pages and mentions were written) so the test
# can SIGKILL it there.
PAUSED_IN_LOAD = """import pathlib, sys, time
import warehouse.resolve as r
def paused(mentions, previous):
    pathlib.Path(sys.argv[1]).write_text("in the load transaction")
    time.sleep(300)
r.resolve = paused
from cli.main import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.fixture(scope="module")
def env(prefect_env, fault_env, tmp_path_factory) -> dict[str, str]:
    """A user's environment (as conftest's cli_env) with the fault web's crawl settings (PACTWATCH_LOCK_WAIT=2)
    and the session's test API server."""
    from prefect.settings import PREFECT_API_URL

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACTWATCH_", "PREFECT_API_"))}
    return {**env, **prefect_env, **ENV, "PYTHONIOENCODING": "utf-8",
            "PACTWATCH_DB": str(tmp_path_factory.mktemp("default") / "default.duckdb"),
            "PREFECT_API_URL": PREFECT_API_URL.value()}


@pytest.fixture(scope="module")
def sources(fault_web, tmp_path_factory) -> Path:
    return fault_web.write_sources(tmp_path_factory.mktemp("sources") / "sources.yaml")


@pytest.fixture(scope="module")
def busy_run(env, sources, fault_web, tmp_path_factory):
    """`pactwatch crawl --only clean archive` while an analyst holds the live file read-write the whole time.

    Returns (the finished process, the warehouse path, the staged batch files right after the run).
    """
    db = tmp_path_factory.mktemp("busy") / "pactwatch.duckdb"
    connect(db).close()
    publish_read_copy(db)
    analyst = Analyst(db)  # `duckdb pactwatch.duckdb`: read-write
    try:
        proc = crawl(env, sources, db, "clean", "archive")
        staged = staged_batches(db)
    finally:
        analyst.close()
    return proc, db, staged


def crawl(env: dict, sources: Path, db: Path, *only: str) -> subprocess.CompletedProcess:
    args = ["crawl", "--sources", str(sources), "--db", str(db)] + (["--only", *only] if only else [])
    return subprocess.run(PACTWATCH + args, env=env, cwd=db.parent, capture_output=True, text=True,
                          encoding="utf-8", timeout=150)


class Analyst:
    """Another process with the file open (read-write unless `read_only`), until `close()`."""

    def __init__(self, db: Path, read_only: bool = False) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", ANALYST, str(db), "ro" if read_only else "rw"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.articles_seen = int(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def count(db: Path, relation: str, where: str = "TRUE", *params) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT count(*) FROM {relation} WHERE {where}", list(params)).fetchone()[0]
    finally:
        con.close()


def state(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in PUBLIC}
    finally:
        con.close()


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


def test_busy_warehouse_waits_then_stages_and_says_so(busy_run, fault_web):
    proc, db, staged = busy_run
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(staged) == 1
    assert f"warehouse busy: this run's batch is staged at {staged[0]} and loads with the next run" in proc.stdout
    assert count(db, "articles") == 0 and count(db, "ingest_runs") == 0  # nothing was written around the lock
    assert fault_web.requested("clean").count("/stories/1") == 1


def test_busy_run_still_lists_its_failures(busy_run, fault_web):
    proc, _, _ = busy_run
    assert f"failed [archive] {fault_web.url('clean', '/archive/2014')}: gone: 410" in proc.stdout


def test_the_next_run_loads_the_staged_batch_and_readers_of_the_copy_block_nothing(busy_run, env, sources,
                                                                                   fault_web):
    _, db, staged = busy_run
    reader = Analyst(read_copy_path(db), read_only=True)  # analysts on the published copy never block a load
    try:
        # This run's own sources find no article (one is gone, one listing matches nothing): every source failed
        # (exit 3, each with its reason), yet its load still brings in the staged batch.
        nxt = crawl(env, sources, db, "archive", "redesigned")
        assert nxt.returncode == 3, nxt.stdout + nxt.stderr
        assert "source [redesigned] failed: no article link found; selector `ul.news a` matched nothing" in nxt.stdout
        assert "Traceback" not in nxt.stderr and "warehouse busy" not in nxt.stdout
        assert f"failed [archive] {fault_web.url('clean', '/archive/2014')}: gone: 410" in nxt.stdout
        assert f"warning [redesigned] {fault_web.url('news', '/v2/news/')}: article_links 'ul.news a' matched " \
               "nothing" in nxt.stdout
    finally:
        reader.close()
    assert reader.articles_seen == 0
    assert staged_batches(db) == [] and not staged[0].exists()
    assert fault_web.requested("clean").count("/stories/1") == 1  # loaded from staging, not fetched again
    assert count(db, "articles") == 2 and count(db, "ingest_runs") == 2  # the staged run's row and this one's
    assert [lost for lost in lost_records(fault_web, db) if "Wuhan" in lost or "Boston" in lost] == []
    assert count(read_copy_path(db), "articles") == 2  # the copy published after the load


def test_sigkill_mid_load_keeps_the_last_complete_state_and_the_next_run_completes(env, sources, fault_web,
                                                                                    tmp_path):
    from flows.ingest import ingest

    db = tmp_path / "pactwatch.duckdb"
    ingest(sources_file=str(sources), db=str(db), only=["clean"])  # the last complete state
    before = state(db)
    assert len(before["articles"]) == 2

    marker = tmp_path / "in-load"
    proc = subprocess.Popen([sys.executable, "-c", PAUSED_IN_LOAD, str(marker), "crawl", "--sources", str(sources),
                             "--db", str(db), "--only", "zh"], env=env, cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert proc.poll() is None, "the crawl ended before its load"
            assert time.monotonic() < deadline, "the crawl never reached its load"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert state(db) == before  # the last complete state: no page, raw page, mention or run row of the batch
    assert staged_batches(db) == []

    again = crawl(env, sources, db, "zh")
    assert again.returncode == 0, again.stdout + again.stderr  # complete success: exit 0
    assert count(db, "articles") == 4
    assert count(db, "articles", "url = ?", fault_web.url("zh", "/xinwen/gbk")) == 1
    assert [lost for lost in lost_records(fault_web, db) if "Sichuan" in lost] == []


@pytest.mark.parametrize("bad, expect", [
    ("start_urls: ['file:///etc/passwd']", "source 'x': start_urls[0]: 'file:///etc/passwd' is not an http(s) URL"),
    ("start_urls: ['http://127.0.0.1:9/']\n    article_links: 'ul >> a'", "source 'x': article_links: invalid CSS selector"),
    ("start_urls: ['http://127.0.0.1:9/']\n    article_link: 'a'", "source 'x': unknown key 'article_link'"),
])
def test_bad_sources_file_is_one_line_exit_2(env, tmp_path, bad, expect):
    path = tmp_path / "sources.yaml"
    path.write_text(f"sources:\n  - name: x\n    {bad}\n", encoding="utf-8")
    proc = crawl(env, path, tmp_path / "w.duckdb")
    assert proc.returncode == 2
    assert one_line_error(proc).startswith(f"pactwatch: error: {path}: {expect}")
    assert not (tmp_path / "w.duckdb").exists()


@pytest.mark.parametrize("args, expect", [
    (["crawl", "--sources"], "argument --sources: expected one argument"),
    (["crawl", "--sources", "missing.yaml"], "sources file not found: missing.yaml"),
    (["crawl", "--sources", "sources.yaml", "--bogus"], "unrecognized arguments: --bogus"),
])
def test_bad_arguments_are_one_line_exit_2(env, tmp_path, args, expect):
    proc = subprocess.run(PACTWATCH + args, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert expect in one_line_error(proc)


def test_bad_setting_is_one_line_exit_2(env, sources, tmp_path):
    proc = crawl({**env, "PACTWATCH_READ_TIMEOUT": "soon"}, sources, tmp_path / "w.duckdb", "clean")
    assert proc.returncode == 2
    assert one_line_error(proc).startswith("pactwatch: error: settings: PACTWATCH_READ_TIMEOUT: ")
