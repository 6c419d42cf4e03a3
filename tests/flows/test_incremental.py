"""Incremental crawling and what a run leaves behind, on the real flow over the snapshot web:

- the same ingest on a Dask LocalCluster of two worker processes (prefect-dask's DaskTaskRunner) loads the same
  warehouse as on threads, and its second run downloads no article body;
- with `recheck_days`, a second run asks for no article at all (the seen-URL store answers);
- each run leaves an `ingest_runs` row and a Prefect table artifact with per-source figures.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from dbquery import rows as q

pytestmark = pytest.mark.timeout(240)


def article_requests(web) -> list[tuple[str, int]]:
    paths = {(a["site"], a["path"]) for a in web.manifest["articles"].values()}
    with web._lock:
        return [(p, st) for s, m, p, st in web.requests if m == "GET" and (s, urlsplit(p).path) in paths]


@pytest.fixture(scope="module")
def sources(snapshot_web, tmp_path_factory) -> Path:
    return snapshot_web.write_sources(tmp_path_factory.mktemp("inc") / "sources.yaml", rate_limit=0)


DASK_SITES = ["icet", "iclei"]  # two sites: enough tasks for both workers, few enough for a busy machine


@pytest.mark.timeout(600)  # a bound, not a speed check: a busy 2-core machine starts worker processes slowly
def test_runs_on_a_dask_cluster_of_two_workers(prefect_env, snapshot_web, sources, tmp_path):
    from distributed import LocalCluster
    from prefect_dask import DaskTaskRunner

    from flows.ingest import ingest

    db = tmp_path / "dask.duckdb"
    articles = [a for a in snapshot_web.manifest["articles"].values() if a["site"] in DASK_SITES]
    with LocalCluster(n_workers=2, threads_per_worker=2, processes=True, dashboard_address=None) as cluster:
        with cluster.get_client() as client:
            client.wait_for_workers(2)
            # each worker imports the flows before the run (under load an import takes many seconds), so the
            # run's tasks are not the first thing a worker does
            client.run(lambda: __import__("flows.tasks") and None)
        on_dask = ingest.with_options(task_runner=DaskTaskRunner(address=cluster.scheduler_address))
        snapshot_web.reset_log()
        first = on_dask(sources_file=str(sources), db=str(db), only=DASK_SITES)
        assert len(article_requests(snapshot_web)) == len(articles)
        snapshot_web.reset_log()
        second = on_dask(sources_file=str(sources), db=str(db), only=DASK_SITES)
        with cluster.get_client() as client:  # the tasks really ran in the cluster's worker processes
            executed = client.run(lambda dask_worker: dask_worker.state.executed_count)
    assert len(executed) == 2 and sum(executed.values()) >= 8, executed  # walk, fetch, read: 2 + 2 + 1, then 2 + 2
    assert q(db, "SELECT count(*) FROM articles")[0][0] == len(articles)
    assert q(db, "SELECT count(*) FROM agreements")[0][0] > 0
    assert all(st == 304 for _, st in article_requests(snapshot_web))
    assert sum(s["fetched"] for s in second["sources"].values()) == 0
    assert sum(s["fetched"] for s in first["sources"].values()) == len(articles)


def test_task_runner_setting_picks_dask(monkeypatch):
    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect_dask import DaskTaskRunner

    from flows.runner import task_runner

    monkeypatch.delenv("PACTWATCH_DASK", raising=False)
    assert isinstance(task_runner(), ThreadPoolTaskRunner)
    monkeypatch.setenv("PACTWATCH_DASK", "local:2")
    assert isinstance(task_runner(), DaskTaskRunner)
    assert isinstance(task_runner("tcp://127.0.0.1:8786"), DaskTaskRunner)


def test_recheck_days_asks_for_no_recent_article(prefect_env, snapshot_web, sources, tmp_path):
    from flows.ingest import ingest

    db = tmp_path / "w.duckdb"
    ingest(sources_file=str(sources), db=str(db))
    snapshot_web.reset_log()
    ingest(sources_file=str(sources), db=str(db))  # conditional GETs: every article answers 304
    assert {st for _, st in article_requests(snapshot_web)} == {304}
    snapshot_web.reset_log()
    summary = ingest(sources_file=str(sources), db=str(db), recheck_days=1)
    assert article_requests(snapshot_web) == []
    assert sum(s["not_due"] for s in summary["sources"].values()) == len(snapshot_web.manifest["articles"])
    assert snapshot_web.requested("icet")  # listings are read again


def test_each_run_leaves_an_ingest_runs_row_and_a_table_artifact(prefect_env, snapshot_web, sources, tmp_path):
    from prefect.artifacts import Artifact

    from flows.ingest import ingest

    db = tmp_path / "w.duckdb"
    summary = ingest(sources_file=str(sources), db=str(db))
    (run_id, started, ended, stats, records), = q(
        db, "SELECT run_id, started_at, ended_at, source_stats, record_stats FROM ingest_runs")
    assert run_id.startswith("ingest-") and started <= ended
    stats = json.loads(stats)
    assert set(stats) == set(snapshot_web.manifest["sites"])
    for name, s in stats.items():
        assert {"seen", "fetched", "unchanged", "failed", "records"} <= set(s), name
        assert s["records"] == summary["sources"][name]["records"]
    assert sum(s["records"]["new"] for s in stats.values()) > 0
    assert sum(s["records"]["merged"] for s in stats.values()) > 0  # the syndicated copy folds into the original
    assert json.loads(records)["records"]["agreement"]["new"] > 0
    art = Artifact.get("ingest-run")
    assert art is not None and art.type == "table"
    rows = json.loads(art.data) if isinstance(art.data, str) else art.data
    by_source = {r["source"]: r for r in rows}
    assert set(by_source) == set(snapshot_web.manifest["sites"]) | {"(all)"}
    assert by_source["(all)"]["fetched"] == len(snapshot_web.manifest["articles"])
    assert all(by_source[name]["health"] == "ok" for name in snapshot_web.manifest["sites"])  # with its reasons
    # the description says what this run changed, not what the warehouse holds
    made = sum(c["new"] for c in summary["load"]["records"].values())
    assert made > 0 and f"ok: 5 sources ok; this run: articles {len(snapshot_web.manifest['articles'])} new, " \
        f"0 updated; records {made} new, 0 updated" in art.description
