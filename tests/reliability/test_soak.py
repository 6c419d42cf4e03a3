"""Issue 19, the short soak: `pactwatch crawl` (a subprocess, its own process group) over bench/soak_web.py's web of
1,000 pages behind sitemap indexes with ~5% faults, SIGKILLed in the middle of a wave, then run again to the end.

The kill is counted, not timed: the web SIGKILLs the crawler's process group when it is about to send the 350th
article answer, inside the fourth wave's fetch (waves of 100), so the same waves are behind it on every machine.
After the second run: every good page once, every agreement served once and nothing else, no transient fault
left failed, the killed run's row `interrupted` (the second run said it resumes it), none left `running`.
"""
from __future__ import annotations

import json
import signal
import sys
from pathlib import Path

import pytest

from dbquery import rows

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.soak import check, crawl, crawl_env  # noqa: E402
from bench.soak_web import PERMANENT, TRANSIENT, SoakWeb  # noqa: E402

pytestmark = pytest.mark.timeout(240)

PAGES, WAVE, KILL_AT = 1000, 100, 350


@pytest.fixture(scope="module")
def soak(prefect_env, tmp_path_factory):
    """(web, warehouse, killed run, its `running` rows right after the kill, resuming run)."""
    from prefect.settings import PREFECT_API_URL

    tmp = tmp_path_factory.mktemp("soak")
    env = crawl_env(PREFECT_API_URL.value(), PACTWATCH_WAVE_PAGES=str(WAVE))
    with SoakWeb(PAGES) as web:
        sources, db = web.write_sources(tmp / "sources.yaml"), tmp / "soak.duckdb"
        killed = crawl(web, sources, db, env, kill_after=KILL_AT)
        left = rows(db, "SELECT run_id, status, source_stats FROM ingest_runs")
        resumed = crawl(web, sources, db, env)
        yield web, db, killed, left, resumed


def test_the_web_has_every_kind_of_fault(soak):
    web = soak[0]
    assert set(web.fault_counts()) == set(TRANSIENT + PERMANENT)
    assert 0.03 <= sum(web.fault_counts().values()) / PAGES <= 0.07
    assert len(web.agreements_served()) >= 90


def test_the_first_run_is_killed_mid_wave_and_leaves_a_running_row(soak):
    _, _, killed, left, _ = soak
    assert killed.killed and killed.code == -signal.SIGKILL
    assert KILL_AT <= killed.answers <= KILL_AT + 16  # requests already in flight when the group died
    (run_id, status, stats), = left  # waves before the one being fetched had committed
    assert status == "running" and run_id.startswith("ingest-")
    assert WAVE <= sum(s["seen"] for s in json.loads(stats).values()) < KILL_AT


def test_the_resumed_run_keeps_every_good_page_once(soak):
    web, db, _, _, resumed = soak
    assert resumed.code == 1, resumed.output[-3000:]  # partial success: the permanent faults are listed
    assert "Traceback" not in resumed.output
    got = check(web, db)
    assert got["lost"] == [] and got["kept"] == got["good"] == len(web.good_urls())
    assert got["not_good_kept"] == []
    assert got["pages_doubled"] == got["raw_doubled"] == 0
    assert resumed.bodies < len(web.good_urls())  # what the killed run loaded was not downloaded again


def test_agreements_are_exactly_the_distinct_ones_served(soak):
    web, db, _, _, _ = soak
    got = check(web, db)
    assert got["agreements_found"] == got["agreements_served"] == got["agreements"] == len(web.agreements_served())
    assert got["agreements_twice"] == got["agreements_unexpected"] == 0


def test_only_permanent_faults_fail_with_their_reasons(soak):
    web, db, _, _, _ = soak
    got = check(web, db)
    assert got["failed_not_permanent"] == []  # 500/503/429, closed, cut short: retried within the run
    kinds = web.permanent_failures()
    for url, why in got["failed"].items():
        expected = {"404": "gone: 404", "410": "gone: 410", "redirect loop": "redirect loop at"}[kinds[url]]
        assert why.startswith(expected)


def test_no_run_is_left_running_and_the_resume_is_said(soak):
    _, db, _, left, resumed = soak
    killed_id = left[0][0]
    statuses = dict(rows(db, "SELECT run_id, status FROM ingest_runs"))
    assert statuses.pop(killed_id) == "interrupted"
    assert list(statuses.values()) == ["completed"]
    said = [line for line in resumed.output.splitlines() if killed_id in line]
    assert said and "was interrupted" in said[0] and "resumes it" in said[0]
    assert not any(Path(str(db) + ".runs").glob("*.lock"))  # the dead run's lock file went with its row
