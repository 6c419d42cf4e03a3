"""The backfill's seen-URL store (`seen_urls`, migration 0005): what a run settled, so a backfill resumes and a page
that answered 404/410 is not asked for again for a while; and when each stored page was last checked.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pyarrow as pa

from warehouse.db import _registered
from warehouse.migrate import utcnow


def remember_seen(con, seen: list[tuple[str, str, str, object]]) -> None:
    """Upsert (url, source, outcome, published_on) rows into the seen-URL store."""
    if not seen:
        return
    now = utcnow()
    tbl = pa.table({"url": pa.array([s[0] for s in seen], pa.string()),
                    "source": pa.array([s[1] for s in seen], pa.string()),
                    "outcome": pa.array([s[2] for s in seen], pa.string()),
                    "published_on": pa.array([s[3] for s in seen], pa.date32())})
    with _registered(con, tbl) as b:
        con.execute(f"""INSERT INTO seen_urls SELECT url, source, outcome, published_on, ?, ? FROM {b}
            ON CONFLICT (url) DO UPDATE SET outcome = excluded.outcome, published_on = excluded.published_on,
                                            last_seen_at = excluded.last_seen_at""", [now, now])


def seen_before(con, urls: list[str]) -> dict[str, tuple[str, object]]:
    """For URLs a backfill may skip: url -> (outcome, published_on), from loaded pages and the seen-URL store."""
    if not urls:
        return {}
    tbl = pa.table({"url": pa.array(sorted(set(urls)), pa.string())})
    with _registered(con, tbl) as u:
        rows = con.execute(f"""SELECT u.url, coalesce(CASE WHEN p.url IS NOT NULL THEN 'loaded' END, s.outcome),
                   coalesce(p.published_on, s.published_on)
            FROM {u} u LEFT JOIN pages p ON p.url = u.url LEFT JOIN seen_urls s ON s.url = u.url
            WHERE p.url IS NOT NULL OR (s.url IS NOT NULL AND s.outcome <> 'failed')""").fetchall()
    return {url: (outcome, published) for url, outcome, published in rows}


def gone_urls(con, urls: list[str], days: float) -> set[str]:
    """The URLs that answered 404/410 (outcome 'gone') within the last `days` days."""
    if not urls:
        return set()
    since = utcnow() - timedelta(days=days)
    with _registered(con, pa.table({"url": pa.array(sorted(set(urls)), pa.string())})) as u:
        return {r[0] for r in con.execute(f"""SELECT s.url FROM seen_urls s JOIN {u} u ON u.url = s.url
            WHERE s.outcome = 'gone' AND s.last_seen_at >= ?""", [since]).fetchall()}


def last_checked(con, urls: list[str]) -> dict[str, datetime]:
    """When each stored URL was last fetched or confirmed unchanged (a 304 refreshes it): the seen-URL store."""
    if not urls:
        return {}
    with _registered(con, pa.table({"url": pa.array(sorted(set(urls)), pa.string())})) as u:
        return dict(con.execute(f"SELECT r.url, r.fetched_at FROM raw_pages r JOIN {u} u ON u.url = r.url").fetchall())
