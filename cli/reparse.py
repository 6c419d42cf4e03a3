"""`pactwatch reparse`: re-extract every stored page with the current extractor, no network, records in place."""
from __future__ import annotations

import sys
from pathlib import Path


def add_parser(sub) -> None:
    """Register `reparse` on the `pactwatch` subparsers."""
    from cli.common import add_db_option, add_progress_option

    p = sub.add_parser("reparse", help="re-extract every stored page with the current extractor (no network)",
                       description="Read every stored raw page again with the current extractor and update the "
                       "records in place: a fact keeps its id, and each record notes the extractor version that "
                       "produced it. Nothing is downloaded.",
                       epilog="example: pactwatch reparse --db pactwatch.duckdb")
    add_db_option(p)
    p.add_argument("--sources", metavar="FILE", help="read pages with their sources' language and reading "
                   "selectors (title, body, date), as the crawl did (default: the generic reader alone)")
    p.add_argument("--batch", type=int, default=500, help="pages per load (default 500)")
    p.add_argument("--dask", metavar="ADDRESS", help="read pages on Dask: 'local[:N]' or tcp://scheduler:port")
    add_progress_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    """Run the reparse flow and print what changed."""
    from cli.common import UsageError, db_default, load_sources_or_fail

    db = args.db or db_default()
    if not Path(db).is_file():
        raise UsageError(f"warehouse not found: {db}")
    if args.batch < 1:
        raise UsageError("--batch must be at least 1")
    if args.sources:
        load_sources_or_fail(args.sources)  # a bad file is one line, exit 2, before anything runs
    if not args.no_progress:
        print("reparse: starting Prefect and the reparse flow ...", file=sys.stderr, flush=True)
    from pactwatch import interrupts
    from flows.progress import cli_progress
    from flows.reparse import reparse
    from flows.runner import with_runner

    flow_obj = with_runner(reparse, args.dask) if args.dask else reparse
    try:
        with cli_progress("reparse", enabled=not args.no_progress):
            summary = flow_obj(db=db, batch=args.batch, sources_file=args.sources)
    except Exception as exc:
        interrupts.check(exc)
        print(f"pactwatch: error: the reparse failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3
    load = summary["load"]
    pages = sum(s["seen"] for s in summary["sources"].values())
    failed = {u: w for s in summary["sources"].values() for u, w in s["failed"].items()}
    print(f"reparsed {pages} pages with extractor {load.get('extractor_version')}; {len(failed)} unreadable "
          "(kept as they were)")
    for rtype, c in (load.get("records") or {}).items():
        print(f"  {rtype}s: {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, {c['removed']} removed")
    print(f"  records stamped with the current extractor version: {load.get('stamped', 0)}")
    for url, why in failed.items():
        print(f"  unreadable {url}: {why}")
    for name, s in summary["sources"].items():
        for w in s["warnings"]:
            print(f"  warning [{name}] {w}")
    return 1 if failed else 0
