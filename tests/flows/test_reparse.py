"""Reparse: every stored raw page is read again with the current extractor, with no network, and records are
updated in place (a fact keeps its id) and stamped with the extractor version.

An older extractor is simulated on a real crawl's warehouse: records and mentions carry another version, one
agreement's date is wrong in both its row and its mention, and one commitment (with its mentions and evidence) is
missing. Reparse must fix all three without a single HTTP request.
"""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest
from dbquery import rows as q

pytestmark = pytest.mark.timeout(180)

TABLES = {"events": "event_id", "agreements": "agreement_id", "commitments": "commitment_id"}


def all_ids(db: Path) -> dict[str, set[str]]:
    return {t: {r[0] for r in q(db, f"SELECT {k} FROM {t}")} for t, k in TABLES.items()}


@pytest.fixture(scope="module")
def crawled(prefect_env, snapshot_web, tmp_path_factory) -> Path:
    from flows.ingest import ingest

    d = tmp_path_factory.mktemp("reparse")
    db = d / "pactwatch.duckdb"
    ingest(sources_file=str(snapshot_web.write_sources(d / "sources.yaml", rate_limit=0)), db=str(db))
    return db


@pytest.fixture(scope="module")
def reparsed(crawled, snapshot_web, tmp_path_factory):
    """(ids before tampering, the tampered agreement (id, date), the removed commitment, db after reparse)."""
    from flows.reparse import reparse

    db = tmp_path_factory.mktemp("reparse2") / "pactwatch.duckdb"
    shutil.copy2(crawled, db)
    before = all_ids(db)
    con = duckdb.connect(str(db))
    try:
        aid, signed_on = con.execute("SELECT agreement_id, signed_on FROM agreements WHERE signed_on IS NOT NULL "
                                     "ORDER BY agreement_id LIMIT 1").fetchone()
        con.execute("UPDATE agreements SET signed_on = DATE '1999-01-01' WHERE agreement_id = ?", [aid])
        for key, fields in con.execute("SELECT mention_key, fields FROM mentions WHERE record_id = ?", [aid]).fetchall():
            f = json.loads(fields)
            f["signed_on"] = "1999-01-01"
            con.execute("UPDATE mentions SET fields = ? WHERE mention_key = ?", [json.dumps(f), key])
        cid = con.execute("SELECT commitment_id FROM commitments ORDER BY commitment_id LIMIT 1").fetchone()[0]
        con.execute("DELETE FROM commitments WHERE commitment_id = ?", [cid])
        con.execute("DELETE FROM evidence WHERE record_id = ?", [cid])
        con.execute("DELETE FROM mentions WHERE record_id = ?", [cid])
        for t in TABLES:
            con.execute(f"UPDATE {t} SET extractor_version = 'old-rules'")
        con.execute("UPDATE mentions SET extractor_version = 'old-rules'")
    finally:
        con.close()
    snapshot_web.reset_log()
    summary = reparse(db=str(db), batch=7)  # several batches
    return before, (aid, signed_on), cid, db, summary, list(snapshot_web.requests)


def test_reparse_downloads_nothing(reparsed):
    assert reparsed[5] == []


def test_ids_stay_and_a_wrong_field_is_fixed_in_place(reparsed):
    before, (aid, signed_on), _, db, _, _ = reparsed
    assert q(db, "SELECT signed_on FROM agreements WHERE agreement_id = ?", aid) == [(signed_on,)]
    assert signed_on != date(1999, 1, 1)
    assert all_ids(db) == before


def test_a_missed_fact_comes_back_with_evidence(reparsed):
    _, _, cid, db, _, _ = reparsed
    assert q(db, "SELECT count(*) FROM commitments WHERE commitment_id = ?", cid) == [(1,)]
    assert q(db, "SELECT count(*) > 0 FROM evidence WHERE record_id = ?", cid) == [(True,)]


def test_every_record_says_which_extractor_produced_it(reparsed):
    from scrapers.extract import extractor_version

    db = reparsed[3]
    for t in TABLES:
        assert q(db, f"SELECT DISTINCT extractor_version FROM {t}") == [(extractor_version(),)], t
    assert q(db, "SELECT DISTINCT extractor_version FROM mentions") == [(extractor_version(),)]
    runs = q(db, "SELECT status FROM ingest_runs WHERE run_id LIKE 'reparse-%'")
    assert runs == [("completed",)]


def test_reparse_of_an_unchanged_warehouse_changes_no_row(crawled, tmp_path):
    from flows.reparse import reparse

    db = tmp_path / "w.duckdb"
    shutil.copy2(crawled, db)
    snap = {t: q(db, f"SELECT * EXCLUDE (updated_at) FROM {t} ORDER BY 1") for t in TABLES}
    summary = reparse(db=str(db))
    assert {t: q(db, f"SELECT * EXCLUDE (updated_at) FROM {t} ORDER BY 1") for t in TABLES} == snap
    assert all(c["new"] == c["updated"] == c["removed"] == 0 for c in summary["load"]["records"].values())


def test_help_and_missing_warehouse(tmp_path, capsys):
    from cli.main import main

    with pytest.raises(SystemExit) as exc:
        main(["reparse", "--help"])
    assert exc.value.code == 0 and "pactwatch reparse --db" in capsys.readouterr().out
    assert main(["reparse", "--db", str(tmp_path / "missing.duckdb")]) == 2
