"""A run's health: each source ok / partial / failed with a plain reason; the run's Prefect state and exit code.

Real parts: sources on 127.0.0.1 (a closed port, the snapshot web), the ingest flow against the session's
Prefect API, the `pactwatch` command as a subprocess reporting to that same API.
"""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows.health import RunFailed, exit_code, judge, verdict
from flows.ingest import ingest
from tests.scrapers.loopback import Loopback

_SCRIPT = Path(sys.executable).with_name("pactwatch")
PACTWATCH = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "cli.main"]


def _closed_port_url(path: str) -> str:
    with Loopback() as gone:  # a port that listened a moment ago and now refuses connections
        return gone.url(path)


def _flow_run_state(flow_run_id):
    from prefect.client.orchestration import get_client

    async def read():
        async with get_client() as client:
            return (await client.read_flow_run(flow_run_id)).state
    return asyncio.run(read())


# --- pure judgements ---------------------------------------------------------------------------------------

def test_judge_names_what_went_wrong():
    unreachable = {"listing_pages": 1, "discovery_failed": {"http://h:9/": "connection failed: connection "
                                                            "refused to h:9"}}
    assert judge(unreachable) == ("failed", ["nothing reachable: connection refused to h:9 (discovery http://h:9/)"])
    empty = {"listing_pages": 1, "discovery_empty": ["selector `a.x` matched nothing on http://h/"]}
    assert judge(empty) == ("failed", ["no article link found", "selector `a.x` matched nothing on http://h/"])
    all_bad = {"found": 2, "seen": 2, "failed": {"http://h/1": "http 500", "http://h/2": "http 500"}}
    assert judge(all_bad) == ("failed", ["every article page failed: HTTP 500 (2 article pages, e.g. http://h/1)"])
    some_bad = {"found": 2, "seen": 2, "fetched": 1, "failed": {"http://h/2": "gone: 404"}}
    assert judge(some_bad) == ("partial", ["HTTP 404 (page gone) (article http://h/2)"])
    assert judge({"found": 3, "seen": 3, "unchanged": 3}) == ("ok", [])


def test_run_verdict_and_exit_code():
    def run(*healths):
        return {"sources": {f"s{i}": {"health": h, "reasons": [f"r{i}"] if h != "ok" else []}
                            for i, h in enumerate(healths)}, "load": {}}
    assert verdict(run("failed", "failed"))[0] == "failed" and exit_code(run("failed", "failed")) == 3
    assert verdict(run("ok", "failed")) == ("partial", "1 of 2 sources failed: s1: r1")
    assert exit_code(run("ok", "partial")) == 1 and exit_code(run("ok", "ok")) == 0
    assert exit_code({**run("ok"), "load": {"staged": "/x"}}) == 1


# --- real runs ----------------------------------------------------------------------------------------------

def test_unreachable_sources_fail_the_flow_run_with_a_reason_each(prefect_env, tmp_path):
    url = _closed_port_url("/news/")
    host = url.split("/")[2]
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"""sources:
  - name: refused
    start_urls: {url}
    article_links: a.story
    rate_limit: 0
  - name: nodns
    feed: http://no-such-host.invalid/feed.xml
""", encoding="utf-8")
    state = ingest(sources_file=str(sources), db=str(tmp_path / "w.duckdb"), return_state=True)
    assert state.is_failed()
    assert _flow_run_state(state.state_details.flow_run_id).type.value == "FAILED"  # what the API and UI show
    with pytest.raises(RunFailed) as failed:
        state.result()
    srcs = failed.value.summary["sources"]
    assert srcs["refused"]["health"] == srcs["nodns"]["health"] == "failed"
    assert f"connection refused to {host}" in srcs["refused"]["reasons"][0]
    assert "DNS failure: no address for no-such-host.invalid" in srcs["nodns"]["reasons"][0]


def test_crawl_of_unreachable_sources_exits_3_and_its_prefect_run_is_failed(prefect_env, cli_env, tmp_path):
    from prefect.settings import PREFECT_API_URL

    url = _closed_port_url("/news/")
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"- name: refused\n  start_urls: {url}\n  article_links: a.story\n", encoding="utf-8")
    env = {**cli_env, "PREFECT_API_URL": PREFECT_API_URL.value(), "PACTWATCH_RETRIES": "0"}
    proc = subprocess.run(PACTWATCH + ["crawl", "--sources", str(sources), "--db", str(tmp_path / "w.duckdb")],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.splitlines()[0] == "crawl: starting Prefect and the ingest flow ..."  # before Prefect starts
    assert f"source [refused] failed: nothing reachable: connection refused to {url.split('/')[2]}" in proc.stdout
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterParentTaskRunId

    async def runs():
        async with get_client() as client:
            found = await client.read_flow_runs(flow_run_filter=FlowRunFilter(
                parent_task_run_id=FlowRunFilterParentTaskRunId(is_null_=True)))
            return [r for r in found if r.parameters.get("sources_file") == str(sources)]
    [run] = asyncio.run(runs())
    assert run.state.type.value == "FAILED" and "every source failed" in run.state.message


def test_selectors_matching_nothing_fail_the_source_and_a_good_one_makes_it_partial(prefect_env, snapshot_web,
                                                                                   tmp_path):
    import yaml

    written = snapshot_web.write_sources(tmp_path / "good.yaml", rate_limit=0)
    good = [s for s in yaml.safe_load(Path(written).read_text(encoding="utf-8"))["sources"]
            if s.get("start_urls") and s.get("article_links")][0]
    broken = {**good, "name": "broken", "article_links": "a.no-such-class", "feed": None, "sitemap": None}
    broken = {k: v for k, v in broken.items() if v is not None}
    sources = tmp_path / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": [broken]}), encoding="utf-8")
    state = ingest(sources_file=str(sources), db=str(tmp_path / "w.duckdb"), return_state=True)
    assert state.is_failed()
    reasons = state.result(raise_on_failure=False).summary["sources"]["broken"]["reasons"]
    assert reasons[0] == "no article link found"
    assert "selector `a.no-such-class` matched nothing on http://127.0.0.1:" in reasons[1]
    sources.write_text(yaml.safe_dump({"sources": [good, broken]}), encoding="utf-8")
    state = ingest(sources_file=str(sources), db=str(tmp_path / "w.duckdb"), only=[good["name"], "broken"],
                   return_state=True)
    assert state.is_completed() and state.name == "Partial" and "1 of 2 sources failed" in state.message
    summary = state.result()
    assert summary["sources"][good["name"]]["health"] == "ok" and exit_code(summary) == 1
