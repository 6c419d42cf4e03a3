"""What every `pactwatch` subcommand shares: the bad-input error, the default warehouse and the options several
take (--db, --no-progress), reading a sources file and printing a run's summary. Imported by cli.py and the command
modules, never the other way round."""
from __future__ import annotations

import os
from pathlib import Path

EXAMPLE_SQL = """SELECT agreement_type, signed_on, parties, event_name, len(source_urls) AS reports
FROM agreements ORDER BY signed_on NULLS LAST;"""


class UsageError(Exception):
    """Bad input from the user: reported as one line, exit code 2."""


def db_default() -> str:
    """The warehouse file when --db is not given: $PACTWATCH_DB or pactwatch.duckdb."""
    return os.environ.get("PACTWATCH_DB", "pactwatch.duckdb")


def add_db_option(parser) -> None:
    """--db on a subcommand that reads or writes the warehouse (db_default() when not given)."""
    parser.add_argument("--db", default=None, help="warehouse file (default: $PACTWATCH_DB or pactwatch.duckdb)")


def add_progress_option(parser) -> None:
    """--no-progress on a subcommand that shows a run's progress on stderr."""
    parser.add_argument("--no-progress", action="store_true", help="no progress bar/lines on stderr")


def load_sources_or_fail(path: str):
    """The sources file's sources, or UsageError (exit 2) naming what is wrong with it."""
    from pactwatch.config import SourcesError, load_sources

    if not Path(path).is_file():
        raise UsageError(f"sources file not found: {path}")
    try:
        return load_sources(path)
    except SourcesError as exc:
        raise UsageError(str(exc)) from None


def _run_counts(load: dict) -> dict[str, dict]:
    """New / updated counts of this run's load: articles, then each record relation."""
    return {"articles": load.get("articles") or {},
            **{f"{kind}s": counts or {} for kind, counts in (load.get("records") or {}).items()}}


def print_summary(summary: dict, db: str) -> None:
    """Pages, records per relation, duplicates merged, failures and warnings, then a query to try."""
    srcs = summary["sources"]
    seen = sum(s["seen"] for s in srcs.values())
    fetched = sum(s["fetched"] for s in srcs.values())
    unchanged = sum(s["unchanged"] for s in srcs.values())
    print(f"pages: {seen} articles seen, {fetched} fetched, {unchanged} unchanged (304), "
          f"{sum(len(s['failed']) for s in srcs.values())} failed, "
          f"{sum(len(s.get('skipped', {})) for s in srcs.values())} skipped by policy (robots.txt, content type)")
    load = summary["load"]
    if "staged" in load:
        print(f"warehouse busy: this run's batch is staged at {load['staged']} and loads with the next run")
    else:
        import duckdb

        con = duckdb.connect(db, read_only=True)
        try:
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("articles", "events", "agreements", "commitments", "evidence")}
        finally:
            con.close()
        print("this run: " + "; ".join(f"{k} {c.get('new', 0)} new, {c.get('updated', 0)} updated"
                                       for k, c in _run_counts(load).items()))
        print("warehouse totals: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        print(f"duplicates merged: {load['duplicates_merged']} mentions folded into existing records (warehouse)")
    for name, s in srcs.items():
        if s.get("health") in ("failed", "partial"):
            print(f"  source [{name}] {s['health']}: " + "; ".join(s.get("reasons") or []))
        for url, why in s["failed"].items():
            print(f"  failed [{name}] {url}: {why}")
        for url, why in s.get("skipped", {}).items():
            print(f"  skipped [{name}] {url}: {why}")
        for w in s["warnings"]:
            print(f"  warning [{name}] {w}")
    if "staged" in load:
        return
    print(f"\nwarehouse: {db}\ntry:\n  .venv/bin/python -c \"import duckdb; print(duckdb.connect('{db}', read_only=True)"
          f".sql('''{EXAMPLE_SQL}'''))\"")
