"""Query results out of `pactwatch sql`: a table for people, CSV / JSON lines / Parquet for other tools.

Rows come back as Arrow, so types survive to Parquet; CSV writes lists and structs as JSON, JSON writes dates
as ISO strings. The table is DuckDB's own box rendering.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
from datetime import date, datetime, time
from decimal import Decimal
from typing import IO

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

FORMATS = ("table", "csv", "json", "parquet")


def _jsonable(v):
    if isinstance(v, (date, datetime, time)):
        return v.isoformat()
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, bytes):
        return v.hex()
    return str(v)


def write_table(rel: duckdb.DuckDBPyRelation, out: IO[str], max_rows: int = 10_000) -> None:
    """DuckDB's box table, as wide as the terminal (200 columns when not a terminal)."""
    width = shutil.get_terminal_size((200, 40)).columns if out.isatty() else 200
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):  # show() prints
        rel.show(max_width=width, max_rows=max_rows)
    out.write(buf.getvalue())


def _csv_cell(v):
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False, default=_jsonable)
    if isinstance(v, (date, datetime, time, Decimal, bytes)):
        return _jsonable(v)
    return v


def write_csv(table: pa.Table, out: IO[str]) -> None:
    """CSV with a header; nested values as JSON, NULL as an empty field."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(table.column_names)
    for row in zip(*(col.to_pylist() for col in table.columns)):
        w.writerow([_csv_cell(v) for v in row])


def write_json(table: pa.Table, out: IO[str]) -> None:
    """One JSON object per row (JSON lines), as `pactwatch extract` prints."""
    for row in table.to_pylist():
        out.write(json.dumps(row, ensure_ascii=False, default=_jsonable) + "\n")


def write_parquet(table: pa.Table, path: str) -> None:
    """A Parquet file with the query's column types."""
    pq.write_table(table, path)
