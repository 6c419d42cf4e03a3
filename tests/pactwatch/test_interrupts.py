"""A Ctrl-C is never lost: DuckDB turns a SIGINT during a query into a RuntimeError, which the flows' broad
handlers would swallow; interrupts.install() remembers it so check() can end the run as interrupted."""
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from pactwatch import interrupts

pytestmark = pytest.mark.timeout(300)

# In a fresh interpreter, as in a `pactwatch` process: the signal state of a long test session (Prefect, Dask and
# pytest-timeout threads and handlers) is not what the CLI runs under.
_DUCKDB_CASE = """
import json, os, signal, threading, time
import duckdb
from pactwatch import interrupts
interrupts.install()
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT)).start()
t0 = time.monotonic()
try:
    con.execute("SELECT count(DISTINCT md5(i::VARCHAR)) FROM range(30000000) t(i)").fetchall()
    raised = None
except BaseException as exc:
    raised = type(exc).__name__
seconds = time.monotonic() - t0
requested = interrupts.requested()
try:
    interrupts.check()
    checked = None
except KeyboardInterrupt:
    checked = "KeyboardInterrupt"
print(json.dumps({"raised": raised, "seconds": seconds, "requested": requested, "checked": checked}))
"""


def test_a_ctrl_c_duckdb_turns_into_an_error_is_still_seen():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (os.getcwd(), os.environ.get("PYTHONPATH")) if p)}
    out = subprocess.run([sys.executable, "-c", _DUCKDB_CASE], capture_output=True, text=True, timeout=240, env=env)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    # Mostly DuckDB's own RuntimeError ("Query interrupted"), which a broad handler would eat; when DuckDB does not
    # look at signals in time, Python's KeyboardInterrupt once the query returns. Either way check() raises.
    assert got["raised"] in ("RuntimeError", "InterruptException", "KeyboardInterrupt"), got
    assert got["requested"] and got["checked"] == "KeyboardInterrupt", got


@pytest.fixture
def installed():
    before = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a fresh `pactwatch` process
    interrupts.install()
    yield
    signal.signal(signal.SIGINT, before)
    interrupts._requested.clear()


def test_a_swallowed_ctrl_c_is_raised_again_by_check(installed):
    try:
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt as exc:  # swallowed, as a broad handler would swallow DuckDB's error
        swallowed = exc
    assert interrupts.requested()
    with pytest.raises(KeyboardInterrupt) as again:
        interrupts.check(swallowed)
    assert again.value.__cause__ is swallowed


def test_a_ctrl_c_from_another_thread_still_raises_keyboard_interrupt(installed):
    timer = threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        time.sleep(10)  # interrupted long before
    timer.join()
    assert interrupts.requested()


def test_check_does_nothing_without_a_ctrl_c(installed):
    interrupts.check()
    assert not interrupts.requested()


def test_installing_twice_keeps_one_handler(installed):
    handler = signal.getsignal(signal.SIGINT)
    interrupts.install()
    assert signal.getsignal(signal.SIGINT) is handler
    with pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
