"""Fixtures for the reliability suite: the fault web, its crawl settings, and ONE real crawl of it per module."""
from __future__ import annotations

import tracemalloc

import pytest

from faultweb import ENV, FaultWeb


@pytest.fixture(scope="module")
def fault_web():
    """The fault-injecting web on 127.0.0.1 (ephemeral ports), one per module."""
    with FaultWeb() as web:
        yield web


@pytest.fixture(scope="module")
def fault_env(prefect_env):
    """PACTWATCH_* crawl settings for the fault web (small timeouts, one retry, short lock wait)."""
    with pytest.MonkeyPatch.context() as mp:
        for key, value in ENV.items():
            mp.setenv(key, value)
        yield ENV


@pytest.fixture(scope="module")
def fault_crawl(fault_web, fault_env, tmp_path_factory):
    """One run of the real ingest flow over every source of the fault web into a fresh DuckDB file.

    Returns (summary, db path, peak traced Python memory of the run in bytes).
    """
    from flows.ingest import ingest

    tmp = tmp_path_factory.mktemp("faults")
    sources, db = fault_web.write_sources(tmp / "sources.yaml"), tmp / "faults.duckdb"
    tracemalloc.start()
    try:
        summary = ingest(sources_file=str(sources), db=str(db))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return summary, db, peak
