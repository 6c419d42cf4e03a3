"""The report views (migration 0004) on a real DuckDB file with known records, and read-only opening."""
from __future__ import annotations

import os
import time

import duckdb
import pytest
from report_warehouse import build

from reports.opening import REPORT_VIEWS, open_read_only
from warehouse.db import connect, publish_read_copy, read_copy_path
from warehouse.migrate import migrate


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = build(tmp_path_factory.mktemp("views") / "w.duckdb")
    c = duckdb.connect(str(path), read_only=True)
    yield c
    c.close()


def q(con, sql):
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def test_agreements_by_year_dates_undated_agreements_by_their_event(con):
    got = [(r["year"], r["agreement_type"], r["agreements"], r["dated_by_event"])
           for r in q(con, "FROM report_agreements_by_year")]
    assert got == [(2019, "partnership", 1, 0), (2021, "agreement", 1, 1), (2021, "mou", 1, 0)]


def test_partner_network_counts_pairs_with_first_and_last_year(con):
    got = {(r["party_a"], r["party_b"]): (r["agreements"], r["first_year"], r["last_year"], r["agreement_ids"])
           for r in q(con, "FROM report_partner_network")}
    assert got == {
        ("Los Angeles", "Wuhan"): (2, 2021, 2021, ["ag_1", "ag_2"]),
        ("Energy Foundation China", "Los Angeles"): (2, 2019, 2021, ["ag_2", "ag_3"]),
        ("Energy Foundation China", "Wuhan"): (1, 2021, 2021, ["ag_2"]),
    }


def test_commitments_by_actor_side_by_side(con):
    got = {r["actor"]: r for r in q(con, "FROM report_commitments_by_actor")}
    assert got["Wuhan"]["peak_year"] == 2025
    assert got["Wuhan"]["reduction_targets"] == "60-65% below 2005 by 2030"
    assert got["Wuhan"]["neutrality_year"] is None
    la = got["Los Angeles"]
    assert (la["commitments"], la["neutrality_year"], la["per_capita_limits"], la["renewable_shares"]) == \
        (3, 2045, "2 t/person by 2050", "100% by 2045")


def test_event_outcomes_list_what_was_signed_and_pledged(con):
    got = {r["name"]: r for r in q(con, "FROM report_event_outcomes")}
    a = got["Summit A"]
    assert (a["agreements"], a["commitments"]) == (2, 2)
    assert a["signed"] == ["Low-Carbon City MOU", "agreement: Wuhan, Los Angeles, Energy Foundation China"]
    assert a["pledged"] == ["Los Angeles: carbon_neutrality 2045", "Wuhan: emissions_peak 2025"]
    assert (got["Forum B"]["agreements"], got["Forum B"]["signed"]) == (0, [])


def test_source_coverage_and_freshness(con):
    got = {r["source"]: r for r in q(con, "FROM report_source_coverage")}
    assert (got["alpha"]["articles"], got["alpha"]["languages"]) == (2, ["en"])
    assert got["alpha"]["records"] == 7   # ag_1..3, ev_a, cm_3..5 (ag_3 also from the odd link: once)
    assert str(got["alpha"]["last_new_record"]) == "2026-02-01 12:00:00"
    assert (got["beta"]["articles"], got["beta"]["records"], str(got["beta"]["last_published"])) == \
        (1, 4, "2021-04-24")


def test_older_warehouse_gets_the_views_as_temporary_views(tmp_path):
    path = tmp_path / "old.duckdb"
    c = duckdb.connect(str(path))
    migrate(c, target=3)
    c.close()
    opened = open_read_only(path)
    try:
        for v in REPORT_VIEWS:
            assert opened.con.execute(f"SELECT count(*) FROM {v}").fetchone()[0] == 0
    finally:
        opened.close()
    c = duckdb.connect(str(path), read_only=True)
    assert c.execute("SELECT count(*) FROM duckdb_views() WHERE view_name LIKE 'report_%'").fetchone()[0] == 0
    c.close()


def test_reads_the_fresh_copy_and_the_live_file_when_the_copy_is_stale(tmp_path):
    path = build(tmp_path / "w.duckdb")
    copy = publish_read_copy(path)
    opened = open_read_only(path)
    assert opened.path == copy
    opened.close()
    stale = time.time() - 60
    os.utime(copy, (stale, stale))
    opened = open_read_only(path)
    assert opened.path == path
    opened.close()
    assert read_copy_path(path) == copy
