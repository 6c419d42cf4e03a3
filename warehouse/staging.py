"""Staging: when the warehouse stays locked past the wait, the run's batch goes to disk beside it and is loaded
at the next run, so nothing fetched is ever lost to a busy database.

A staged batch is one pickle file `<db>.staging/<UTC timestamp>-<run id>.pkl`, written to a temp name, fsynced
and renamed into place, so a crash leaves either the whole batch or none of it. `drain_staging` loads them
oldest first and deletes each only after its transaction committed; loads are idempotent, so a crash between
commit and delete merely loads that batch once more, to the same result.
"""
from __future__ import annotations

import logging
import os
import pickle
import re
import uuid
from datetime import datetime, timezone
from pathlib import Path

from pactwatch import interrupts
from pactwatch.models import Extraction, FetchedPage
from warehouse.db import WarehouseBusy, connect, publish_read_copy
from warehouse.files import atomic_file, fsync_dir
from warehouse.load import LoadReport, Resolver, load_into

FORMAT = 1
log = logging.getLogger(__name__)
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def staging_dir(db_path: str | os.PathLike) -> Path:
    """`<db>.staging/` beside the warehouse file."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".staging")


def stage_batch(
    db_path: str | os.PathLike,
    extractions: list[Extraction],
    raw_pages: list[FetchedPage],
    extractor_version: str,
    run: dict | None = None,
) -> Path:
    """Write one batch atomically to the staging directory and return its path."""
    directory = staging_dir(db_path)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    run_id = _SAFE.sub("_", str((run or {}).get("run_id") or uuid.uuid4().hex))[:64]
    target = directory / f"{stamp}-{run_id}.pkl"
    payload = {"format": FORMAT, "extractions": extractions, "raw_pages": raw_pages,
               "extractor_version": extractor_version, "run": run, "staged_at": stamp}
    with atomic_file(target) as f:
        pickle.dump(payload, f, protocol=pickle.HIGHEST_PROTOCOL)
    return target


def staged_batches(db_path: str | os.PathLike) -> list[Path]:
    """Staged batch files, oldest first (names start with a sortable UTC timestamp); temp files are ignored."""
    directory = staging_dir(db_path)
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob("*.pkl") if not p.name.startswith("."))


def read_batch(path: Path) -> dict:
    """Read one staged batch (our own file: pickle is fine here, it never holds anything fetched as code)."""
    with open(path, "rb") as f:
        payload = pickle.load(f)
    if payload.get("format") != FORMAT:
        raise ValueError(f"{path.name}: unknown staging format {payload.get('format')!r}")
    return payload


def drain_staging(
    db_path: str | os.PathLike,
    resolver: Resolver | None = None,
    wait_seconds: float = 30.0,
    con=None,
) -> list[LoadReport]:
    """Load every staged batch, oldest first, each in its own transaction; delete its file only after commit.

    An unreadable file is renamed to `*.bad` (kept for a human) rather than blocking the batches behind it; a
    batch whose load fails stays staged for the next run. Raises WarehouseBusy if the warehouse is still locked;
    the files then simply wait for the next run.
    """
    batches = staged_batches(db_path)
    if not batches:
        return []
    own = con is None
    if own:
        con = connect(db_path, wait_seconds=wait_seconds)
    reports = []
    try:
        for path in batches:
            try:
                payload = read_batch(path)
            except Exception:
                log.exception("staged batch %s is unreadable; renamed to .bad", path)
                os.replace(path, path.with_suffix(".bad"))
                continue
            try:
                reports.append(load_into(con, payload["extractions"], payload["raw_pages"],
                                         payload["extractor_version"], resolver, payload.get("run")))
            except Exception as exc:
                interrupts.check(exc)
                log.exception("staged batch %s failed to load; kept for the next run", path)
                continue
            path.unlink()  # only now: the batch is committed
        fsync_dir(staging_dir(db_path))
    finally:
        if own:
            con.close()
    return reports


def load_or_stage(
    db_path: str | os.PathLike,
    extractions: list[Extraction],
    raw_pages: list[FetchedPage],
    extractor_version: str,
    resolver: Resolver | None = None,
    run: dict | None = None,
    wait_seconds: float = 30.0,
    publish: bool = True,
) -> LoadReport | Path:
    """The pipeline's load step: drain earlier staged batches, load this one, publish the read copy.

    Returns the LoadReport, or the staged file's path if the warehouse stayed locked past `wait_seconds`.
    If the load itself fails, the batch is staged before the error propagates.
    """
    try:
        con = connect(db_path, wait_seconds=wait_seconds)
    except WarehouseBusy:
        return stage_batch(db_path, extractions, raw_pages, extractor_version, run)
    try:
        drain_staging(db_path, resolver, con=con)
        try:
            report = load_into(con, extractions, raw_pages, extractor_version, resolver, run)
        except Exception:
            stage_batch(db_path, extractions, raw_pages, extractor_version, run)
            raise
        if publish:
            publish_read_copy(db_path, con=con)
        return report
    finally:
        con.close()
