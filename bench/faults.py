"""Reliability figures: one run of the real ingest flow over the fault web (tests/reliability/faultweb.py, on
127.0.0.1 only) into a fresh DuckDB file; prints each fault with what pactwatch did, then the figures: faults
tried, pages kept, failed, skipped, records expected and lost (must be 0), run time and peak Python heap.

    .venv/bin/python bench/faults.py [--keep DIR]

Exits 1 if a record is lost or a fault's outcome is not the expected one. Prefect runs on a temporary PREFECT_HOME
(its own local server, as for a user without PREFECT_API_URL).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "reliability")]

from faultweb import ENV, EXPECTED, FAULTS, HUGE_BYTES, FaultWeb, lost_records  # noqa: E402


def outcome(summary: dict, web: FaultWeb, fault, articles: set[str]) -> tuple[str, str]:
    """What the run did with one fault: (kept | failed | skipped | dropped | warning | missing, reason)."""
    stats = summary["sources"][fault.source]
    url = web.url(fault.site, fault.path)
    if url in stats["failed"]:
        return "failed", stats["failed"][url]
    if url in stats["skipped"]:
        return "skipped", stats["skipped"][url]
    if fault.outcome == "warning":
        return ("warning", stats["warnings"][0]) if stats["warnings"] else ("silent", "")
    if url in articles:
        return "kept", ""
    if fault.outcome == "dropped":
        asked = web.sites["elsewhere"].requests if fault.site == "elsewhere" else []
        return ("dropped", "never requested") if not asked else ("requested", str(asked))
    return "missing", ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="write the warehouse here instead of a temporary directory")
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory(prefix="pactwatch-faults-")
    out = args.keep or Path(tmp.name)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.update(ENV)
    os.environ.setdefault("PREFECT_HOME", str(Path(tmp.name) / "prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")
    os.environ.update(NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    from flows.ingest import ingest

    db = out / "faults.duckdb"
    for stale in (db, db.with_name("faults.read.duckdb")):
        stale.unlink(missing_ok=True)
    with FaultWeb() as web:
        sources = web.write_sources(out / "sources.yaml")
        tracemalloc.start()
        started = time.perf_counter()
        summary = ingest(sources_file=str(sources), db=str(db))
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        articles = {url for (url,) in con.execute("SELECT url FROM articles").fetchall()}
        agreements = con.execute("SELECT count(*) FROM agreements").fetchone()[0]
        con.close()
        wrong = 0
        print(f"{'fault':<56} {'expected':<8} {'pactwatch':<8} reason")
        for fault in FAULTS:
            got, why = outcome(summary, web, fault, articles)
            wrong += got != fault.outcome
            print(f"{fault.name:<56} {fault.outcome:<8} {got:<8} {why}")
        lost = lost_records(web, db)
        huge_sent = web.sites["news"].bytes_sent.get("/news/huge", 0)
        requests = sum(len(site.requests) for site in web.sites.values())
    srcs = summary["sources"].values()
    kept = len(articles)
    print()
    print(f"faults tried: {len(FAULTS)} ({wrong} handled otherwise than expected)")
    print(f"requests served: {requests}; article URLs seen: {sum(s['seen'] for s in srcs)}")
    print(f"pages kept: {kept}; failed: {sum(len(s['failed']) for s in srcs)}; "
          f"skipped by policy: {sum(len(s['skipped']) for s in srcs)}; "
          f"warnings: {sum(len(s['warnings']) for s in srcs)}")
    print(f"records expected: {len(EXPECTED)} agreements; in the warehouse: {agreements}; records lost: {len(lost)}")
    for item in lost:
        print(f"  lost: {item}")
    print(f"{HUGE_BYTES / 2**30:.0f} GiB page: {huge_sent / 2**20:.1f} MiB sent before pactwatch hung up")
    print(f"run: {seconds:.1f} s (incl. Prefect start); peak Python heap {peak / 2**20:.0f} MiB (tracemalloc)")
    return 1 if lost or wrong else 0


if __name__ == "__main__":
    sys.exit(main())
