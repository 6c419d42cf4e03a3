"""Opening the warehouse for reading without ever blocking a load.

The published read copy `<name>.read.duckdb` is used when it is at least as new as the live file (and its WAL);
otherwise the live file is opened read-only (waiting briefly for a writer), and if a writer holds it, a stale
read copy is still better than nothing. Warehouses made before the report views existed get them as TEMP views,
so reports work on any file without writing to it.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.db import WarehouseBusy, connect, read_copy_path
from warehouse.migrate import MIGRATIONS_DIR

VIEWS_MIGRATION = MIGRATIONS_DIR / "0004_report_views.sql"
REPORT_VIEWS = ("report_agreements", "report_agreements_by_year", "report_partner_network",
                "report_commitments_by_actor", "report_event_outcomes", "report_source_coverage")


class NoWarehouse(FileNotFoundError):
    """Neither the warehouse file nor its read copy exists."""


@dataclass
class Opened:
    con: duckdb.DuckDBPyConnection
    path: Path          # the file actually opened
    note: str | None    # why it is not the fresh copy, if it is not

    def close(self) -> None:
        self.con.close()


def _mtime(p: Path) -> float:
    try:
        return p.stat().st_mtime
    except FileNotFoundError:
        return 0.0


def is_fresh(db: Path, copy: Path) -> bool:
    """The read copy exists and nothing was written to the live file (or its WAL) after it was published."""
    if not copy.exists():
        return False
    wal = db.with_name(db.name + ".wal")
    return _mtime(copy) >= max(_mtime(db), _mtime(wal))


def open_read_only(db: str | os.PathLike, wait_seconds: float = 2.0) -> Opened:
    """A read-only connection to the freshest readable copy of `db`, with the report views available."""
    db = Path(db)
    copy = read_copy_path(db)
    if is_fresh(db, copy):
        opened = Opened(duckdb.connect(str(copy), read_only=True), copy, None)
    elif db.exists():
        try:
            opened = Opened(connect(db, read_only=True, wait_seconds=wait_seconds), db, None)
        except WarehouseBusy:
            if not copy.exists():
                raise
            opened = Opened(duckdb.connect(str(copy), read_only=True), copy,
                            f"{db} is being written; reading the older copy {copy.name}")
    elif copy.exists():
        opened = Opened(duckdb.connect(str(copy), read_only=True), copy, None)
    else:
        raise NoWarehouse(f"no warehouse at {db} (run `pactwatch demo` or `pactwatch crawl` first)")
    ensure_report_views(opened.con)
    return opened


def ensure_report_views(con: duckdb.DuckDBPyConnection) -> None:
    """Create the report views as TEMP views when the file predates migration 0004 (a read-only file allows
    temporary objects); a no-op on an up-to-date warehouse."""
    have = {r[0] for r in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal AND view_name LIKE 'report_%'").fetchall()}
    if set(REPORT_VIEWS) <= have:
        return
    sql = re.sub(r"(?m)^CREATE VIEW", "CREATE TEMP VIEW", VIEWS_MIGRATION.read_text(encoding="utf-8"))
    con.execute(sql)
