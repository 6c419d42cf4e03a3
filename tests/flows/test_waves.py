"""The ingest in waves (PACTWATCH_WAVE_PAGES): the real flow over the snapshot web on loopback into real DuckDB files.

- waves of 3 articles load the same records, ids and counts as one wave, and the run's one `ingest_runs` row and
  summary cover the whole run (per-source stats and records, summed load report);
- a second run in waves is idempotent and downloads no article body;
- a wave whose load raises loses nothing: its batch is staged, the next wave loads it first, the run ends failed
  with a row saying so, and the warehouse holds what a clean run holds.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from dbquery import rows as q

pytestmark = pytest.mark.timeout(300)

# Records and their ids. An event's id is compared by its fields instead: ids are stable across loads (a record
# keeps the id it got first), and an event's natural key (its name) may change once a later load adds mentions,
# so an event first loaded from part of its mentions keeps an id a one-load run would not give it.
IDS = {"pages": "url", "agreements": "agreement_id", "commitments": "commitment_id",
       "events": "concat_ws('|', name, start_on, end_on, city, country, array_to_string(list_sort(source_urls), ' '))",
       "evidence": "concat_ws('|', record_type, CASE WHEN record_type <> 'event' THEN record_id END, url, quote)",
       "seen_urls": "url || '|' || outcome"}


def ids(db: Path) -> dict[str, list[str]]:
    return {rel: sorted(r[0] for r in q(db, f"SELECT {expr} FROM {rel}")) for rel, expr in IDS.items()}


def run_row(db: Path) -> tuple[str, dict, dict]:
    (status, stats, records), = q(db, "SELECT status, source_stats, record_stats FROM ingest_runs")
    return status, json.loads(stats), json.loads(records)


def figures(summary: dict) -> dict:
    keep = ("seen", "fetched", "unchanged", "not_due", "gone", "failed", "skipped", "records")
    return {n: {k: s[k] for k in keep} for n, s in summary["sources"].items()}


def article_bodies(web) -> int:
    paths = {(a["site"], a["path"]) for a in web.manifest["articles"].values()}
    return sum(1 for s, m, p, st in web.requests if m == "GET" and st == 200 and (s, urlsplit(p).path) in paths)


@pytest.fixture(scope="module")
def sources(snapshot_web, tmp_path_factory) -> Path:
    return snapshot_web.write_sources(tmp_path_factory.mktemp("waves") / "sources.yaml", rate_limit=0)


@pytest.fixture(scope="module")
def one_wave(prefect_env, sources, tmp_path_factory):
    """The reference: the whole crawl in one wave."""
    from flows.ingest import ingest

    db = tmp_path_factory.mktemp("one") / "w.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PACTWATCH_WAVE_PAGES", "1000")
        summary = ingest(sources_file=str(sources), db=str(db))
    return db, summary


def test_waves_of_three_load_what_one_wave_loads(prefect_env, snapshot_web, sources, one_wave, tmp_path,
                                                 monkeypatch):
    from flows.ingest import ingest

    ref_db, ref = one_wave
    n_articles = len(snapshot_web.manifest["articles"])
    assert n_articles > 9  # several waves of 3
    monkeypatch.setenv("PACTWATCH_WAVE_PAGES", "3")
    db = tmp_path / "w.duckdb"
    summary = ingest(sources_file=str(sources), db=str(db))

    assert ids(db) == ids(ref_db), _diff(ids(db), ids(ref_db))
    assert figures(summary) == figures(ref)
    assert sum(s["fetched"] for s in summary["sources"].values()) == n_articles
    # one row for the run, completed, with the whole run's per-source figures and summed load report
    status, stats, records = run_row(db)
    ref_status, ref_stats, ref_records = run_row(ref_db)
    assert status == ref_status == "completed"
    assert {n: s["records"] for n, s in stats.items()} == {n: s["records"] for n, s in ref_stats.items()}
    assert {n: s["fetched"] for n, s in stats.items()} == {n: s["fetched"] for n, s in ref_stats.items()}
    assert records["articles"] == ref_records["articles"] and records["articles"]["new"] == n_articles
    assert records["batch_mentions"] == ref_records["batch_mentions"]
    assert records["mentions"] == ref_records["mentions"]
    assert records["duplicates_merged"] == ref_records["duplicates_merged"]  # warehouse totals are not summed
    for rtype, c in records["records"].items():  # nor are the rows a wave left unchanged
        assert c["new"] + c["updated"] + c["unchanged"] >= q(db, f"SELECT count(*) FROM {rtype}s")[0][0] >= c["new"]
    assert summary["load"]["articles"]["new"] == n_articles

    # a second run in waves: nothing downloaded, nothing changed, the row and summary say so
    snapshot_web.reset_log()
    again = ingest(sources_file=str(sources), db=str(db))
    assert article_bodies(snapshot_web) == 0
    assert ids(db) == ids(ref_db)
    assert sum(s["unchanged"] for s in again["sources"].values()) == n_articles
    assert q(db, "SELECT count(*) FROM ingest_runs")[0][0] == 2
    (stats2,), = q(db, "SELECT source_stats FROM ingest_runs ORDER BY started_at DESC LIMIT 1")
    assert sum(s["unchanged"] for s in json.loads(stats2).values()) == n_articles


def test_a_failed_wave_loses_nothing(prefect_env, snapshot_web, sources, one_wave, tmp_path, monkeypatch):
    """The second wave's load raises (a fault injected into the warehouse write): the batch is staged, the third
    wave's load drains it, the run fails with a `failed` row, and the warehouse equals a clean run's."""
    import warehouse.staging as staging
    from flows.ingest import ingest
    from flows.waves import WaveFailed

    ref_db, _ = one_wave
    real, calls = staging.load_into, []

    def second_load_fails(*args, **kwargs):
        calls.append(len(args[1]))
        if len(calls) == 2:
            raise RuntimeError("injected: disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(staging, "load_into", second_load_fails)
    monkeypatch.setenv("PACTWATCH_WAVE_PAGES", "3")
    db = tmp_path / "w.duckdb"
    with pytest.raises(WaveFailed, match="wave 2/.*injected: disk full"):
        ingest(sources_file=str(sources), db=str(db))
    assert calls[1] == calls[2] > 0  # the failed batch was loaded again, before the third wave's own batch
    assert staging.staged_batches(db) == []
    assert ids(db) == ids(ref_db)
    status, stats, _ = run_row(db)
    assert status == "failed"
    assert sum(s["fetched"] for s in stats.values()) == len(snapshot_web.manifest["articles"])

    monkeypatch.setattr(staging, "load_into", real)
    snapshot_web.reset_log()
    ingest(sources_file=str(sources), db=str(db))
    assert article_bodies(snapshot_web) == 0
    assert ids(db) == ids(ref_db)


def _diff(a: dict, b: dict) -> dict:
    return {k: (sorted(set(a[k]) - set(b[k]))[:5], sorted(set(b[k]) - set(a[k]))[:5]) for k in a if a[k] != b[k]}
