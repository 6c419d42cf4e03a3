"""Progress of long runs, shown twice: a Prefect progress artifact (UI) and, on the CLI, a bar on a terminal or
plain lines otherwise. Flows call `RunProgress(key)(what, done, total)`; commands wrap a run in `cli_progress()`.
"""
from __future__ import annotations

import sys
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator

Listener = Callable[[str, int, int], None]
_listeners: list[Listener] = []
_lock = threading.Lock()


class RunProgress:
    """One flow run's progress: updates its Prefect progress artifact and every CLI listener.

    Listeners hear every step; the artifact (an API call, 20-50 ms) is updated at most every `every` seconds, and
    always when a step completes, so a run of many small steps does not spend seconds reporting them.
    """

    def __init__(self, key: str, every: float = 1.0) -> None:
        self.key = key
        self.every = every
        self._artifact = None
        self._last = float("-inf")

    def __call__(self, what: str, done: int, total: int) -> None:
        with _lock:
            listeners = list(_listeners)
        for listener in listeners:
            listener(what, done, total)
        now = time.monotonic()
        if self._artifact is not None and done < total and now - self._last < self.every:
            return
        self._last = now
        pct = 100.0 * done / total if total else 100.0
        try:
            from prefect.artifacts import create_progress_artifact, update_progress_artifact

            if self._artifact is None:
                self._artifact = create_progress_artifact(pct, key=self.key, description=what)
            else:
                update_progress_artifact(self._artifact, pct, description=what)
        except Exception:  # no API at hand (a plain function call): the CLI still shows it
            pass


_counters: dict[str, Callable[[int], None]] = {}


@contextmanager
def page_counter(on_pages: Callable[[int], None]) -> Iterator[str]:
    """A token tasks pass to `count_pages`, so work done inside a task (pages fetched, N at a time) reaches the
    flow's progress while the task runs. A task on another process (a Dask worker) finds no counter: its pages
    are counted when it ends."""
    token = f"pages-{id(on_pages)}-{time.monotonic_ns()}"
    with _lock:
        _counters[token] = on_pages
    try:
        yield token
    finally:
        with _lock:
            _counters.pop(token, None)


def count_pages(token: str | None, n: int) -> None:
    """Report `n` more pages done to the counter `token` (nothing if it is not in this process)."""
    with _lock:
        on_pages = _counters.get(token) if token else None
    if on_pages is not None:
        on_pages(n)


@contextmanager
def cli_progress(label: str, enabled: bool = True, stream=None) -> Iterator[None]:
    """Show run progress on `stream` (stderr): a rich bar on a terminal, one line per step otherwise."""
    stream = stream or sys.stderr
    if not enabled:
        yield
        return
    if stream.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                       console=Console(file=stream), transient=False)
        task = bar.add_task(label, total=None)

        def listener(what: str, done: int, total: int) -> None:
            bar.update(task, description=f"{label}: {what}", completed=done, total=total or None)
        bar.start()
    else:
        bar, last = None, [None]

        def listener(what: str, done: int, total: int) -> None:
            line = f"{label}: {what} {done}/{total}"
            if line != last[0]:
                last[0] = line
                stream.write(line + "\n")  # not print(): a flow with log_prints would take it for a log line
                stream.flush()
    with _lock:
        _listeners.append(listener)
    try:
        yield
    finally:
        with _lock:
            _listeners.remove(listener)
        if bar is not None:
            bar.stop()
