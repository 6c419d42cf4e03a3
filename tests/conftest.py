"""Shared fixtures for tests that run real parts: a throwaway Prefect environment, the bundled snapshot web on
loopback, and warehouse paths in tmp.

Nothing here is autouse: tests that need Prefect ask for `prefect_env` (directly or through a fixture), so unit
tests elsewhere start no Prefect server.
"""
from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

# The Prefect variables are exported as well as set in Prefect's settings context: the harness' API server and
# any `pactwatch` subprocess a test starts read them from the environment, never from the user's ~/.prefect.
PREFECT_ENV_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    # a busy machine (2 cores, other suites beside) can take far longer than Prefect's default to start the
    # ephemeral API server a `pactwatch` subprocess starts: a slow start is not a failure
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300",
    # loopback must never go through a proxy from the environment
    "NO_PROXY": "127.0.0.1,localhost",
    "no_proxy": "127.0.0.1,localhost",
}
# the web crawls (tests/gold_crawl.py) run their flow in this process against Prefect's ephemeral server, whose
# settings are read when Prefect is first imported (while tests are collected): the slow-start allowance is set now
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS",
                      PREFECT_ENV_DEFAULTS["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"])


@pytest.fixture(scope="session")
def prefect_home(tmp_path_factory) -> Path:
    """A temporary PREFECT_HOME for the whole session (also used by CLI subprocesses)."""
    return tmp_path_factory.mktemp("prefect-home")


@pytest.fixture(scope="session")
def prefect_env(prefect_home):
    """Prefect against a temporary SQLite API server (`prefect_test_harness`), with a temporary PREFECT_HOME and
    analytics off; yields the environment variables a subprocess should inherit."""
    from prefect.settings import (PREFECT_HOME, PREFECT_LOGGING_LEVEL, PREFECT_SERVER_ANALYTICS_ENABLED,
                                  temporary_settings)
    from prefect.testing.utilities import prefect_test_harness

    env = {**PREFECT_ENV_DEFAULTS, "PREFECT_HOME": str(prefect_home)}
    with pytest.MonkeyPatch.context() as mp:
        for k, v in env.items():
            mp.setenv(k, v)
        with temporary_settings(updates={PREFECT_HOME: prefect_home, PREFECT_SERVER_ANALYTICS_ENABLED: False,
                                         PREFECT_LOGGING_LEVEL: "WARNING"}):
            with prefect_test_harness(server_startup_timeout=300):
                yield env


@pytest.fixture
def cli_env(prefect_home, tmp_path) -> dict[str, str]:
    """Environment for a `pactwatch` subprocess: the session's temporary PREFECT_HOME, analytics off, no Prefect
    API configured (a flow run starts Prefect's ephemeral server, as for a user) and a warehouse default in tmp."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACTWATCH_", "PREFECT_API_"))}
    env.update(PREFECT_ENV_DEFAULTS, PREFECT_HOME=str(prefect_home), PACTWATCH_DB=str(tmp_path / "default.duckdb"),
               PYTHONIOENCODING="utf-8")
    return env


@pytest.fixture(scope="module")
def snapshot_web():
    """The bundled snapshot web on 127.0.0.1 (ephemeral ports), one per test module; overrides made with
    `set_page` are dropped when the module ends."""
    from snapshot import SnapshotWeb

    with SnapshotWeb() as web:
        yield web
        web.clear_overrides()


@pytest.fixture
def tmp_db(tmp_path) -> Path:
    """A warehouse path in tmp that does not exist yet."""
    return tmp_path / "pactwatch.duckdb"


def _ports_free(base: int, n: int) -> bool:
    socks = []
    try:
        for port in range(base, base + n):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            socks.append(s)
            s.bind(("127.0.0.1", port))
        return True
    except OSError:
        return False
    finally:
        for s in socks:
            s.close()


@pytest.fixture
def free_port_base() -> int:
    """The first of ten consecutive free loopback ports (for PACTWATCH_DEMO_PORT_BASE)."""
    import random

    for _ in range(200):
        base = random.randrange(20000, 60000, 10)
        if _ports_free(base, 10):
            return base
    pytest.skip("no ten consecutive free loopback ports")

