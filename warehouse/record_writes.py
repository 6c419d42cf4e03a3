"""Writing resolved records: make the record tables and `evidence` equal to what resolution returned, in bulk
(Arrow tables joined against the stored rows), touching only rows that really change, so `updated_at` means
what it says; and noting which record each mention became, so the next resolution keeps the fact's id.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pyarrow as pa

from pactwatch.models import ResolvedRecord
from warehouse.db import RECORD_TABLES, RecordTable, _registered


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0


def count(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> int:
    """The first column of the first row a statement returns (a count), 0 when it returns none."""
    rows = con.execute(sql, params or []).fetchall()
    return int(rows[0][0]) if rows else 0


_ARROW = {"VARCHAR": pa.string(), "DATE": pa.date32(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(),
          "VARCHAR[]": pa.list_(pa.string())}


def _coerce(value, sql_type: str):
    if value is None:
        return [] if sql_type == "VARCHAR[]" else None
    if sql_type == "VARCHAR":
        return str(value)
    if sql_type == "DATE":
        if isinstance(value, datetime):
            return value.date()
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    if sql_type == "INTEGER":
        return int(value)
    if sql_type == "DOUBLE":
        return float(value)
    return [str(v) for v in value]  # VARCHAR[]


def _column(values: list, sql_type: str) -> pa.Array:
    """Arrow column of one type; values already of the right Python type take the fast path."""
    if sql_type == "VARCHAR[]":
        values = [[] if v is None else v for v in values]
    try:
        return pa.array(values, _ARROW[sql_type])
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
        return pa.array([_coerce(v, sql_type) for v in values], _ARROW[sql_type])


def _evidence_sha(evidence: list[tuple[str, str]]) -> str:
    h = hashlib.sha1()
    pairs = evidence if len(evidence) == 1 else sorted(set((u, q or "") for u, q in evidence))
    for url, quote in pairs:
        h.update(f"{url}\x1f{quote or ''}\x1e".encode("utf-8"))
    return h.hexdigest()


def write_records(con, records: list[ResolvedRecord], extractor_version: str, now: datetime,
                  scope: set[str] | None = None) -> dict[str, Counts]:
    """Make the record tables and evidence equal to `records`, touching only rows that really change.

    With `scope` (incremental), `records` are the re-resolved records: only stored ones whose id is in `scope`
    may go. Old rows of what changed are left in TEMP tables _pw_old_<table>
    and new ids in _pw_new_<table>, for the report tables.
    """
    by_type: dict[str, list[ResolvedRecord]] = {t: [] for t in RECORD_TABLES}
    for r in records:
        if r.record_type not in by_type:
            raise ValueError(f"resolver returned unknown record_type {r.record_type!r}")
        by_type[r.record_type].append(r)
    ids = sorted((scope or set()) | {r.record_id for r in records})
    counts: dict[str, Counts] = {}
    con.register("_pw_scope", pa.table({"id": pa.array(ids, pa.string())}))  # stored ids that may change
    try:
        for rtype, recs in by_type.items():
            spec = RECORD_TABLES[rtype]
            ids = [r.record_id for r in recs]
            if len(set(ids)) != len(ids):
                raise ValueError(f"resolver returned duplicate {rtype} ids")
            counts[rtype] = _write_table(con, spec, recs, extractor_version, now, scope is None)
        _write_evidence(con, records, scope is None)
        return counts
    finally:
        try:
            con.unregister("_pw_scope")
        except duckdb.Error:
            pass


def _write_evidence(con, records: list[ResolvedRecord], everything: bool) -> None:
    ev = list({(r.record_type, r.record_id, u, q): None for r in records for u, q in r.evidence})
    cols = list(zip(*ev)) if ev else [(), (), (), ()]
    tbl = pa.table({name: pa.array(cols[i], pa.string())
                    for i, name in enumerate(("record_type", "record_id", "url", "quote"))})
    same = ("n.record_type = e.record_type AND n.record_id = e.record_id AND n.url = e.url"
            " AND n.quote IS NOT DISTINCT FROM e.quote")
    with _registered(con, tbl) as n:
        con.execute(f"""DELETE FROM evidence e
            WHERE (? OR e.record_id IN (SELECT id FROM _pw_scope))
            AND NOT EXISTS (SELECT 1 FROM {n} n WHERE {same})""", [everything]).fetchall()
        con.execute(f"""INSERT INTO evidence (record_type, record_id, url, quote)
            SELECT * FROM {n} n WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE {same})""").fetchall()


def _write_table(con, spec: RecordTable, recs: list[ResolvedRecord], extractor_version: str,
                 now: datetime, everything: bool) -> Counts:
    data = {spec.id_column: pa.array([r.record_id for r in recs], pa.string())}
    for col, sql_type in spec.columns:
        data[col] = _column([r.fields.get(col) for r in recs], sql_type)
    data["source_urls"] = pa.array([r.source_urls for r in recs], pa.list_(pa.string()))
    data["evidence_sha"] = pa.array([_evidence_sha(r.evidence) for r in recs], pa.string())
    cols = [c for c, _ in spec.columns] + ["source_urls", "evidence_sha"]
    t, idc = spec.table, spec.id_column
    c = Counts()
    with _registered(con, pa.table(data)) as n:
        con.execute(f"""CREATE OR REPLACE TEMP TABLE _pw_old_{t} AS SELECT {t}.* FROM {t}
            LEFT JOIN {n} n ON n.{idc} = {t}.{idc}
            WHERE (n.{idc} IS NULL AND (? OR {t}.{idc} IN (SELECT id FROM _pw_scope))) OR (n.{idc} IS NOT NULL
              AND ({", ".join(f"{t}.{x}" for x in cols)}) IS DISTINCT FROM ({", ".join(f"n.{x}" for x in cols)}))""",
            [everything]).fetchall()
        con.execute(f"""CREATE OR REPLACE TEMP TABLE _pw_new_{t} AS SELECT n.{idc} AS id FROM {n} n
            WHERE n.{idc} IN (SELECT {idc} FROM _pw_old_{t})
               OR NOT EXISTS (SELECT 1 FROM {t} WHERE {t}.{idc} = n.{idc})""").fetchall()
        c.removed = count(con, f"""DELETE FROM {t} WHERE {idc} IN (SELECT {idc} FROM _pw_old_{t})
            AND NOT EXISTS (SELECT 1 FROM {n} n WHERE n.{idc} = {t}.{idc})""")
        c.updated = count(con, f"""UPDATE {t} SET {", ".join(f"{x} = n.{x}" for x in cols)},
                   updated_at = ?, extractor_version = ?
            FROM {n} n WHERE {t}.{idc} = n.{idc} AND {t}.{idc} IN (SELECT {idc} FROM _pw_old_{t})""",
            [now, extractor_version])
        c.new = count(con, f"""INSERT INTO {t} ({idc}, {", ".join(cols)}, first_seen_at, updated_at, extractor_version)
            SELECT n.{idc}, {", ".join(f"n.{x}" for x in cols)}, ?, ?, ? FROM {n} n
            WHERE NOT EXISTS (SELECT 1 FROM {t} WHERE {t}.{idc} = n.{idc})""", [now, now, extractor_version])
    c.unchanged = count(con, f"SELECT count(*) FROM {t}") - c.new - c.updated
    return c


def store_record_ids(con, records: list[ResolvedRecord], keys: list[str]) -> None:
    """Remember which record each mention became, so the next resolution can keep the fact's id."""
    rid = {k: r.record_id for r in records for k in r.mention_keys}
    tbl = pa.table({"mention_key": pa.array(keys, pa.string()),
                    "record_id": pa.array([rid.get(k) for k in keys], pa.string())})
    with _registered(con, tbl) as n:
        con.execute(f"""UPDATE mentions SET record_id = n.record_id FROM {n} n
            WHERE mentions.mention_key = n.mention_key AND mentions.record_id IS DISTINCT FROM n.record_id""")
