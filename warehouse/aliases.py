"""The alias store (migration 0009): URLs that led to an article stored under another URL, its identity.

Written after a run's load (one small upsert), read before its fetches, so a redirecting path or an old spelling
found again is fetched (conditionally) as the article it leads to, not as a new page.
"""
from __future__ import annotations

import duckdb
import pyarrow as pa

from warehouse.db import WarehouseBusy, _registered, connect
from warehouse.migrate import utcnow


def remember_aliases(con, aliases: dict[str, tuple[str, str]]) -> None:
    """Upsert alias -> (identity url, source) rows (an alias that now leads elsewhere follows it)."""
    rows = [(a, u, s) for a, (u, s) in aliases.items() if a != u]
    if not rows:
        return
    now = utcnow()
    tbl = pa.table({"alias": pa.array([r[0] for r in rows], pa.string()),
                    "url": pa.array([r[1] for r in rows], pa.string()),
                    "source": pa.array([r[2] for r in rows], pa.string())})
    with _registered(con, tbl) as b:
        con.execute(f"""INSERT INTO url_aliases SELECT alias, url, source, ?, ? FROM {b}
            ON CONFLICT (alias) DO UPDATE SET url = excluded.url, source = excluded.source,
                                              last_seen_at = excluded.last_seen_at""", [now, now])


def store_aliases(db: str, aliases: dict[str, tuple[str, str]], wait_seconds: float = 30.0) -> bool:
    """Open the warehouse and remember `aliases`; False (nothing lost but the shortcut) if it stays busy."""
    if not aliases:
        return True
    try:
        con = connect(db, wait_seconds=wait_seconds)
    except WarehouseBusy:
        return False
    try:
        remember_aliases(con, aliases)
        return True
    finally:
        con.close()


def identities(con, urls: list[str]) -> dict[str, str]:
    """alias -> identity for those of `urls` that are known aliases (a warehouse before 0009 has none)."""
    if not urls:
        return {}
    try:
        with _registered(con, pa.table({"url": pa.array(sorted(set(urls)), pa.string())})) as u:
            return dict(con.execute(f"SELECT a.alias, a.url FROM url_aliases a JOIN {u} u ON u.url = a.alias"
                                    ).fetchall())
    except duckdb.CatalogException:  # a read-only warehouse from before migration 0009
        return {}
