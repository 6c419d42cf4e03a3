"""Time each report view (migration 0004) on a synthetic warehouse of about a million records.

    .venv/bin/python bench/report_views.py [--records 1000000] [--db /tmp/report_views.duckdb] [--repeat 5]

Builds the warehouse through the real migrations, fills it set-based in SQL (agreements with 2-5 parties from
a pool of 5,000, commitments, events, 1-3 pieces of evidence per record over 200,000 pages from 50 sources),
then fetches every row of each view --repeat times and prints the median (as bench/warehouse.py does), next to
the same view computed live from the public relations (the 0004 definitions, which 0006 keeps as the fallback). Since 0006 the views read
report tables the load keeps; here they are built once with report_tables.rebuild (timed). Target: <= 200 ms each.
Since 0008 report_event_outcomes reads its table in stored order; the bench checks that order holds at this size.

First figures (2026-11-22, 2-core machine shared with other jobs, load average ~8.5; 1,000,000 records, 2.0 M
evidence rows): agreements_by_year 251 ms, partner_network 5,179 ms, commitments_by_actor 1,752 ms,
event_outcomes 3,210 ms (200,000 rows out), source_coverage 1,770 ms. Not yet within the target: see issue 7.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from warehouse import report_tables
from warehouse.db import connect

VIEWS = ("report_agreements", "report_agreements_by_year", "report_partner_network", "report_commitments_by_actor",
         "report_event_outcomes", "report_source_coverage")


def fill(con, n: int) -> None:
    """About n records: 40% agreements, 40% commitments, 20% events (set-based inserts)."""
    na, nc, ne, npg = int(n * 0.4), int(n * 0.4), int(n * 0.2), max(1000, n // 5)
    con.execute(f"""INSERT INTO pages (url, source, title, published_on, language, fetched_at, first_seen_at)
        SELECT 'http://127.0.0.1/p/' || i, 'src' || (i % 50), 'title ' || i, DATE '2010-01-01' + (i % 5000)::INT,
               CASE WHEN i % 3 = 0 THEN 'zh' ELSE 'en' END, TIMESTAMP '2026-01-01' + to_seconds(i),
               TIMESTAMP '2026-01-01' + to_seconds(i) FROM range({npg}) t(i)""")
    con.execute(f"""INSERT INTO events (event_id, name, start_on, city, country, source_urls, first_seen_at)
        SELECT 'ev_' || i, 'Event ' || (i % {max(1, ne // 2)}), DATE '2010-01-01' + (i % 5000)::INT, 'City ' || (i % 900),
               'CN', ['http://127.0.0.1/p/' || (i % {npg})], TIMESTAMP '2026-01-01' FROM range({ne}) t(i)""")
    con.execute(f"""INSERT INTO agreements (agreement_id, agreement_type, signed_on, event_name, parties,
               source_urls, first_seen_at)
        SELECT 'ag_' || i, ['mou','agreement','declaration','partnership','joint_statement'][1 + i % 5],
               CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '2010-01-01' + (i % 5000)::INT END,
               'Event ' || (i % {max(1, ne // 2)}),
               list_transform(range(2 + i % 4), lambda k: 'Party ' || ((i * 7 + k * 131) % 5000)),
               ['http://127.0.0.1/p/' || (i % {npg}), 'http://127.0.0.1/p/' || ((i + 1) % {npg})],
               TIMESTAMP '2026-01-01' + to_seconds(i % 86400) FROM range({na}) t(i)""")
    con.execute(f"""INSERT INTO commitments (commitment_id, actor, commitment_type, target_year, base_year,
               reduction_pct_min, reduction_pct_max, per_capita_t, share_pct, event_name, source_urls, first_seen_at)
        SELECT 'cm_' || i, 'Party ' || (i % 5000),
               ['emissions_peak','emissions_reduction','per_capita_limit','carbon_neutrality','renewable_share'][1 + i % 5],
               2025 + i % 40, 1990 + i % 20, 20 + i % 30, 50 + i % 40, 1 + i % 5, 10 + i % 80,
               'Event ' || (i % {max(1, ne // 2)}), ['http://127.0.0.1/p/' || (i % {npg})],
               TIMESTAMP '2026-01-01' FROM range({nc}) t(i)""")
    con.execute(f"""INSERT INTO evidence SELECT record_type, record_id, 'http://127.0.0.1/p/' || ((h + k) % {npg}),
               'quote ' || record_id
        FROM (SELECT 'agreement' AS record_type, agreement_id AS record_id, hash(agreement_id) % 1000000 AS h
              FROM agreements UNION ALL SELECT 'commitment', commitment_id, hash(commitment_id) % 1000000
              FROM commitments UNION ALL SELECT 'event', event_id, hash(event_id) % 1000000 FROM events),
             range(3) r(k) WHERE k <= h % 3""")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/report_views.duckdb")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    db = Path(args.db)
    for p in (db, db.with_name(db.name + ".wal")):
        p.unlink(missing_ok=True)
    con = connect(db)
    t = time.perf_counter()
    fill(con, args.records)
    con.execute("CHECKPOINT")
    print(f"filled {args.records:,} records in {time.perf_counter() - t:.1f} s; "
          f"evidence rows {con.execute('SELECT count(*) FROM evidence').fetchall()[0][0]:,}")
    t = time.perf_counter()
    report_tables.rebuild(con)
    print(f"report tables rebuilt in {time.perf_counter() - t:.1f} s")
    print(f"{'view':32s} {'tables':>8s} {'live':>8s}")
    for view in VIEWS:
        fresh, rows = median_of(con, f"SELECT * FROM {view}", args.repeat)
        con.execute("BEGIN")
        con.execute("UPDATE report_state SET sig = NULL")  # the 0004 definitions, computed live
        live, _ = median_of(con, f"SELECT * FROM {view}", args.repeat)
        con.execute("ROLLBACK")
        print(f"{view:32s} {fresh * 1000:8.0f} {live * 1000:8.0f} ms  {rows:>10,} rows  ({live / fresh:.0f}x)")
    print(f"report_event_outcomes in view order: {event_order_holds(con)}")
    con.close()


def median_of(con, sql: str, repeat: int) -> tuple[float, int]:
    """Median seconds of fetching every row of `sql` into Arrow `repeat` times, and the row count."""
    times, rows = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = con.sql(sql).to_arrow_table().num_rows
        times.append(time.perf_counter() - t)
    return statistics.median(times), rows


def event_order_holds(con) -> bool:
    """Whether report_event_outcomes, read without a query-time sort since 0008, comes as 0004 orders it."""
    return con.execute("""SELECT coalesce(bool_and(prev IS NULL OR prev <= k), true) FROM (
        SELECT k, lag(k) OVER (ORDER BY pos) AS prev
        FROM (SELECT row(start_on IS NULL, coalesce(start_on, DATE '1970-01-01'), name IS NULL, coalesce(name, ''))
                         AS k, row_number() OVER () AS pos FROM report_event_outcomes))""").fetchone()[0]


if __name__ == "__main__":
    main()
