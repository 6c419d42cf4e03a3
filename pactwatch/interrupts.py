"""Ctrl-C that is never lost. DuckDB turns a SIGINT that lands during one of its queries into a RuntimeError
("Query interrupted"), an ordinary exception, which a broad `except Exception` (one bad page or load never fails a
run) swallows, and the run goes on; in CI a backfill once ran to its end after its Ctrl-C. The CLI installs a
handler that also remembers the signal; the flows call `check()` at each wave and chunk and in their broad
handlers, and the commands call it before reporting a failed run, so whatever swallowed the KeyboardInterrupt, a
Ctrl-C ends the run as interrupted (exit 130) at the next chunk or wave at the latest.
"""
from __future__ import annotations

import signal
import threading

_requested = threading.Event()
_previous = signal.default_int_handler  # the SIGINT handler install() replaced


def _on_sigint(signum, frame) -> None:
    _requested.set()
    if _previous is signal.SIG_IGN:
        return
    if callable(_previous):
        _previous(signum, frame)  # Python's default handler raises KeyboardInterrupt
    else:
        raise KeyboardInterrupt


def install() -> None:
    """Remember every SIGINT from now on (main thread only), still raising KeyboardInterrupt as Python does;
    forget any earlier one. Installing twice keeps one handler."""
    global _previous
    _requested.clear()
    if threading.current_thread() is not threading.main_thread():
        return
    current = signal.getsignal(signal.SIGINT)
    if current is not _on_sigint:
        _previous = current
        signal.signal(signal.SIGINT, _on_sigint)


def requested() -> bool:
    """Whether a Ctrl-C arrived since `install()`."""
    return _requested.is_set()


def check(cause: BaseException | None = None) -> None:
    """Raise KeyboardInterrupt (from `cause`) if a Ctrl-C arrived, even one a library turned into an error."""
    if _requested.is_set():
        raise KeyboardInterrupt from cause
