"""`once`: a value built on first use and then shared, built by one thread only.

The extractor's tables (gazetteer, alias book, glossary, known events, the OpenCC converter) are built lazily.
`functools.lru_cache` does not stop several threads from building the same table at once: eight read tasks
starting together on a cold process each built them (8x the CPU, and twice the peak RSS, as glibc keeps the freed
copies). With `once` the first caller builds and the others wait for its value.
"""
from __future__ import annotations

import functools
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
                    value[0] = build()
        return value[0]

    return get
