"""Reading a warehouse file in tests the way an analyst does: a read-only connection per query, closed after."""
from __future__ import annotations

from pathlib import Path

import duckdb


def rows(db: str | Path, sql: str, *params) -> list[tuple]:
    """The rows `sql` returns from the DuckDB file `db`, opened read-only."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def count(db: str | Path, relation: str) -> int:
    """The number of rows of `relation` (a table or view name written by the test, never scraped text)."""
    return rows(db, f"SELECT count(*) FROM {relation}")[0][0]
