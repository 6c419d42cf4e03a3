"""`once`: a value built on first use and then shared, built by one thread only.

The extractor's tables (gazetteer, alias book, glossary, known events, the OpenCC converter) are built lazily.
`functools.lru_cache` does not stop several threads from building the same table at once: eight read tasks
starting together on a cold process each built them (8x the CPU, and twice the peak RSS, as glibc keeps the freed
copies). With `once` the first caller builds and the others wait for its value.

The cyclic garbage collector is paused while a table is built: a build makes tens of thousands of objects (geo.json's
rows, dict entries) and no cycles to collect, and each collection it would trigger walks every object made so far
(the gazetteer's build took a third longer with it on).
"""
from __future__ import annotations

import functools
import gc
import threading
from typing import Callable, TypeVar

T = TypeVar("T")
_UNSET = object()


def once(build: Callable[[], T]) -> Callable[[], T]:
    """Wrap a no-argument builder so that its value is built once per process, whatever the threads."""
    lock = threading.Lock()
    value: list = [_UNSET]

    @functools.wraps(build)
    def get() -> T:
        if value[0] is _UNSET:
            with lock:
                if value[0] is _UNSET:
                    value[0] = _without_gc(build)
        return value[0]

    return get


def _without_gc(build: Callable[[], T]) -> T:
    """`build()` with the cyclic collector paused (if it was running: a build inside a build leaves it to the
    outer one)."""
    running = gc.isenabled()
    gc.disable()
    try:
        return build()
    finally:
        if running:
            gc.enable()
