"""Opening the warehouse file: waits politely for another writer, migrates on a writable open, and publishes a
read-only copy for analysts so their queries never block a load (DuckDB allows one writing process per file).

Also the storage-level helpers the loader and the pipeline share: where each record type lives (RECORD_TABLES),
reading raw pages back for reparse and the seen-URL store (read_raw_pages, known_pages, re-exported by load.py),
and the JSON codec of stored mentions.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
import pyarrow as pa

try:  # already locked in (a Prefect dependency); several times faster for the mention JSON
    import orjson
except ImportError:  # pragma: no cover
    orjson = None

from pactwatch.models import FetchedPage, Mention
from warehouse.files import atomic_file
from warehouse.migrate import migrate


class WarehouseBusy(RuntimeError):
    """Another process held the warehouse file's lock for longer than we were willing to wait."""

    def __init__(self, path: str | os.PathLike, holder_info: str | None):
        self.path = str(path)
        self.holder_info = holder_info
        super().__init__(f"warehouse {self.path} is locked by {holder_info or 'another process'}")


@dataclass(frozen=True)
class RecordTable:
    """Where one record type lives: its public table, id column and the RECORDS.md columns besides those two."""

    record_type: str
    table: str
    id_column: str
    columns: tuple[tuple[str, str], ...]  # (name, DuckDB type), in RECORDS.md order, without id and source_urls


RECORD_TABLES: dict[str, RecordTable] = {
    "event": RecordTable("event", "events", "event_id", (
        ("name", "VARCHAR"), ("start_on", "DATE"), ("end_on", "DATE"), ("city", "VARCHAR"), ("country", "VARCHAR"),
    )),
    "agreement": RecordTable("agreement", "agreements", "agreement_id", (
        ("agreement_type", "VARCHAR"), ("title", "VARCHAR"), ("signed_on", "DATE"),
        ("signed_on_precision", "VARCHAR"), ("city", "VARCHAR"), ("country", "VARCHAR"),
        ("event_name", "VARCHAR"), ("parties", "VARCHAR[]"), ("topics", "VARCHAR[]"),
    )),
    "commitment": RecordTable("commitment", "commitments", "commitment_id", (
        ("actor", "VARCHAR"), ("commitment_type", "VARCHAR"), ("target_year", "INTEGER"), ("base_year", "INTEGER"),
        ("reduction_pct_min", "DOUBLE"), ("reduction_pct_max", "DOUBLE"), ("per_capita_t", "DOUBLE"),
        ("event_name", "VARCHAR"), ("share_pct", "DOUBLE"),
    )),
}

_HOLDER = re.compile(r"Conflicting lock is held in (.+?)(?: \(PID (\d+)\))?(?:\. See also|$)", re.S)


def _is_lock_error(exc: BaseException) -> bool:
    msg = str(exc)
    return "Could not set lock" in msg or "Conflicting lock" in msg


def _holder_info(exc: BaseException) -> str | None:
    m = _HOLDER.search(str(exc))
    if not m:
        return None
    return f"{m.group(1).strip()} (PID {m.group(2)})" if m.group(2) else m.group(1).strip()


def connect(
    path: str | os.PathLike, read_only: bool = False, wait_seconds: float = 30.0
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, retrying with exponential backoff while another process holds its lock.

    Raises WarehouseBusy (with who holds it, as DuckDB reports) once `wait_seconds` have passed, so a scheduled
    run can stage its batch instead of failing. A writable open applies pending migrations.
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + max(0.0, wait_seconds)
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise
            left = deadline - time.monotonic()
            if left <= 0:
                raise WarehouseBusy(path, _holder_info(exc)) from exc
            time.sleep(min(delay, left))
            delay = min(delay * 2, 2.0)
    if not read_only:
        try:
            migrate(con)
        except Exception:
            con.close()
            raise
    return con


def read_copy_path(path: str | os.PathLike) -> Path:
    """`<dir>/<name>.read.duckdb` for `<dir>/<name>.duckdb` (or `<file>.read.duckdb` for other names)."""
    path = Path(path)
    stem = path.stem if path.suffix == ".duckdb" else path.name
    return path.with_name(f"{stem}.read.duckdb")


def publish_read_copy(
    path: str | os.PathLike, con: duckdb.DuckDBPyConnection | None = None, wait_seconds: float = 30.0
) -> Path:
    """Copy the warehouse to `<name>.read.duckdb` atomically (temp file + os.replace) and return its path.

    Analysts open the copy, never the live file, so a long query cannot block a load. We CHECKPOINT first and
    keep our connection open while copying, so the WAL is folded in and no writer can change the file meanwhile.
    Readers that already have the old copy open keep reading it undisturbed.
    """
    path = Path(path)
    own = con is None
    if own:
        con = connect(path, wait_seconds=wait_seconds)
    try:
        con.execute("CHECKPOINT")
        target = read_copy_path(path)
        with open(path, "rb") as src, atomic_file(target) as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        return target
    finally:
        if own:
            con.close()


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, table: pa.Table):
    """Expose an Arrow table to SQL under a fresh internal name (never a scraped string)."""
    name = f"_pw_{uuid.uuid4().hex[:12]}"
    con.register(name, table)
    try:
        yield name
    finally:
        try:
            con.unregister(name)
        except duckdb.Error:  # an aborted transaction refuses even this; the rollback drops it anyway
            pass


def _header(headers: dict[str, str], name: str) -> str | None:
    for k, v in (headers or {}).items():
        if k.lower() == name:
            return v
    return None


# --- reparse support and the seen-URL store ---

def upsert_raw_pages(con, pages: list[FetchedPage]) -> int:
    """Keep the newest successful response per url (gzip-compressed); a 304 only refreshes its validators.

    Failed fetches never overwrite a stored body: nothing fetched is ever lost.
    """
    latest: dict[str, FetchedPage] = {}
    for p in pages:
        if (p.ok or p.status == 304) and (p.url not in latest or p.fetched_at >= latest[p.url].fetched_at):
            latest[p.url] = p
    ok = [p for p in latest.values() if p.ok]
    not_modified = [p for p in latest.values() if p.status == 304]
    tbl = pa.table({
        "url": pa.array([p.url for p in ok], pa.string()),
        "source": pa.array([p.source for p in ok], pa.string()),
        "final_url": pa.array([p.final_url for p in ok], pa.string()),
        "status": pa.array([p.status for p in ok], pa.int32()),
        "headers": pa.array([json.dumps(p.headers or {}, ensure_ascii=False) for p in ok], pa.string()),
        "etag": pa.array([_header(p.headers, "etag") for p in ok], pa.string()),
        "last_modified": pa.array([_header(p.headers, "last-modified") for p in ok], pa.string()),
        "encoding": pa.array([p.encoding for p in ok], pa.string()),
        "body_gz": pa.array([gzip.compress(p.body or b"", 6, mtime=0) for p in ok], pa.binary()),
        "fetched_at": pa.array([p.fetched_at for p in ok], pa.timestamp("us")),
    })
    cols = [c for c in tbl.column_names if c != "url"]
    with _registered(con, tbl) as b:
        n = _n(con, f"""UPDATE raw_pages SET {", ".join(f"{c} = b.{c}" for c in cols)} FROM {b} b
            WHERE raw_pages.url = b.url AND raw_pages.fetched_at <= b.fetched_at
              AND ({", ".join(f"raw_pages.{c}" for c in cols)}) IS DISTINCT FROM ({", ".join(f"b.{c}" for c in cols)})""")
        n += _n(con, f"""INSERT INTO raw_pages SELECT url, {", ".join(cols)} FROM {b} b
            WHERE NOT EXISTS (SELECT 1 FROM raw_pages r WHERE r.url = b.url)""")
    nm = pa.table({
        "url": pa.array([p.url for p in not_modified], pa.string()),
        "etag": pa.array([_header(p.headers, "etag") for p in not_modified], pa.string()),
        "last_modified": pa.array([_header(p.headers, "last-modified") for p in not_modified], pa.string()),
        "fetched_at": pa.array([p.fetched_at for p in not_modified], pa.timestamp("us")),
    })
    with _registered(con, nm) as b:
        _n(con, f"""UPDATE raw_pages SET fetched_at = b.fetched_at, etag = coalesce(b.etag, raw_pages.etag),
                   last_modified = coalesce(b.last_modified, raw_pages.last_modified)
            FROM {b} b WHERE raw_pages.url = b.url AND raw_pages.fetched_at < b.fetched_at""")
    return n


def _n(con, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row else 0



def read_raw_pages(con: duckdb.DuckDBPyConnection, urls: Iterable[str] | None = None,
                   chunk: int = 256) -> Iterator[FetchedPage]:
    """Yield stored raw responses as FetchedPage (body decompressed, text decoded), to re-extract without fetching.

    Runs on its own cursor and streams in chunks, so the caller may keep using `con` meanwhile.
    """
    cur = con.cursor()
    sql = ("SELECT r.url, r.source, r.final_url, r.status, r.headers, r.body_gz, r.fetched_at, r.encoding"
           " FROM raw_pages r")
    try:
        if urls is None:
            cur.execute(sql + " ORDER BY r.url")
        else:
            cur.register("_pw_want", pa.table({"url": pa.array(sorted(set(urls)), pa.string())}))
            cur.execute(sql + " JOIN _pw_want w ON w.url = r.url ORDER BY r.url")
        while rows := cur.fetchmany(chunk):
            for url, source, final_url, status, headers, body_gz, fetched_at, encoding in rows:
                body = gzip.decompress(body_gz) if body_gz else b""
                hdrs = json.loads(headers) if headers else {}
                ctype = (_header(hdrs, "content-type") or "text/html").lower()
                text = (body.decode(encoding or "utf-8", errors="replace")
                        if any(t in ctype for t in ("html", "xml", "text")) else None)
                yield FetchedPage(url=url, source=source, final_url=final_url, status=status, headers=hdrs,
                                  body=body, fetched_at=fetched_at, encoding=encoding, text=text)
    finally:
        cur.close()


def known_pages(con: duckdb.DuckDBPyConnection, urls: Iterable[str]) -> dict[str, tuple]:
    """For each url already stored: (etag, last_modified, content_sha256), for conditional GET and skipping seen urls."""
    with _registered(con, pa.table({"url": pa.array(sorted(set(urls)), pa.string())})) as u:
        rows = con.execute(f"""SELECT u.url, r.etag, r.last_modified, p.content_sha256 FROM {u} u
            LEFT JOIN raw_pages r ON r.url = u.url LEFT JOIN pages p ON p.url = u.url
            WHERE r.url IS NOT NULL OR p.url IS NOT NULL""").fetchall()
    return {url: (etag, lm, sha) for url, etag, lm, sha in rows}


# --- JSON for mention fields: dates become ISO strings and come back as dates for keys ending in `_on` ---

def _json_default(v):
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, (set, frozenset)):
        return sorted(v, key=repr)
    raise TypeError(f"cannot store {type(v).__name__} in a mention")


def _dumps(d: dict) -> str:
    if not d:
        return "{}"
    if orjson is not None:
        try:
            return orjson.dumps(d, default=_json_default).decode("utf-8")
        except TypeError:  # what orjson refuses (huge ints, ...) the stdlib may still take
            pass
    return json.dumps(d, default=_json_default, ensure_ascii=False)


def _loads(s: str | None) -> dict:
    if not s or s == "{}":
        return {}
    d = orjson.loads(s) if orjson is not None else json.loads(s)
    for k, v in d.items():
        if k.endswith("_on") and isinstance(v, str) and len(v) == 10:
            try:
                d[k] = date.fromisoformat(v)
            except ValueError:
                pass
    return d


class StoredMention(Mention):
    """A Mention read back from the warehouse; key() is the key it was stored under.

    Saves re-hashing every mention on every load, and keeps a mention's identity even where the JSON round trip
    changed a value's repr (a tuple read back as a list), so `previous` always matches.
    """

    def __init__(self, *args, stored_key: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._stored_key = stored_key

    def key(self) -> str:
        return self._stored_key or super().key()

    @classmethod
    def rebuild(cls, key: str, record_type: str, url: str, quote: str, fields: dict, hints: dict) -> "StoredMention":
        """The same object __init__ makes, without the dataclass machinery (loads rebuild every stored mention)."""
        m = object.__new__(cls)
        m.__dict__.update(record_type=record_type, url=url, quote=quote, fields=fields, hints=hints, _stored_key=key)
        return m
