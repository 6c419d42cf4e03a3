"""Versioned schema migrations: `migrations/NNNN_name.sql`, applied in order, each in its own transaction.

A warehouse file made by any earlier version of pactwatch is brought up to date on its first writable open,
with its data intact; `schema_migrations` records what was applied and when.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_NAME = re.compile(r"^(\d{4})_([A-Za-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def utcnow() -> datetime:
    """Naive UTC now: every TIMESTAMP in the warehouse is UTC without a zone."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def available_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """All migration files, ordered by version; refuses duplicate versions so the order is never ambiguous."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        m = _NAME.match(path.name)
        if not m:
            raise ValueError(f"migration file name must look like 0001_name.sql: {path.name}")
        version = int(m.group(1))
        if version in found:
            raise ValueError(f"two migrations with version {version}: {found[version].path.name}, {path.name}")
        found[version] = Migration(version, m.group(2), path)
    return [found[v] for v in sorted(found)]


def applied_versions(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Versions already applied to this database (empty for a new file)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        " AND table_schema = current_schema()"
    ).fetchone()[0]
    if not exists:
        return []
    return [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]


def migrate(
    con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS_DIR, target: int | None = None
) -> list[int]:
    """Apply every pending migration (up to `target` if given), each in its own transaction; return their versions.

    A migration that fails is rolled back whole, so the file stays at the last complete version.
    """
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = set(applied_versions(con))
    applied: list[int] = []
    for mig in available_migrations(directory):
        if mig.version in done or (target is not None and mig.version > target):
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(mig.sql())
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)", [mig.version, mig.name, utcnow()]
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(mig.version)
    return applied
