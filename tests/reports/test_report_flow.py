"""The report flow on real Prefect over a real warehouse file: it writes the HTML report and
publishes markdown and table artifacts under stable keys, and the second run reports only what is new."""
from __future__ import annotations

import json
from datetime import datetime

import pytest
from report_warehouse import build

from flows.report import AGREEMENTS_KEY, COMMITMENTS_KEY, SUMMARY_KEY, report
from warehouse.db import connect, publish_read_copy


def _artifacts(key: str) -> list:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        got = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))
    return sorted(got, key=lambda a: a.created)


def _table(key: str) -> list[dict]:
    data = _artifacts(key)[-1].data
    return json.loads(data) if isinstance(data, str) else data


@pytest.fixture
def warehouse(prefect_env, tmp_path):
    return build(tmp_path / "pactwatch.duckdb")


def test_report_flow_publishes_artifacts_and_then_only_what_is_new(warehouse, tmp_path):
    first = report(db=str(warehouse), out=str(tmp_path / "first.html"))
    html = (tmp_path / "first.html").read_text(encoding="utf-8")
    assert 'Wuhan <span class="zh" lang="zh">武汉</span>' in html and "Low-Carbon City MOU" in html
    assert first["since"] is None and first["new"]["agreements"] == first["totals"]["agreements"] == 3
    summary = _artifacts(SUMMARY_KEY)[-1]
    assert summary.type == "markdown" and "everything is new" in summary.data
    assert f"| agreements | {first['totals']['agreements']} | {first['totals']['agreements']} |" in summary.data
    assert len(_table(AGREEMENTS_KEY)) == first["totals"]["agreements"] and _table(COMMITMENTS_KEY)

    con = connect(warehouse)   # a later load brings one new agreement
    con.execute("INSERT INTO agreements (agreement_id, agreement_type, title, parties, source_urls, first_seen_at,"
                " updated_at) VALUES ('ag_new', 'mou', 'Port Emissions MOU', ['Los Angeles', 'Shanghai'],"
                " ['http://127.0.0.1:9/new'], ?, ?)", [datetime(2100, 1, 1), datetime(2100, 1, 1)])
    publish_read_copy(warehouse, con)
    con.close()

    second = report(db=str(warehouse), out=str(tmp_path / "second.html"))
    assert second["since"] is not None
    assert second["new"] == {"events": 0, "agreements": 1, "commitments": 0, "articles": 0}
    summaries = _artifacts(SUMMARY_KEY)
    assert len(summaries) >= 2 and "since the previous report" in summaries[-1].data   # history accumulates
    assert "Port Emissions MOU" in summaries[-1].data
    assert [r["agreement_id"] for r in _table(AGREEMENTS_KEY)] == ["ag_new"]
    assert _table(COMMITMENTS_KEY) == []
