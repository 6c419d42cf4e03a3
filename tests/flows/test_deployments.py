"""The two documented ways to run the deployments, against a real `prefect server start` (SQLite, temporary
PREFECT_HOME, a free loopback port):

a) a process work pool + `prefect deploy --all` (from prefect.yaml) + `prefect worker start --run-once`, and
b) `pactwatch serve` (the same deployments served by one process).

Each triggers a run through the CLI (`prefect deployment run`) and finds its rows in the warehouse.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from tenacity import (Retrying, retry_if_exception_type, retry_if_result, retry_never, stop_after_attempt,
                      wait_exponential)

from dbquery import count  # tests/ is on sys.path (conftest lives there)

pytestmark = pytest.mark.timeout(360)

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PREFECT = [str(BIN / "prefect")] if (BIN / "prefect").exists() else [sys.executable, "-m", "prefect"]
PACTWATCH = [str(BIN / "pactwatch")] if (BIN / "pactwatch").exists() else [sys.executable, "-m", "cli.main"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`prefect server start` on 127.0.0.1 with its own PREFECT_HOME; yields (api url, env for CLI processes)."""
    home = tmp_path_factory.mktemp("prefect-server-home")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "PACTWATCH_"))}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_UI_ENABLED="false", NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    log = open(home / "server.log", "w")
    # the clients keep Prefect's default logging (INFO to the API), as a user's would
    proc = subprocess.Popen(PREFECT + ["server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            env={**env, "PREFECT_LOGGING_LEVEL": "WARNING"}, stdout=log, stderr=subprocess.STDOUT,
                            cwd=home)
    api = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 180  # (a loaded machine: both test workers busy)
        while True:
            assert proc.poll() is None, (home / "server.log").read_text()
            try:
                if requests.get(f"{api}/health", timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, "prefect server did not come up in 180 s"
            time.sleep(0.3)
        yield api, {**env, "PREFECT_API_URL": api}
    finally:
        _stop(proc)
        log.close()


def cli(cmd: list[str], env: dict, cwd: Path = ROOT, timeout: float = 120) -> str:
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{cmd}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def deployment(api: str, name: str) -> dict:
    r = requests.get(f"{api}/deployments/name/{name}", timeout=10)
    r.raise_for_status()
    return r.json()


def run_deployment(name: str, params: dict[str, str], env: dict) -> str:
    """`prefect deployment run` with parameters; returns the flow run id."""
    args = PREFECT + ["deployment", "run", name]
    for k, v in params.items():
        args += ["--param", f"{k}={v}"]
    out = cli(args, env)
    ids = [line.split()[-1] for line in out.splitlines() if "UUID" in line]
    assert ids, out
    return ids[0]


def _api(method: str, url: str, **kwargs) -> requests.Response:
    """One REST call, retried on 429/502/503 as Prefect's own client retries them (the SQLite-backed test server
    answered a create_flow_run with 503 once, on a busy machine, while `pactwatch serve` was polling it), and on a
    GET that timed out (reading a flow run took over 10 s once at a load of 20: a slow answer is no failure; a POST
    is not sent twice)."""
    slow = retry_if_exception_type((requests.ConnectionError, requests.Timeout)) if method == "GET" else retry_never
    r = Retrying(retry=retry_if_result(lambda r: r.status_code in (429, 502, 503)) | slow, stop=stop_after_attempt(5),
                 wait=wait_exponential(multiplier=0.5), retry_error_callback=lambda state: state.outcome.result()
                 )(requests.request, method, url, timeout=30, **kwargs)
    r.raise_for_status()
    return r


def create_run(api: str, name: str, params: dict) -> str:
    """A run of a deployment through the REST API; returns the flow run id."""
    return _api("POST", f"{api}/deployments/{deployment(api, name)['id']}/create_flow_run",
                json={"parameters": params}).json()["id"]


def wait_for_run(api: str, run_id: str, seconds: float) -> dict:
    deadline = time.monotonic() + seconds
    while True:
        run = _api("GET", f"{api}/flow_runs/{run_id}").json()
        if run["state"]["type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED"):
            return run
        assert time.monotonic() < deadline, f"run {run_id} still {run['state']['type']} after {seconds} s"
        time.sleep(0.5)


def run_started(api: str, run_id: str) -> float:
    """The flow run's start as a POSIX timestamp."""
    from datetime import datetime

    return datetime.fromisoformat(_api("GET", f"{api}/flow_runs/{run_id}").json()["start_time"]).timestamp()


@pytest.fixture(scope="module")
def deployed(server):
    """The work pool, and every deployment of prefect.yaml registered with `prefect deploy --all`."""
    api, env = server
    cli(PREFECT + ["work-pool", "create", "pactwatch", "--type", "process"], env)
    cli(PREFECT + ["--no-prompt", "deploy", "--all"], env)
    return api, env


def test_deploy_all_registers_ingest_backfill_and_report(deployed):
    api, _ = deployed
    ingest = deployment(api, "ingest/daily")
    assert ingest["work_pool_name"] == "pactwatch"
    assert any(s["active"] and s["schedule"].get("cron") == "0 5 * * *" for s in ingest["schedules"])
    backfill = deployment(api, "backfill/manual")
    assert {"sources_file", "since", "until"} <= set(backfill["parameter_openapi_schema"]["properties"])
    report = deployment(api, "report/after-ingest")
    for d in (ingest, backfill, report):
        assert d["global_concurrency_limit"]["limit"] == 1, d["name"]


def test_a_worker_runs_the_deployed_ingest_and_the_report_of_its_warehouse_follows(deployed, snapshot_web,
                                                                                   tmp_path):
    api, env = deployed
    db = tmp_path / "w.duckdb"
    sources = snapshot_web.write_sources(tmp_path / "sources.yaml", rate_limit=0)
    run_id = run_deployment("ingest/daily", {"sources_file": str(sources), "db": str(db)}, env)
    cli(PREFECT + ["worker", "start", "--pool", "pactwatch", "--run-once"], env, timeout=150)
    run = wait_for_run(api, run_id, 60)
    assert run["state"]["type"] == "COMPLETED", run["state"]
    assert count(db, "articles") == len(snapshot_web.manifest["articles"])
    assert count(db, "agreements") > 0 and count(db, "ingest_runs") == 1
    # the report deployment is triggered by the completed ingest (an automation on the server)
    deadline, reports = time.monotonic() + 90, []
    while not reports and time.monotonic() < deadline:
        reports = requests.post(f"{api}/flow_runs/filter", json={"deployments": {"id": {"any_": [
            deployment(api, "report/after-ingest")["id"]]}}}, timeout=10).json()
        time.sleep(0.5)
    assert reports, "no report run followed the ingest"
    # ... on the warehouse that run wrote (the trigger passes the ingest run's `db` on), not the default one
    assert reports[0]["parameters"]["db"] == str(db)
    cli(PREFECT + ["worker", "start", "--pool", "pactwatch", "--run-once"], env, timeout=150)
    report = wait_for_run(api, reports[0]["id"], 60)
    assert report["state"]["type"] == "COMPLETED", report["state"]
    assert (tmp_path / "w.report.html").is_file()  # written beside that warehouse
    assert not (ROOT / "pactwatch.report.html").exists() or \
        (ROOT / "pactwatch.report.html").stat().st_mtime < run_started(api, run_id)


def start_serve(env: dict, cwd: Path) -> tuple[subprocess.Popen, object]:
    """`pactwatch serve` logging to cwd/serve.log, once it says its deployments are being served."""
    log = open(cwd / "serve.log", "w")
    proc = subprocess.Popen(PACTWATCH + ["serve"], env={**env, "PYTHONUNBUFFERED": "1"}, cwd=cwd, stdout=log,
                            stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while "being served" not in (cwd / "serve.log").read_text():
        if proc.poll() is not None or time.monotonic() > deadline:
            _stop(proc)
            log.close()
            pytest.fail(f"serve did not register its deployments in 120 s:\n{(cwd / 'serve.log').read_text()}")
        time.sleep(0.3)
    return proc, log


def test_pactwatch_serve_runs_a_backfill_without_a_work_pool(deployed, snapshot_web, tmp_path):
    api, env = deployed
    db = tmp_path / "w.duckdb"
    sources = snapshot_web.write_sources(tmp_path / "sources.yaml", rate_limit=0)
    waiting = requests.post(f"{api}/flow_runs/filter", json={"flow_runs": {"state": {"type": {"any_": [
        "SCHEDULED", "PENDING"]}}}}, timeout=10).json()
    for run in waiting:  # runs left by the other test (the triggered report): not this test's business
        requests.delete(f"{api}/flow_runs/{run['id']}", timeout=10)
    proc, log = start_serve(env, tmp_path)
    try:
        run_id = create_run(api, "backfill/manual", {"sources_file": str(sources), "db": str(db),
                                                     "since": "2015-10-01", "until": "2015-12-31"})
        run = wait_for_run(api, run_id, 90)
        assert run["state"]["type"] == "COMPLETED", (run["state"], (tmp_path / "serve.log").read_text())
        proc.terminate()  # SIGTERM, as a service manager stops it
        assert proc.wait(timeout=60) == 0
    finally:
        _stop(proc)
        log.close()
    assert "never awaited" not in (tmp_path / "serve.log").read_text()
    assert count(db, "articles") == 6
    assert count(db, "seen_urls") > 6
    # the run's task logs reached the API at INFO: `prefect flow-run logs` shows what each fetch task fetched
    logs = cli(PREFECT + ["flow-run", "logs", run_id], env)
    assert " fetched from ['127.0.0.1:" in logs, logs


def test_pactwatch_serve_stops_cleanly_on_ctrl_c(deployed, tmp_path):
    import signal

    _, env = deployed
    proc, log = start_serve(env, tmp_path)
    try:
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        assert proc.wait(timeout=60) == 0
    finally:
        _stop(proc)
        log.close()
    out = (tmp_path / "serve.log").read_text()
    assert "never awaited" not in out and "Traceback" not in out, out
    assert "pactwatch: serve stopped" in out
