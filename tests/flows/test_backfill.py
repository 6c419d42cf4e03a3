"""Backfill over the bundled snapshot web (loopback HTTP, real DuckDB, real Prefect): the date window, what it never
downloads, resuming after an interruption, sitemap indexes, and the command line.

Window 2015-10-01..2015-12-31 on the snapshot: iCET's first listing page is in it and its second is all older, so
the third is never read; ICLEI's older articles are dated by its sitemap and never fetched; feed entries outside
the window (ISC, TCR 2016) are never fetched; iCET's second page is read (its articles carry no date until read); the Chinese portal's pages (2021) are read once, found outside the
window by their own date, and remembered.
"""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from snapshot import load_manifest
from dbquery import rows

pytestmark = pytest.mark.timeout(180)

ARTICLES = load_manifest()["articles"]
SINCE, UNTIL = date(2015, 10, 1), date(2015, 12, 31)
IN_WINDOW = {k for k, a in ARTICLES.items() if SINCE <= date.fromisoformat(a["published_on"]) <= UNTIL}
NEVER = ["s002", "n_icet_forum", "n_iclei_report", "s004", "n_isc_staff",
         "n_isc_workshop", "n_tcr_factors"]
_SCRIPT = Path(sys.executable).with_name("pactwatch")
PACTWATCH = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "cli.main"]


def article_gets(web) -> list[str]:
    """Article ids requested with GET (any status) since the log was reset."""
    by_path = {(a["site"], a["path"]): k for k, a in ARTICLES.items()}
    with web._lock:
        log = list(web.requests)
    return [by_path[(s, urlsplit(p).path)] for s, m, p, _ in log if m == "GET" and (s, urlsplit(p).path) in by_path]


def wait_for_first_chunk(proc: subprocess.Popen, read_copy: Path) -> None:
    """Until the backfill in `proc` has loaded its first chunk (the read copy holds a page) or has ended."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if read_copy.exists() and rows(read_copy, "SELECT count(*) FROM pages")[0][0] > 0:
            return
        time.sleep(0.1)


@pytest.fixture(scope="module")
def sources(snapshot_web, tmp_path_factory) -> Path:
    return snapshot_web.write_sources(tmp_path_factory.mktemp("bf") / "sources.yaml", rate_limit=0)


@pytest.fixture(scope="module")
def first(prefect_env, snapshot_web, sources, tmp_path_factory):
    from flows.backfill import backfill

    db = tmp_path_factory.mktemp("bf1") / "pactwatch.duckdb"
    snapshot_web.reset_log()
    summary = backfill(sources_file=str(sources), since=SINCE, until=UNTIL, db=str(db), chunk=3)
    return db, summary, article_gets(snapshot_web), list(snapshot_web.requests)


def test_loads_exactly_the_articles_published_in_the_window(first, snapshot_web):
    db, summary, _, _ = first
    urls = {r[0] for r in rows(db, "SELECT url FROM articles")}
    assert urls == {snapshot_web.url(k) for k in IN_WINDOW}
    assert all(SINCE <= r[0] <= UNTIL for r in rows(db, "SELECT published_on FROM articles"))
    assert summary["window"]["loaded"] == len(IN_WINDOW)
    assert rows(db, "SELECT count(*) FROM agreements")[0][0] > 0


def test_never_downloads_what_discovery_dated_outside_the_window(first):
    _, _, gets, log = first
    assert not set(NEVER) & set(gets), sorted(set(NEVER) & set(gets))
    assert len(gets) == len(set(gets)), "an article was downloaded twice"
    assert not [p for s, m, p, _ in log if s == "icet" and p.startswith("/english/news/list_3")]


def test_pages_read_outside_the_window_are_remembered_not_loaded(first, snapshot_web):
    db = first[0]
    seen = dict(rows(db, "SELECT url, outcome FROM seen_urls"))
    for k in ("n_cnenergy_chp", "n_cnenergy_grid", "s003"):
        assert seen[snapshot_web.url(k)] == "out_of_window"
    assert {u for u, o in seen.items() if o == "loaded"} == {snapshot_web.url(k) for k in IN_WINDOW}
    run = rows(db, "SELECT run_id, status, source_stats FROM ingest_runs")
    assert len(run) == 1 and run[0][0].startswith("backfill-") and run[0][1] == "completed"
    stats = json.loads(run[0][2])  # chunked loads (chunk=3) add up: each record counts once per source that reports it
    assert sum(s["records"]["new"] for s in stats.values()) >= rows(db, "SELECT (SELECT count(*) FROM events) + "
                                                                    "(SELECT count(*) FROM agreements) + "
                                                                    "(SELECT count(*) FROM commitments)")[0][0]


def test_a_second_backfill_downloads_no_article_and_changes_no_id(first, snapshot_web, sources):
    from flows.backfill import backfill

    db = first[0]
    before = rows(db, "SELECT agreement_id FROM agreements ORDER BY 1")
    snapshot_web.reset_log()
    summary = backfill(sources_file=str(sources), since=SINCE, until=UNTIL, db=str(db))
    assert article_gets(snapshot_web) == []
    assert rows(db, "SELECT agreement_id FROM agreements ORDER BY 1") == before
    assert summary["window"]["loaded"] == 0 and summary["window"]["settled_before"] >= len(IN_WINDOW)


def test_sitemap_index_is_followed(prefect_env, snapshot_web, tmp_path):
    from flows.backfill import backfill

    base = snapshot_web.base_urls["iclei"]
    snapshot_web.set_page("iclei", "/sitemap_index.xml",
                          '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
                          f'schemas/sitemap/0.9"><sitemap><loc>{base}/sitemap.xml</loc></sitemap></sitemapindex>')
    src = tmp_path / "sources.yaml"
    src.write_text(f"sources:\n  - name: iclei\n    sitemap: {base}/sitemap_index.xml\n    rate_limit: 0\n")
    try:
        backfill(sources_file=str(src), since=date(2015, 9, 1), db=str(tmp_path / "w.duckdb"))
    finally:
        snapshot_web.clear_overrides()
    urls = {r[0] for r in rows(tmp_path / "w.duckdb", "SELECT url FROM articles")}
    assert urls == {snapshot_web.url(k) for k in ("s001", "s002", "n_iclei_expected_mou")}


def test_interrupted_backfill_resumes_without_downloading_twice(prefect_env, snapshot_web, cli_env, tmp_path):
    """A real Ctrl-C (SIGINT) after the first chunk is loaded; the re-run finishes the window and downloads none
    of the articles the first run loaded. (At 2 requests/s a loaded CI machine once saw the run end first and the
    SIGINT land during interpreter exit, which Python ignores: hence 1/s.)"""
    from prefect.settings import PREFECT_API_URL

    env = {**cli_env, "PREFECT_API_URL": PREFECT_API_URL.value()}
    src = snapshot_web.write_sources(tmp_path / "sources.yaml", rate_limit=1.0)  # slow enough that the Ctrl-C lands mid-run
    db = tmp_path / "w.duckdb"
    args = PACTWATCH + ["backfill", "--sources", str(src), "--since", str(SINCE), "--until", str(UNTIL),
                        "--db", str(db), "--chunk", "2"]
    snapshot_web.reset_log()
    proc = subprocess.Popen(args, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_first_chunk(proc, tmp_path / "w.read.duckdb")
        assert proc.poll() is None, f"finished before it could be interrupted:\n{proc.communicate()}"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode != 0, out + "\n---stderr---\n" + err[-6000:]
    loaded_first = {r[0] for r in rows(db, "SELECT url FROM pages")}
    assert loaded_first and loaded_first < {snapshot_web.url(k) for k in IN_WINDOW}
    snapshot_web.reset_log()
    done = subprocess.run(args, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "backfill:" in done.stderr  # progress lines (a bar on a terminal)
    assert {r[0] for r in rows(db, "SELECT url FROM pages")} == {snapshot_web.url(k) for k in IN_WINDOW}
    again = {snapshot_web.url(k) for k in article_gets(snapshot_web)}
    assert not again & loaded_first, sorted(again & loaded_first)
    assert rows(db, "SELECT count(*), count(DISTINCT url) FROM evidence")[0][0] > 0
    assert "articles loaded" in done.stdout


def test_a_backfill_killed_outright_is_marked_interrupted_by_the_next(prefect_env, snapshot_web, cli_env, tmp_path):
    """SIGKILL to the backfill's process group once its first chunk is loaded (its row says `running`): no handler
    runs, only the run lock the kernel drops tells it died. The next backfill says it resumes that run, marks its
    row `interrupted` and finishes the window."""
    import os

    from prefect.settings import PREFECT_API_URL

    env = {**cli_env, "PREFECT_API_URL": PREFECT_API_URL.value()}
    src = snapshot_web.write_sources(tmp_path / "sources.yaml", rate_limit=1.0)  # slow enough to be killed mid-run
    db = tmp_path / "w.duckdb"
    args = PACTWATCH + ["backfill", "--sources", str(src), "--since", str(SINCE), "--until", str(UNTIL),
                        "--db", str(db), "--chunk", "2"]
    proc = subprocess.Popen(args, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        wait_for_first_chunk(proc, tmp_path / "w.read.duckdb")
        assert proc.poll() is None, f"finished before it could be killed:\n{proc.communicate()}"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    killed = rows(db, "SELECT run_id, status FROM ingest_runs")
    assert len(killed) == 1 and killed[0][0].startswith("backfill-") and killed[0][1] == "running"
    done = subprocess.run(args, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"run {killed[0][0]} (started" in done.stdout + done.stderr  # the warning line: what it resumes
    statuses = dict(rows(db, "SELECT run_id, status FROM ingest_runs"))
    assert statuses.pop(killed[0][0]) == "interrupted"
    assert list(statuses.values()) == ["completed"]
    assert {r[0] for r in rows(db, "SELECT url FROM pages")} == {snapshot_web.url(k) for k in IN_WINDOW}
    assert not (Path(str(db) + ".runs") / f"{killed[0][0]}.lock").exists()


def test_help_and_bad_input(cli_env, tmp_path):
    from cli.main import main

    with pytest.raises(SystemExit) as exc:
        main(["backfill", "--help"])
    assert exc.value.code == 0
    src = tmp_path / "s.yaml"
    src.write_text("sources: []\n")
    assert main(["backfill", "--sources", str(src), "--since", "2015-13-01"]) == 2
    assert main(["backfill", "--sources", str(src), "--since", "2016-01-01", "--until", "2015-01-01"]) == 2
    assert main(["backfill", "--sources", str(tmp_path / "missing.yaml"), "--since", "2015-01-01"]) == 2
