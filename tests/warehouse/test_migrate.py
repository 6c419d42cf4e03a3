"""Migrations: the public relations match RECORDS.md exactly, and an old-schema file upgrades with data intact."""
from __future__ import annotations

import gzip
import re
import shutil
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from warehouse.db import connect
from warehouse.migrate import MIGRATIONS_DIR, applied_versions, available_migrations, migrate

DATA = Path(__file__).with_name("data")

from public_schema import PUBLIC_COLUMNS as EXPECTED  # noqa: E402


def columns(con, relation: str) -> list[tuple[str, str]]:
    return con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [relation]).fetchall()




@pytest.mark.parametrize("relation", sorted(EXPECTED))
def test_public_relations_have_exact_columns_and_types(tmp_path, relation):
    con = connect(tmp_path / "w.duckdb")
    got = columns(con, relation)
    want = EXPECTED[relation]
    if relation == "articles":
        assert got == want  # a view: exactly these, in this order
    else:
        assert got[:len(want)] == want  # tables: these first; extra provenance columns after
    kind = con.execute("SELECT table_type FROM information_schema.tables WHERE table_name = ?", [relation]).fetchone()
    assert kind[0] == ("VIEW" if relation == "articles" else "BASE TABLE")


def test_internal_tables_exist(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"pages", "raw_pages", "mentions", "ingest_runs", "schema_migrations"} <= names
    assert ("body_gz", "BLOB") in columns(con, "raw_pages")
    assert ("headers", "JSON") in columns(con, "raw_pages")
    assert ("fields", "JSON") in columns(con, "mentions")
    for t in ("events", "agreements", "commitments"):
        assert {"first_seen_at", "updated_at", "extractor_version"} <= {c for c, _ in columns(con, t)}


def test_migrations_are_recorded_once(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    versions = [m.version for m in available_migrations()]
    assert versions[:2] == [1, 2] and versions == sorted(versions)
    assert migrate(con) == versions
    assert migrate(con) == []
    rows = con.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == versions and all(isinstance(r[2], datetime) for r in rows)


def test_articles_view_puts_the_original_first(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    rows = [("http://b/copy", date(2021, 5, 2)), ("http://a/orig", date(2021, 5, 1)), ("http://c/undated", None),
            ("http://d/copy2", date(2021, 5, 3))]
    for url, d in rows:
        con.execute("INSERT INTO pages (url, source, published_on, text, first_seen_at) VALUES (?, 's', ?, 't', now())",
                    [url, d])
    got = [r[0] for r in con.execute("SELECT url FROM articles").fetchall()]
    assert got == ["http://a/orig", "http://b/copy", "http://d/copy2", "http://c/undated"]


def make_v1(path: Path) -> None:
    """An 'old' warehouse: only migration 0001 applied, with rows in it (what release 1 would have left)."""
    con = duckdb.connect(str(path))
    assert migrate(con, target=1) == [1]
    con.execute((DATA / "v0001_rows.sql").read_text(encoding="utf-8"))
    con.close()


def test_old_schema_upgrades_with_data_intact(tmp_path):
    db = tmp_path / "old.duckdb"
    make_v1(db)
    ro = duckdb.connect(str(db), read_only=True)
    tables = ("pages", "agreements", "evidence", "mentions", "raw_pages")
    old_cols = {t: [c for c, _ in columns(ro, t)] for t in tables}
    before = {t: ro.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}
    assert applied_versions(ro) == [1]
    ro.close()

    con = connect(db)  # a writable open upgrades
    assert applied_versions(con)[:2] == [1, 2]
    for t, rows in before.items():
        after = con.execute(f"SELECT {', '.join(old_cols[t])} FROM {t} ORDER BY ALL").fetchall()
        assert after == rows, t
    assert con.execute("SELECT count(*) FROM agreements WHERE extractor_version IS NULL").fetchone()[0] == 1
    assert con.execute("SELECT parties FROM agreements").fetchone()[0] == ["Wuhan", "Los Angeles"]
    assert con.execute("SELECT count(*) FROM ingest_runs").fetchone()[0] == 0
    assert con.execute("SELECT url FROM articles").fetchall() == [("http://old.example/a",)]


def test_committed_v1_fixture_file_upgrades(tmp_path):
    """The binary file in data/ was written by release 1's schema; it must keep opening after every migration."""
    db = tmp_path / "v1.duckdb"
    with gzip.open(DATA / "v0001.duckdb.gz", "rb") as src, open(db, "wb") as dst:
        shutil.copyfileobj(src, dst)
    con = connect(db)
    assert applied_versions(con)[:2] == [1, 2]
    assert con.execute("SELECT title FROM agreements").fetchall() == [("Wuhan-LA MOU on low-carbon cities",)]
    assert con.execute("SELECT count(*) FROM evidence").fetchone()[0] == 2


def test_failed_migration_rolls_back_whole(tmp_path):
    mig = tmp_path / "migs"
    mig.mkdir()
    for m in available_migrations():
        shutil.copy(m.path, mig / m.path.name)
    (mig / "0999_broken.sql").write_text("CREATE TABLE half_done (a INTEGER);\nSELECT * FROM no_such_table;\n")
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    with pytest.raises(duckdb.Error):
        migrate(con, directory=mig)
    assert 999 not in applied_versions(con)
    assert 2 in applied_versions(con)
    assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_done'").fetchone()[0] == 0


def test_migration_files_are_well_named():
    names = [p.name for p in MIGRATIONS_DIR.glob("*.sql")]
    assert names and all(re.match(r"^\d{4}_[a-z0-9_]+\.sql$", n) for n in names)
