"""`pactwatch sql`: run read-only queries on the warehouse and print a table, or export CSV / JSON / Parquet.

Opens the published read copy when it is fresh, else the warehouse read-only, so a query never blocks a load.
Only reading statements run (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, PRAGMA); anything that
writes is refused before it reaches DuckDB. Without a query it reads statements from stdin (a `;` ends one).
"""
from __future__ import annotations

import argparse
import sys

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: `pactwatch extract` and the other commands need no duckdb start-up
    import duckdb

READING = {"SELECT", "EXPLAIN", "PRAGMA"}
PROMPT, MORE = "pactwatch> ", "      ...> "


def add_parser(sub) -> None:
    """Register `pactwatch sql`."""
    from cli.common import add_db_option

    p = sub.add_parser(
        "sql", help="run read-only SQL on the warehouse (table, csv, json, parquet)",
        description="Run read-only SQL on the warehouse and print the result. Without QUERY, read statements "
        "from stdin (end each with ';'; '.quit' leaves). Uses the published read copy when it is fresh, so a "
        "query never blocks a load.",
        epilog="examples:\n  pactwatch sql \"SELECT * FROM report_partner_network LIMIT 10\"\n"
        "  pactwatch sql --format csv \"FROM report_commitments_by_actor\" > commitments.csv\n"
        "  pactwatch sql --format parquet --out agreements.parquet \"FROM agreements\"\n"
        "  echo 'FROM report_source_coverage;' | pactwatch sql",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", nargs="?", help="one SQL query (omit for the interactive mode)")
    add_db_option(p)
    p.add_argument("--format", choices=("table", "csv", "json", "parquet"), default="table",
                   help="table (default), csv, json (one object per line) or parquet (needs --out)")
    p.add_argument("--out", help="write to this file instead of stdout")
    p.set_defaults(func=run)


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> list:
    """The statements of `sql`, or UsageError naming the first one that is not a reading statement."""
    import duckdb

    from cli.common import UsageError

    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise UsageError(_one_line(exc)) from None
    if not statements:
        raise UsageError("empty query")
    for st in statements:
        if st.type.name not in READING:
            raise UsageError(refusal(st.query, st.type.name))
    return statements


def refusal(typed: str, kind: str) -> str:
    """Why a statement is refused, naming it as the user typed it (DuckDB calls `PRAGMA threads=1` a SET and
    `CHECKPOINT` a CALL: the user wrote neither)."""
    text = " ".join(typed.split()).rstrip(";").strip()
    shown = text if len(text) <= 60 else text[:57] + "..."
    word = (text.split() or [kind])[0].upper()
    why = "it changes a setting" if word == "PRAGMA" else f"{word} statements write or change the database"
    return (f"pactwatch sql is read-only: `{shown}` is refused ({why}; only SELECT, WITH, FROM, DESCRIBE, SHOW, "
            "SUMMARIZE, EXPLAIN and reading PRAGMAs run)")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def execute(con: duckdb.DuckDBPyConnection, sql: str, fmt: str, out_path: str | None, out=None) -> None:
    """Run the reading statements of `sql`; print (or write) the result of each that returns rows."""
    import duckdb

    from cli.common import UsageError
    from reports import export

    out = out or sys.stdout
    for st in check_read_only(con, sql):
        try:
            rel = con.sql(st.query)
        except duckdb.Error as exc:
            raise UsageError(_one_line(exc)) from None
        if rel is None:
            continue
        try:
            if fmt == "table":
                export.write_table(rel, out)
                continue
            table = rel.to_arrow_table()
        except duckdb.Error as exc:
            raise UsageError(_one_line(exc)) from None
        if fmt == "parquet":
            export.write_parquet(table, out_path)
        elif fmt == "csv":
            export.write_csv(table, out)
        else:
            export.write_json(table, out)


def repl(con: duckdb.DuckDBPyConnection, fmt: str, out_path: str | None, stdin=None, out=None) -> int:
    """Read statements from stdin until EOF or `.quit`; a bad one prints one line and the loop goes on.
    Returns 0 when every statement ran, else 2."""
    from cli.common import UsageError

    stdin, out = stdin or sys.stdin, out or sys.stdout
    interactive = stdin.isatty()
    buf: list[str] = []
    code = 0

    def flush() -> None:
        nonlocal code
        text = "\n".join(buf).strip()
        buf.clear()
        if not text.strip(";").strip():
            return
        try:
            execute(con, text, fmt, out_path, out)
        except UsageError as exc:
            print(f"pactwatch: error: {exc}", file=sys.stderr, flush=True)
            code = 2
        out.flush()

    while True:
        if interactive:
            print(MORE if buf else PROMPT, end="", file=sys.stderr, flush=True)
        line = stdin.readline()
        if not line:
            break
        if not buf and line.strip() in (".quit", ".exit", "\\q"):
            break
        buf.append(line.rstrip("\n"))
        if line.rstrip().endswith(";"):
            flush()
    flush()
    return code


def run(args) -> int:
    """Open the warehouse read-only and run the query (or the interactive loop)."""
    from cli.common import UsageError, db_default
    from reports.opening import NoWarehouse, open_read_only
    from warehouse.db import WarehouseBusy

    if args.format == "parquet" and not args.out:
        raise UsageError("--format parquet needs --out FILE")
    try:
        opened = open_read_only(args.db or db_default())
    except (NoWarehouse, WarehouseBusy) as exc:
        raise UsageError(str(exc)) from None
    if opened.note:
        print(f"pactwatch: note: {opened.note}", file=sys.stderr)
    try:
        if args.out and args.format != "parquet":
            with open(args.out, "w", encoding="utf-8", newline="") as fh:
                return _run(opened.con, args, fh)
        return _run(opened.con, args, sys.stdout)
    finally:
        opened.close()


def _run(con, args, out) -> int:
    if args.query is None:
        return repl(con, args.format, args.out, out=out)
    execute(con, args.query, args.format, args.out, out)
    return 0
