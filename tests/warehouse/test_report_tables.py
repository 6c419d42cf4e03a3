"""Report tables (migration 0006): after every load the report views, read from the derived tables, equal the
0004 definitions computed from the public relations; a warehouse written by other means falls back to those."""
from __future__ import annotations

import random
from datetime import date, datetime

import duckdb
from test_incremental_load import pages, reread

from pactwatch.models import Article, Extraction
from warehouse import report_tables
from warehouse.db import connect
from warehouse.load import load_into
from warehouse.migrate import migrate

VIEWS = ("report_agreements", "report_agreements_by_year", "report_partner_network", "report_commitments_by_actor",
         "report_event_outcomes", "report_source_coverage")


def views(con) -> dict:
    return {v: con.execute(f"SELECT * FROM {v} ORDER BY ALL").fetchall() for v in VIEWS}


def live(con) -> dict:
    """The views computed from the public relations (the derived tables marked stale for this transaction)."""
    con.execute("BEGIN")
    con.execute("UPDATE report_state SET sig = NULL")
    try:
        return views(con)
    finally:
        con.execute("ROLLBACK")


def test_views_read_derived_tables_equal_to_the_live_definitions(tmp_path):
    exs = pages(1500, seed=9)
    rnd = random.Random(4)
    batches = [exs[i::3] for i in range(3)]
    batches.append([reread(ex, rnd) for ex in rnd.sample(exs, 80)])
    moved = rnd.sample(exs, 10)  # pages that now belong to another source
    batches.append([Extraction(Article(url=ex.article.url, source="moved", title=None, published_on=None,
                                       language="zh", text="x", fetched_at=datetime(2024, 2, 1)), ex.mentions)
                    for ex in moved])
    con = connect(tmp_path / "w.duckdb")
    for batch in batches:
        load_into(con, batch, [], "t1")
        assert con.execute("SELECT report_fresh()").fetchone()[0]
        got = views(con)
        assert got == live(con)
        assert all(got[v] for v in VIEWS)


def test_other_writers_get_the_live_views_until_rebuild(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    load_into(con, pages(300)[:100], [], "t1")
    con.execute("INSERT INTO agreements (agreement_id, agreement_type, parties, source_urls, first_seen_at, updated_at)"
                " VALUES ('ag_x', 'mou', ['Xa', 'Xb'], [], ?, ?)", [datetime(2100, 1, 1), datetime(2100, 1, 1)])
    assert not con.execute("SELECT report_fresh()").fetchone()[0]
    pairs = con.execute("SELECT agreement_ids FROM report_partner_network WHERE party_a = 'Xa'").fetchall()
    assert pairs == [(["ag_x"],)]
    report_tables.rebuild(con)
    assert con.execute("SELECT report_fresh()").fetchone()[0] and views(con) == live(con)


# report_event_outcomes (migration 0008) reads report_event_rows in stored order instead of sorting at query time.
EVENT_ORDER = "start_on NULLS LAST, name NULLS LAST, event_id"


def event_keys(con, sql: str) -> list[tuple]:
    return con.execute(f"SELECT event_id, start_on, name FROM ({sql})").fetchall()


def in_view_order(rows: list[tuple]) -> bool:
    """(event_id, start_on, name) rows in the order 0004 states: start_on NULLS LAST, then name."""
    keys = [(s is None, s or date.min, n is None, n or "") for _, s, n in rows]
    return all(a <= b for a, b in zip(keys, keys[1:]))


def stored_in_order(con) -> bool:
    """report_event_rows as stored equals the table sorted by start_on, name, event_id (ties always alike)."""
    return (event_keys(con, "SELECT * FROM report_event_rows")
            == event_keys(con, f"SELECT * FROM report_event_rows ORDER BY {EVENT_ORDER}"))


def test_event_outcomes_stay_in_view_order_through_incremental_loads(tmp_path):
    exs = pages(1500, seed=9)
    rnd = random.Random(4)
    batches = [exs[i::3] for i in range(3)] + [[reread(ex, rnd) for ex in rnd.sample(exs, 80)]]
    con = connect(tmp_path / "w.duckdb")
    for batch in batches:
        load_into(con, batch, [], "t1")
        assert stored_in_order(con)
        got = event_keys(con, "SELECT * FROM report_event_outcomes")
        assert in_view_order(got) and len(got) == con.execute("SELECT count(*) FROM events").fetchone()[0]
        con.execute("BEGIN")
        con.execute("UPDATE report_state SET sig = NULL")  # stale: the live definition, sorted
        try:
            assert sorted(event_keys(con, "SELECT * FROM report_event_outcomes")) == sorted(got)
            assert in_view_order(event_keys(con, "SELECT * FROM report_event_outcomes"))
        finally:
            con.execute("ROLLBACK")
    dates = con.execute("SELECT count(DISTINCT start_on), count(*) FILTER (WHERE start_on IS NULL) FROM events")
    assert dates.fetchone()[0] > 10  # many dates: later batches land amid the stored rows, not only after them


def fill_events(con, n: int) -> None:
    """n events (some undated, some sharing a name and date) and agreements signed at them, straight in SQL."""
    con.execute(f"""INSERT INTO events (event_id, name, start_on, source_urls, first_seen_at, updated_at)
        SELECT 'ev_' || i, CASE WHEN i % 97 = 0 THEN NULL ELSE 'Summit ' || (i * 7919 % 5000) END,
               CASE WHEN i % 11 = 0 THEN NULL ELSE DATE '2012-01-01' + (i * 31 % 4000)::INT END,
               ['http://a.test/' || i], TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-01' FROM range({n}) t(i)""")
    con.execute("""INSERT INTO agreements (agreement_id, agreement_type, event_name, parties, source_urls,
                       first_seen_at, updated_at)
        SELECT 'ag_' || i, 'mou', 'Summit ' || (i % 5000), ['P' || i, 'Q' || (i % 7)], [], TIMESTAMP '2024-01-01',
               TIMESTAMP '2024-01-01' FROM range(20000) t(i)""")


def test_event_outcomes_keep_their_order_across_row_groups_and_settings(tmp_path):
    """More rows than one row group, scanned by several threads: the order still holds, fresh, stale, and with
    preserve_insertion_order off (then the view sorts)."""
    con = connect(tmp_path / "w.duckdb")
    con.execute("SET threads = 4")
    fill_events(con, 130_000)
    report_tables.rebuild(con)
    assert con.execute("SELECT report_fresh()").fetchone()[0] and stored_in_order(con)
    fresh = event_keys(con, "SELECT * FROM report_event_outcomes")
    assert len(fresh) == 130_000 and in_view_order(fresh)
    con.execute("SET preserve_insertion_order = false")
    assert in_view_order(event_keys(con, "SELECT * FROM report_event_outcomes"))
    con.execute("RESET preserve_insertion_order")
    con.execute("BEGIN")
    con.execute("UPDATE report_state SET sig = NULL")
    stale = event_keys(con, "SELECT * FROM report_event_outcomes")
    con.execute("ROLLBACK")
    assert in_view_order(stale) and sorted(stale) == sorted(fresh)


def test_event_rows_update_moves_what_sorts_after_the_first_changed_row(tmp_path):
    """The load's update of changed event names (report_tables._update_event_rows) keeps the stored order when the
    changed rows go to the middle, the start or the undated end, and the rows equal the live definition."""
    con = connect(tmp_path / "w.duckdb")
    fill_events(con, 130_000)
    report_tables.rebuild(con)
    changes = [("ev_500", "DATE '2013-06-01'"), ("ev_7", "DATE '1999-01-01'"), ("ev_123", "NULL"),
               ("ev_4400", "DATE '2030-01-01'")]
    for event_id, start_on in changes:
        con.execute("BEGIN")
        con.execute("UPDATE report_state SET sig = NULL")
        names = con.execute("SELECT name FROM events WHERE event_id = ?", [event_id]).fetchall()
        con.execute(f"UPDATE events SET start_on = {start_on}, updated_at = now() WHERE event_id = ?", [event_id])
        con.execute("CREATE OR REPLACE TEMP TABLE _pw_names AS SELECT ? AS name", [names[0][0]])
        report_tables._update_event_rows(con, "name IN (SELECT name FROM _pw_names)")
        con.execute("UPDATE report_state SET sig = report_sig()")
        con.execute("COMMIT")
        assert stored_in_order(con)
        assert in_view_order(event_keys(con, "SELECT * FROM report_event_outcomes"))
        con.execute("CREATE OR REPLACE TEMP TABLE fresh AS SELECT * FROM report_event_outcomes")
        con.execute("BEGIN")
        con.execute("UPDATE report_state SET sig = NULL")  # the live definition, compared in SQL (130k rows)
        differ = con.execute("SELECT (SELECT count(*) FROM (FROM fresh EXCEPT ALL FROM report_event_outcomes))"
                             " + (SELECT count(*) FROM (FROM report_event_outcomes EXCEPT ALL FROM fresh))")
        assert differ.fetchone()[0] == 0
        con.execute("ROLLBACK")


def test_migration_0008_stores_earlier_event_rows_in_order(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(con, target=7)
    fill_events(con, 2000)
    report_tables.rebuild(con)
    con.execute("CREATE TEMP TABLE shuffled AS SELECT * FROM report_event_rows ORDER BY hash(event_id)")
    con.execute("DELETE FROM report_event_rows")
    con.execute("INSERT INTO report_event_rows SELECT * FROM shuffled ORDER BY hash(event_id)")
    assert not stored_in_order(con)
    assert migrate(con, target=8) == [8]
    assert stored_in_order(con) and con.execute("SELECT report_fresh()").fetchone()[0]
    assert in_view_order(event_keys(con, "SELECT * FROM report_event_outcomes"))
    assert views(con) == live(con)
