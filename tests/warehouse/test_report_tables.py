"""Report tables (migration 0006): after every load the report views, read from the derived tables, equal the
0004 definitions computed from the public relations; a warehouse written by other means falls back to those."""
from __future__ import annotations

import random
from datetime import datetime

from test_incremental_load import pages, reread

from pactwatch.models import Article, Extraction
from pactwatch.warehouse import report_tables
from pactwatch.warehouse.db import connect
from pactwatch.warehouse.load import load_into

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
