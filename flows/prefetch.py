"""Fetch ahead: the next wave's pages are fetched while the current wave is read and loaded.

Fetching waits on the network (slow answers, a retry's Retry-After or backoff), reading and loading on the CPU
and the disk; one after the other, every wait of a wave's fetch is time the crawl stands still. With one wave
fetched ahead, those waits pass while the previous wave is read, so faults on the web cost little speed. Memory
holds at most two waves' bodies: still bounded by the wave size, not by the crawl.
"""
from __future__ import annotations

import contextvars
import itertools
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

P = TypeVar("P")
R = TypeVar("R")


def fetch_ahead(parts: Sequence[Sequence[P]], fetch: Callable[[Sequence[P], int], R]
                ) -> Iterator[tuple[Sequence[P], R]]:
    """Yield (part, fetch(part, offset)) for each part in order, fetching the next part on a background thread
    while the caller works on the current one (`offset`: the items in the parts before it).

    The fetch runs in a copy of the caller's context (contextvars), so the Prefect tasks it submits belong to the
    caller's flow run. A caller that stops early (an error, a break) abandons the fetch ahead: its pages are lost
    as a killed run's are, and fetched again by the next run.
    """
    if not parts:
        return
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pactwatch-fetch-ahead")
    offsets = [0, *itertools.accumulate(len(p) for p in parts)]
    box: list[R] = []  # the fetched part travels here, not in the future: the caller alone keeps it alive

    def submit(i: int):
        return pool.submit(contextvars.copy_context().run, lambda: box.append(fetch(parts[i], offsets[i])))

    try:
        pending = submit(0)
        for i, part in enumerate(parts):
            pending.result()  # raises what the fetch raised
            pending = submit(i + 1) if i + 1 < len(parts) else None
            yield part, box.pop(0)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
