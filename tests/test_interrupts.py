"""A Ctrl-C is never lost: DuckDB turns a SIGINT during a query into a RuntimeError, which the flows' broad
handlers would swallow; interrupts.install() remembers it so check() can end the run as interrupted."""
import os
import signal
import threading

import duckdb
import pytest

from pactwatch import interrupts


pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def installed():
    before = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a fresh `pactwatch` process
    interrupts.install()
    yield
    signal.signal(signal.SIGINT, before)
    interrupts._requested.clear()


def _sigint_in(seconds: float) -> threading.Timer:
    timer = threading.Timer(seconds, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    return timer


def test_a_ctrl_c_duckdb_turns_into_an_error_is_still_seen(installed):
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    timer = _sigint_in(0.3)
    try:
        with pytest.raises(Exception) as caught:  # DuckDB's own error, not KeyboardInterrupt
            con.execute("SELECT count(DISTINCT md5(i::VARCHAR)) FROM range(300000000) t(i)").fetchall()
    finally:
        timer.join()
        con.close()
    assert not isinstance(caught.value, KeyboardInterrupt)
    assert interrupts.requested()
    with pytest.raises(KeyboardInterrupt) as again:
        interrupts.check(caught.value)
    assert again.value.__cause__ is caught.value


def test_a_ctrl_c_elsewhere_still_raises_keyboard_interrupt(installed):
    timer = _sigint_in(0.05)
    with pytest.raises(KeyboardInterrupt):
        threading.Event().wait(10)  # interrupted long before
    timer.join()
    assert interrupts.requested()


def test_check_does_nothing_without_a_ctrl_c(installed):
    interrupts.check()
    assert not interrupts.requested()


def test_installing_twice_keeps_one_handler(installed):
    handler = signal.getsignal(signal.SIGINT)
    interrupts.install()
    assert signal.getsignal(signal.SIGINT) is handler
    timer = _sigint_in(0.05)
    with pytest.raises(KeyboardInterrupt):
        threading.Event().wait(10)
    timer.join()
