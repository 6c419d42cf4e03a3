"""`pactwatch backfill`: load a sources file's articles published in a date window, resumably, with progress."""
from __future__ import annotations

import sys
from datetime import date


def _day(value: str) -> date:
    from cli.common import UsageError

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_parser(sub) -> None:
    """Register `backfill` on the `pactwatch` subparsers."""
    from cli.common import add_db_option, add_progress_option

    p = sub.add_parser("backfill", help="load the articles published in a date window (walks listings, feeds, "
                       "sitemaps back to --since)",
                       description="Walk every source's listing pagination, feeds and sitemaps (sitemap indexes "
                       "too) back to --since, and load the articles published from --since to --until. Loads in "
                       "chunks and remembers what it settled: interrupt it and run it again to resume.",
                       epilog="example: pactwatch backfill --sources sources.yaml --since 2015-09-01 "
                       "--until 2015-12-31 --db pactwatch.duckdb")
    p.add_argument("--sources", required=True, help="sources file (YAML), see README")
    p.add_argument("--since", required=True, help="first publication date to load (YYYY-MM-DD)")
    p.add_argument("--until", help="last publication date to load (YYYY-MM-DD; default: no end)")
    add_db_option(p)
    p.add_argument("--only", nargs="*", help="only these sources (by name)")
    p.add_argument("--chunk", type=int, default=50, help="articles per load, the resume point (default 50)")
    p.add_argument("--dask", metavar="ADDRESS", help="run the tasks on Dask: 'local[:N]' or tcp://scheduler:port")
    add_progress_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    """Run the backfill flow and print the same summary as `crawl`, plus the window's figures."""
    from pactwatch import interrupts
    from cli.common import UsageError, db_default, load_sources_or_fail, print_summary

    since, until = _day(args.since), (_day(args.until) if args.until else None)
    if until is not None and until < since:
        raise UsageError(f"--until {until} is before --since {since}")
    if args.chunk < 1:
        raise UsageError("--chunk must be at least 1")
    load_sources_or_fail(args.sources)
    if not args.no_progress:
        print("backfill: starting Prefect and the backfill flow ...", file=sys.stderr, flush=True)
    from flows.backfill import backfill
    from flows.health import RunFailed, exit_code
    from flows.progress import cli_progress
    from flows.runner import with_runner

    db = args.db or db_default()
    flow_obj = with_runner(backfill, args.dask) if args.dask else backfill
    try:
        with cli_progress("backfill", enabled=not args.no_progress):
            summary = flow_obj(sources_file=args.sources, since=since, until=until, db=db, only=args.only,
                               chunk=args.chunk)
    except KeyboardInterrupt:
        raise
    except RunFailed as exc:
        print(f"pactwatch: error: {exc}", file=sys.stderr)
        print_summary(exc.summary, db)
        return 3
    except Exception as exc:
        interrupts.check(exc)
        print(f"pactwatch: error: the backfill failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3
    print_summary(summary, db)
    w = summary["window"]
    print(f"window {w['since']} .. {w['until'] or 'today'}: {w['loaded']} articles loaded ({w['undated']} undated), "
          f"{w['out_of_window']} outside the window, {w['settled_before']} settled by an earlier run")
    return exit_code(summary)
