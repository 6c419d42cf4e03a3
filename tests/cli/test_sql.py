"""`pactwatch sql` on a real warehouse file: tables, exports, the read copy, refusing writes (exit 2, one line)
and the interactive mode fed through a pipe."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from report_warehouse import build  # noqa: E402

from cli.main import main  # noqa: E402
from warehouse.db import publish_read_copy  # noqa: E402


PACTWATCH = str(Path(sys.executable).with_name("pactwatch"))  # the console script, as a user runs it

@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = build(tmp_path_factory.mktemp("sql") / "w.duckdb")
    publish_read_copy(path)
    return path


def test_prints_a_table(db, capsys):
    assert main(["sql", "--db", str(db), "SELECT party_a, party_b, agreements FROM report_partner_network"]) == 0
    out = capsys.readouterr().out
    assert "party_a" in out and "│ Los Angeles" in out and "Energy Foundation China" in out


def test_exports_csv_json_and_parquet(db, capsys, tmp_path):
    q = "SELECT agreement_id, parties, signed_on FROM agreements ORDER BY agreement_id"
    assert main(["sql", "--db", str(db), "--format", "csv", q]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == {"agreement_id": "ag_1", "parties": '["Wuhan", "Los Angeles"]', "signed_on": "2021-04-22"}
    assert rows[1]["signed_on"] == ""
    assert main(["sql", "--db", str(db), "--format", "json", q]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines[2] == {"agreement_id": "ag_3", "parties": ["Energy Foundation China", "Los Angeles"],
                        "signed_on": "2019-03-01"}
    out = tmp_path / "a.parquet"
    assert main(["sql", "--db", str(db), "--format", "parquet", "--out", str(out), q]) == 0
    table = pq.read_table(out)
    assert table.column("agreement_id").to_pylist() == ["ag_1", "ag_2", "ag_3"]
    assert str(table.schema.field("signed_on").type) == "date32[day]"


@pytest.mark.parametrize("query", ["DELETE FROM agreements", "SELECT 1; DROP TABLE agreements",
                                   "COPY agreements TO 'x.csv'", "ATTACH 'other.duckdb'", "CHECKPOINT"])
def test_refuses_writes_with_one_line(db, capsys, query):
    assert main(["sql", "--db", str(db), query]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "read-only" in err[0]
    assert main(["sql", "--db", str(db), "SELECT count(*) AS n FROM agreements"]) == 0
    assert "3" in capsys.readouterr().out


@pytest.mark.parametrize("query, named", [("INSTALL httpfs", "`INSTALL httpfs` is refused (INSTALL statements"),
                                           ("CHECKPOINT", "`CHECKPOINT` is refused (CHECKPOINT statements"),
                                           ("pragma threads=1;", "`pragma threads=1` is refused (it changes a setting"),
                                           ("SELECT 1; LOAD httpfs", "`LOAD httpfs` is refused (LOAD statements")])
def test_a_refusal_names_the_statement_as_typed(db, capsys, query, named):
    assert main(["sql", "--db", str(db), query]) == 2
    assert named in capsys.readouterr().err


def test_bad_sql_and_missing_warehouse_are_bad_input(db, tmp_path, capsys):
    assert main(["sql", "--db", str(db), "SELECT nope FROM agreements"]) == 2
    assert main(["sql", "--db", str(tmp_path / "none.duckdb"), "SELECT 1"]) == 2
    assert main(["sql", "--db", str(db), "--format", "parquet", "SELECT 1"]) == 2
    assert all(line.startswith("pactwatch: error:") for line in capsys.readouterr().err.strip().splitlines())


def test_reads_the_published_copy_while_a_writer_holds_the_warehouse(db, capsys):
    from warehouse.db import connect

    writer = connect(db)      # a load in progress: the live file is locked
    try:
        assert main(["sql", "--db", str(db), "SELECT count(*) AS n FROM commitments"]) == 0
        assert "5" in capsys.readouterr().out
    finally:
        writer.close()


def test_interactive_mode_from_a_pipe(db, cli_env):
    script = ("SELECT actor, peak_year\n  FROM report_commitments_by_actor\n  ORDER BY actor;\n"
              "INSERT INTO events (event_id) VALUES ('x');\n"
              "SELECT count(*) AS events FROM events;\n.quit\nSELECT 'not reached';\n")
    proc = subprocess.run([PACTWATCH, "sql", "--db", str(db), "--format", "csv"],
                          input=script, capture_output=True, text=True, env=cli_env, timeout=120)
    assert proc.stdout.splitlines() == ["actor,peak_year", "Los Angeles,", "Wuhan,2025", "events", "2"]
    assert proc.returncode == 2 and proc.stderr.count("read-only") == 1
