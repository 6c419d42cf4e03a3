"""The warehouse read by a task that can do without it (conditional GET, settled articles, aliases, dead runs):
a run must go on when the warehouse is new or another run holds its lock, not wait for it."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from prefect import get_run_logger


@contextmanager
def warehouse_or_none(db: str, busy: str | None = None) -> Iterator:
    """The warehouse open read-only for the block, or None if the file does not exist yet or stays locked past 5 s
    (then `busy`, what the run does instead, is logged as a warning); closed after the block."""
    from warehouse.db import WarehouseBusy, connect

    if not Path(db).exists():
        yield None
        return
    try:
        con = connect(db, read_only=True, wait_seconds=5)
    except WarehouseBusy:
        if busy:
            get_run_logger().warning(busy)
        yield None
        return
    try:
        yield con
    finally:
        con.close()
