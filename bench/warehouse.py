"""Warehouse (issue 7 item 5): load throughput in rows/s, and the report views' latency on 1M records.

1. Load: `load_into` of one batch of generated extractions (bench/resolution.py's mentions, grouped into pages) into
   a new warehouse, with the real resolver and with a one-record-per-mention resolver (the write path alone); then
   into a warehouse that already holds --stored mentions, a batch of new pages loaded incrementally and the same
   kind of batch with full=True (what every load did before incremental resolution), in one run; the stored
   warehouse once with the resolution bench's event names (so alike that they all may be variants of each other)
   and once with a 10x wider vocabulary (names as sparse as real ones), since a load re-clusters only the events
   its batch may touch. rows = pages + mentions + records written + evidence rows added; the figure is
   rows / seconds of the whole load, and of the writing stages alone (the load's `seconds` less resolution); beside
   it the engine's own ceiling for the same rows: all the load left in pages, mentions, mention_links, the record
   tables and evidence, bulk-inserted as ready Arrow tables into a new warehouse and committed, with no Python work.
2. Views: a warehouse of 1M records (600k agreements, 250k commitments, 150k events, ~2M evidence rows, 500k pages)
   generated inside DuckDB, then every `report_*` view (migration 0004, when present) and typical analyst queries on
   the public relations: median of --repeat runs of fetching the whole result.

    .venv/bin/python bench/warehouse.py [--batch 50000] [--stored 200000] [--records 1000000] [--repeat 5]
                                        [--event-words 1 10] [--profile]   (pyinstrument of the incremental load)
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.resolution import generate  # noqa: E402
from pactwatch.models import Article, Extraction, ResolvedRecord  # noqa: E402
from warehouse import report_tables  # noqa: E402
from warehouse.db import connect  # noqa: E402
from warehouse.load import load_into  # noqa: E402

ANALYST = {
    "agreements by year": "SELECT year(signed_on) y, agreement_type, count(*) FROM agreements GROUP BY ALL ORDER BY ALL",
    "a party's agreements": "SELECT * FROM agreements WHERE list_contains(parties, 'Oakland') ORDER BY signed_on",
    "records with >= 3 reports": "SELECT agreement_id, len(source_urls) n FROM agreements WHERE len(source_urls) >= 3",
    "evidence of 100 agreements": "SELECT e.* FROM evidence e JOIN (SELECT agreement_id FROM agreements LIMIT 100) a "
                                  "ON e.record_id = a.agreement_id",
    "commitments by type": "SELECT commitment_type, target_year, count(*) FROM commitments GROUP BY ALL",
}


def one_per_mention(mentions, previous):
    return [ResolvedRecord(m.record_type, previous.get(m.key(), "m_" + m.key()), dict(m.fields),
                           [(m.url, m.quote)], [m.key()]) for m in mentions]


def batch(n: int, mentions=None) -> list[Extraction]:
    mentions = mentions if mentions is not None else generate(n)[0]
    by_url = defaultdict(list)
    for m in mentions:
        by_url[m.url].append(m)
    now = datetime(2024, 1, 1)
    return [Extraction(Article(url=u, source="bench", title=None, published_on=None, language="en",
                               text=" ".join(m.quote for m in ms) * 20, fetched_at=now), ms)
            for u, ms in by_url.items()]


def bench_load(n: int) -> None:
    exs = batch(n)
    for name, resolver in (("real resolver", None), ("one record per mention", one_per_mention)):
        with tempfile.TemporaryDirectory() as tmp:
            con = connect(Path(tmp) / "w.duckdb")
            t0 = time.perf_counter()
            rep = load_into(con, exs, [], "bench", resolver)
            t = time.perf_counter() - t0
            records = sum(c.new for c in rep.records.values())
            ev = con.execute("SELECT count(*) FROM evidence").fetchall()[0][0]
            rows = rep.articles.new + rep.batch_mentions + records + ev
            engine, bare = _engine_alone(con), _engine_alone(con, keyed=False)
            con.close()
        print(f"load, {name:<24} {len(exs):>7} pages {rep.batch_mentions:>7} mentions {records:>7} records "
              f"{ev:>7} evidence: {t:6.2f} s = {rows / t:>9,.0f} rows/s", flush=True)
        _stages(rep, rows)
        print(f"      DuckDB alone, the same rows as ready Arrow tables: inserts {engine[0]:.2f} s "
              f"({rows / engine[0]:,.0f} rows/s), with commit {engine[1]:.2f} s ({rows / engine[1]:,.0f} rows/s); "
              f"the load runs at {engine[1] / t:.0%} of that, its writing stages at "
              f"{engine[1] / sum(v for k, v in rep.seconds.items() if k != 'resolve'):.0%}", flush=True)
        print(f"      DuckDB alone into tables without primary keys: with commit {bare[1]:.2f} s "
              f"({rows / bare[1]:,.0f} rows/s)", flush=True)


_WRITTEN = ("pages", "mentions", "mention_links", "events", "agreements", "commitments", "evidence")


def _engine_alone(src, keyed: bool = True) -> tuple[float, float]:
    """The engine's own ceiling for what a load wrote: every row it left in the tables a load writes (report tables
    aside), read out as Arrow tables and bulk-inserted into a new warehouse in one transaction (`keyed=False`:
    into bare tables of the same columns, without primary keys). Returns the seconds of the INSERTs alone, and
    with the COMMIT."""
    tables = {t: src.sql(f"SELECT * FROM {t}").to_arrow_table() for t in _WRITTEN}
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "w.duckdb") if keyed else duckdb.connect(str(Path(tmp) / "w.duckdb"))
        for name, tbl in tables.items():
            if not keyed:
                con.register("_bench_rows", tbl)
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM _bench_rows LIMIT 0")
                con.unregister("_bench_rows")
        con.execute("CHECKPOINT")
        t0 = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        for name, tbl in tables.items():
            con.register("_bench_rows", tbl)
            con.execute(f"INSERT INTO {name} SELECT * FROM _bench_rows")
            con.unregister("_bench_rows")
        inserts = time.perf_counter() - t0
        con.execute("COMMIT")
        total = time.perf_counter() - t0
        con.close()
    return inserts, total


def _stages(rep, rows: int) -> None:
    """Seconds per stage of the load, and rows/s of the writing alone (every stage but resolution)."""
    write = sum(v for k, v in rep.seconds.items() if k != "resolve")
    print(f"      stages (s): {', '.join(f'{k} {v:.2f}' for k, v in rep.seconds.items())}; "
          f"writing alone {rows / write:,.0f} rows/s", flush=True)


def _rows(con, rep, ev_before: int) -> int:
    ev = con.execute("SELECT count(*) FROM evidence").fetchall()[0][0]
    written = sum(c.new + c.updated + c.removed for c in rep.records.values())
    return rep.articles.new + rep.articles.updated + rep.batch_mentions + written + max(0, ev - ev_before)


def bench_stored(stored: int, n: int, profile: bool, event_words: int = 1) -> None:
    """A batch of new pages into a warehouse holding `stored` mentions: incremental vs full re-resolution."""
    print(f"event names from {30 * event_words} + 20 words:", flush=True)
    exs = batch(0, generate(stored + 2 * n, seed=17, event_words=event_words)[0])
    random.Random(1).shuffle(exs)
    parts, acc = [[], [], []], 0
    for ex in exs:
        parts[0 if acc < stored else 1 if acc < stored + n else 2].append(ex)
        acc += len(ex.mentions)
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "w.duckdb")
        t0 = time.perf_counter()
        load_into(con, parts[0], [], "bench")
        print(f"stored {stored:,} mentions (one load) in {time.perf_counter() - t0:.1f} s", flush=True)
        for name, part, full in (("incremental", parts[1], False), ("full re-resolution", parts[2], True)):
            ev = con.execute("SELECT count(*) FROM evidence").fetchall()[0][0]
            prof = None
            if profile and not full:
                from pyinstrument import Profiler
                prof = Profiler(interval=0.002)
                prof.start()
            t0 = time.perf_counter()
            rep = load_into(con, part, [], "bench", full=full)
            t = time.perf_counter() - t0
            if prof:
                prof.stop()
                print(prof.output_text(unicode=False, show_all=False))
            rows = _rows(con, rep, ev)
            print(f"load into {rep.mentions - rep.batch_mentions:,} stored, {name:<19} {len(part):>6} pages "
                  f"{rep.batch_mentions:>6} mentions: {t:6.2f} s = {rows / t:>9,.0f} rows/s ({rows:,} rows)", flush=True)
            _stages(rep, rows)
        con.close()


def fill(con, n: int) -> None:
    """1M records straight in DuckDB (range() and hashes): realistic shapes, not realistic text."""
    na, nc, ne = int(n * 0.6), int(n * 0.25), n - int(n * 0.6) - int(n * 0.25)
    con.execute("BEGIN")
    con.execute(f"""INSERT INTO pages (url, source, title, published_on, language, text, content_sha256,
                        fetched_at, first_seen_at, extractor_version)
        SELECT 'http://site' || (i % 40) || '.test/p/' || i, 'site' || (i % 40), 'title ' || i,
               DATE '2012-01-01' + (i % 4000)::INT, CASE WHEN i % 3 = 0 THEN 'zh' ELSE 'en' END, 'text ' || i,
               md5(i::VARCHAR), TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-01', 'bench' FROM range({n // 2}) t(i)""")
    con.execute(f"""INSERT INTO events (event_id, name, start_on, end_on, city, country, source_urls, evidence_sha,
                        first_seen_at, updated_at, extractor_version)
        SELECT 'ev_' || i, 'Summit ' || (i % 5000), DATE '2012-01-01' + (i % 4000)::INT, NULL, 'City' || (i % 300),
               'CN', ['http://site1.test/p/' || (i * 7 % {n // 2})], md5(i::VARCHAR), TIMESTAMP '2024-01-01',
               TIMESTAMP '2024-01-01', 'bench' FROM range({ne}) t(i)""")
    con.execute(f"""INSERT INTO agreements (agreement_id, agreement_type, title, signed_on, signed_on_precision, city,
                        country, event_name, parties, topics, source_urls, evidence_sha, first_seen_at, updated_at,
                        extractor_version)
        SELECT 'ag_' || i, ['mou','agreement','partnership','joint_statement','declaration'][i % 5 + 1], NULL,
               CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '2012-01-01' + (i % 4000)::INT END, 'day', NULL, NULL,
               CASE WHEN i % 3 = 0 THEN 'Summit ' || (i % 5000) END,
               ['P' || (i % 2000), CASE WHEN i % 997 = 0 THEN 'Oakland' ELSE 'Q' || (i % 1500) END],
               ['clean energy'], list_transform(range(1 + i % 4), lambda x: 'http://site' || x || '.test/p/' || ((i + x) % {n // 2})),
               md5(i::VARCHAR), TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-01', 'bench' FROM range({na}) t(i)""")
    con.execute(f"""INSERT INTO commitments (commitment_id, actor, commitment_type, target_year, base_year,
                        reduction_pct_min, reduction_pct_max, per_capita_t, event_name, share_pct, source_urls,
                        evidence_sha, first_seen_at, updated_at, extractor_version)
        SELECT 'cm_' || i, 'P' || (i % 2000), ['emissions_peak','carbon_neutrality'][i % 2 + 1], 2025 + i % 30, NULL,
               NULL, NULL, NULL, NULL, NULL, ['http://site2.test/p/' || (i % {n // 2})], md5(i::VARCHAR),
               TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-01', 'bench' FROM range({nc}) t(i)""")
    con.execute("""INSERT INTO evidence (record_type, record_id, url, quote)
        SELECT 'agreement', agreement_id, unnest(source_urls), 'quote' FROM agreements
        UNION ALL SELECT 'commitment', commitment_id, unnest(source_urls), 'quote' FROM commitments
        UNION ALL SELECT 'event', event_id, unnest(source_urls), 'quote' FROM events""")
    con.execute("COMMIT")
    t0 = time.perf_counter()
    report_tables.rebuild(con)  # filled by SQL, not by a load: build the report tables once
    print(f"report tables built in {time.perf_counter() - t0:.1f} s", flush=True)
    con.execute("CHECKPOINT")


def bench_views(n: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "w.duckdb")
        t0 = time.perf_counter()
        fill(con, n)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("events", "agreements", "commitments", "evidence", "pages")}
        print(f"generated warehouse in {time.perf_counter() - t0:.1f} s: {counts}", flush=True)
        views = [r[0] for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE view_name LIKE 'report_%' AND view_name NOT LIKE '%live%'"
            " ORDER BY 1").fetchall()]
        if not views:
            print("no report_* views in this checkout: typical analyst queries only")
        queries = {v: f"SELECT * FROM {v}" for v in views} | ANALYST
        worst = 0.0
        for name, sql in queries.items():
            times, rows = [], 0
            for _ in range(repeat):
                t0 = time.perf_counter()
                rows = con.sql(sql).to_arrow_table().num_rows
                times.append(time.perf_counter() - t0)
            med = statistics.median(times) * 1000
            worst = max(worst, med)
            live = ""
            if name in views:  # the same view computed from the public relations (the 0004 definition)
                con.execute("BEGIN")
                con.execute("UPDATE report_state SET sig = NULL")
                lt = []
                for _ in range(repeat):
                    t0 = time.perf_counter()
                    con.sql(sql).to_arrow_table()
                    lt.append(time.perf_counter() - t0)
                con.execute("ROLLBACK")
                live = f"  live {statistics.median(lt) * 1000:8.1f} ms"
            print(f"  {name:<34} {med:>8.1f} ms  ({rows} rows){live}", flush=True)
        con.close()
    print(f"slowest {worst:.0f} ms; target each <= 200 ms (median of {repeat}; {os.cpu_count()} cores, shared)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", type=int, default=50_000, help="mentions in the loaded batch")
    ap.add_argument("--stored", type=int, default=200_000, help="mentions already in the warehouse")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--event-words", type=int, nargs="+", default=[1, 10],
                    help="widen the event-name vocabulary this many times (1: the resolution bench's, 10: sparse)")
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    bench_load(args.batch)
    for words in args.event_words:
        bench_stored(args.stored, args.batch // 10, args.profile, words)
    bench_views(args.records, args.repeat)
    print("load target >= 500k rows/s")


if __name__ == "__main__":
    main()
