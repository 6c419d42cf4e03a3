"""First crawl vs second crawl of an unchanged site: wall time of each, the ratio, and article bodies downloaded.

Serves the bundled snapshot web on loopback, crawls it into a fresh warehouse with the ingest flow, then crawls it
again unchanged. The second run re-reads listings and feeds but asks for every known article conditionally (ETag /
Last-Modified) and gets 304s, so it downloads no article body and skips reading, extracting and resolving them.

    .venv/bin/python bench/recrawl.py [--pages N] [--rate-limit R]

Without `--pages` it crawls the bundled snapshot (5 sites, 19 articles); `--pages N` crawls the generated web of
bench/gen_web.py (4 sites, N articles, 50 per listing page). `--rate-limit` is requests/second per host (the
production default is 1; the default here, 0, measures the pipeline alone).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def article_bodies(web) -> int:
    """Article GETs answered 200 (with a body) since the log was reset."""
    paths = {(a["site"], a["path"]) for a in web.manifest["articles"].values()}
    with web._lock:
        return sum(1 for s, m, p, st in web.requests if m == "GET" and st == 200 and (s, urlsplit(p).path) in paths)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate-limit", type=float, default=0.0)
    ap.add_argument("--recheck-days", type=float, default=0.0,
                    help="the ingest's recheck_days: > 0 asks for no recently checked article at all")
    ap.add_argument("--pages", type=int, default=0, help="crawl a generated web of N articles (bench/gen_web.py)")
    args = ap.parse_args()
    from prefect.testing.utilities import prefect_test_harness

    from flows.ingest import ingest
    from snapshot import SnapshotWeb

    if args.pages:
        from bench.gen_web import GenWeb

        web, count, n = GenWeb(args.pages), (lambda w: w.article_gets()), args.pages
    else:
        web, count = SnapshotWeb(), article_bodies
        n = len(web.manifest["articles"])
    with prefect_test_harness(server_startup_timeout=90), web, tempfile.TemporaryDirectory() as tmp:
        sources = str(web.write_sources(Path(tmp) / "sources.yaml", rate_limit=args.rate_limit))
        db = str(Path(tmp) / "w.duckdb")
        ingest(sources_file=sources, db=str(Path(tmp) / "warm.duckdb"))  # warm imports and the API, not timed
        times, bodies = [], []
        for _ in range(2):
            web.reset_log()
            t0 = time.perf_counter()
            summary = ingest(sources_file=sources, db=db, recheck_days=args.recheck_days)
            times.append(time.perf_counter() - t0)
            bodies.append(count(web))
        unchanged = sum(s["unchanged"] for s in summary["sources"].values())
        not_due = sum(s["not_due"] for s in summary["sources"].values())
    print(f"rate limit {args.rate_limit or 'off'} req/s per host; {n} articles")
    print(f"first crawl:  {times[0]:.2f} s, {bodies[0]} article bodies downloaded")
    print(f"second crawl: {times[1]:.2f} s, {bodies[1]} article bodies downloaded ({unchanged} answered 304, "
          f"{not_due} not asked for: checked less than {args.recheck_days:g} days ago)")
    print(f"ratio second/first: {times[1] / times[0]:.2f}")


if __name__ == "__main__":
    main()
