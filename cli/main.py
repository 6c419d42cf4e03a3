"""The `pactwatch` command: demo, crawl, extract.

Exit codes: 0 complete success; 1 partial success (the run finished but some pages failed or a batch was staged);
2 bad input (a bad sources file, argument or path: one line on stderr, no traceback); 3 the run itself failed.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from pactwatch import interrupts
from cli.common import (UsageError, add_db_option, add_progress_option, db_default, load_sources_or_fail,
                        print_summary)

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
# Flow and task logs reach the Prefect API at INFO (`prefect flow-run logs`, the UI), also for runs `pactwatch serve`
# starts; the terminal shows warnings and errors only. Both are Prefect's own settings: set them to change this.
os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
# Prefect's ephemeral API server gets 20 s to start by default; on a busy 2-core machine a crawl then failed
# before fetching anything ("Timed out while attempting to connect to ephemeral Prefect API server").
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr (and exit 2), not a usage dump."""

    def error(self, message: str):  # noqa: D102
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="pactwatch", description="Watch the web for climate-cooperation agreements, "
                                "commitments and summit results; load them into DuckDB.",
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog="examples:\n  pactwatch demo\n  pactwatch crawl --sources sources.yaml --db pactwatch.duckdb\n"
                                "  pactwatch extract saved-page.html https://example.org/news/1\n\n"
                                "exit codes: 0 success, 1 partial success, 2 bad input, 3 run failed.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    d = sub.add_parser("demo", help="crawl the bundled snapshot web into a DuckDB file",
                       description="Serve the bundled snapshot of the partner sites on 127.0.0.1, crawl it with the "
                       "ingest flow and write the warehouse.",
                       epilog="example: pactwatch demo --db pactwatch.duckdb")
    add_db_option(d)
    add_progress_option(d)
    c = sub.add_parser("crawl", help="one run of the ingest flow over every source in a sources file",
                       description="Crawl every source of a sources file (YAML) once and load the warehouse.",
                       epilog="example: pactwatch crawl --sources sources.yaml --db pactwatch.duckdb")
    c.add_argument("--sources", required=True, help="sources file (YAML), see README")
    add_db_option(c)
    c.add_argument("--only", nargs="*", help="crawl only these sources (by name)")
    add_progress_option(c)
    e = sub.add_parser("extract", help="read pages and print their records as JSON lines (no warehouse)",
                       description="Read saved pages (files) or URLs and print one JSON object per input with its "
                       "title, date, language, main text and the events, agreements and commitments found.",
                       epilog="example: pactwatch extract page1.html page2.html.gz https://example.org/news/1")
    e.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
    e.add_argument("--language", help="language hint (en, zh)")
    import importlib

    from cli import MODULES

    for name in MODULES:
        importlib.import_module(f"cli.{name}").add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = _parser().parse_args(argv)
    interrupts.install()  # a Ctrl-C DuckDB turns into an error still ends the run as interrupted (exit 130)
    try:
        if hasattr(args, "func"):
            return args.func(args)
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "crawl":
            return cmd_crawl(args)
    except UsageError as exc:
        print(f"pactwatch: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pactwatch: interrupted", file=sys.stderr)
        return 130
    return 2


def run_ingest(sources_file: str, db: str, only: list[str] | None = None, progress: bool = True
               ) -> tuple[dict, int]:
    """Run the ingest flow and say how it went: the flow's summary and the exit code its health deserves
    (flows/health.py: 0 every source ok, 1 partial, 3 every source failed or the run failed)."""
    load_sources_or_fail(sources_file)
    from pactwatch.config import Settings

    try:
        Settings.from_env()  # a bad PACTWATCH_* value is bad input: say so before any run starts
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if progress:
        print("crawl: starting Prefect and the ingest flow ...", file=sys.stderr, flush=True)
    from flows.health import RunFailed, exit_code
    from flows.ingest import ingest
    from flows.progress import cli_progress

    try:
        with cli_progress("crawl", enabled=progress):
            summary = ingest(sources_file=sources_file, db=db, only=only)
    except RunFailed as exc:
        print(f"pactwatch: error: {exc}", file=sys.stderr)
        return exc.summary, 3
    except Exception as exc:
        interrupts.check(exc)
        print(f"pactwatch: error: the run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return {}, 3
    return summary, exit_code(summary)


def cmd_crawl(args) -> int:
    db = args.db or db_default()
    summary, code = run_ingest(args.sources, db, args.only, progress=not args.no_progress)
    if summary:
        print_summary(summary, db)
    return code


def cmd_demo(args) -> int:
    from snapshot import SnapshotWeb

    db = args.db or db_default()
    # Fixed ports, so the snapshot's URLs (the articles' identity) are the same on every run.
    port_base = int(os.environ.get("PACTWATCH_DEMO_PORT_BASE", "18470"))
    try:
        web = SnapshotWeb(port_base=port_base).start()
    except OSError as exc:
        raise UsageError(f"cannot serve the snapshot on 127.0.0.1:{port_base}-{port_base + 9} ({exc.strerror}); "
                         "set PACTWATCH_DEMO_PORT_BASE to free ports") from None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            sources = web.write_sources(Path(tmp) / "sources.yaml", rate_limit=0)
            print(f"serving the bundled snapshot web: {len(web.base_urls)} sites on 127.0.0.1")
            summary, code = run_ingest(str(sources), db, progress=not args.no_progress)
    finally:
        web.stop()
    if summary:
        print_summary(summary, db)
    return code


def _jsonable(v):
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    raise TypeError(type(v))


def cmd_extract(args) -> int:
    import gc

    from cli.extract_inputs import extract_input

    code = 0
    # The first input loads the reader and the rules (imports, compiled patterns, the gazetteer and alias book):
    # a few hundred thousand long-lived objects and no garbage cycles worth collecting meanwhile. The collector is
    # paused until then and those objects are frozen out of its later passes, which walked them all again.
    collecting = gc.isenabled()
    gc.disable()
    for item in args.inputs:
        try:
            obj = extract_input(item, args.language)
        except UsageError as exc:
            obj = {("url" if "://" in item else "path"): item, "error": str(exc)}
            code = 2
        finally:
            if collecting and not gc.isenabled():
                gc.freeze()
                gc.enable()
        print(json.dumps(obj, ensure_ascii=False, default=_jsonable), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
