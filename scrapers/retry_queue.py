"""Retries off the hot path: a page waiting for its retry waits in a timed queue, not in a worker.

A transient answer (429, a 5xx, a connection closed or reset, a timeout, a body cut short) is asked for again
after a bounded wait: the server's Retry-After (capped) or capped exponential backoff with jitter. A crawler that
sleeps through that wait in the worker that got the answer holds up every page behind it; `run_scheduled` instead
puts the job back in a queue due at `now + wait` and lets the worker go on with other pages, as crawlers with a
scheduler do. Jobs of one lane (a rate-limited host) still run one at a time, so the per-host limit holds.
"""
from __future__ import annotations

import heapq
import itertools
import random
import time
from collections import deque
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TypeVar

J = TypeVar("J")
R = TypeVar("R")


def backoff(attempt: int, base: float, cap: float) -> float:
    """Seconds before retry number `attempt` (1, 2, ...): base * 2^(attempt-1) plus up to `base` of jitter, at most
    `cap` (the jitter spreads retries of many pages that failed together)."""
    if base <= 0:
        return 0.0
    try:
        wait_s = base * 2 ** (attempt - 1) + random.uniform(0, base)
    except OverflowError:
        return cap
    return max(0.0, min(wait_s, cap))


def retry_wait(attempt: int, retry_after: float | None, base: float, cap: float, after_cap: float) -> float:
    """The wait before asking again after attempt number `attempt` failed transiently: the server's Retry-After
    (at most `after_cap`) if it sent one, else backoff(attempt, base, cap)."""
    if retry_after is not None:
        return min(retry_after, after_cap)
    return backoff(attempt, base, cap)


def run_blocking(attempt: Callable[[int], tuple[R, float | None]]) -> R:
    """Run `attempt(n)` (n = 1, 2, ...) in this thread, sleeping through each wait it asks for, until it returns
    (result, None): the blocking twin of `run_scheduled`, for one job whose caller waits for it anyway."""
    n = 1
    while True:
        result, delay = attempt(n)
        if delay is None:
            return result
        time.sleep(delay)
        n += 1


def run_scheduled(jobs: Sequence[J], attempt: Callable[[J, int], tuple[R, float | None]], max_workers: int,
                  lane: Callable[[J], Hashable | None] = lambda job: None,
                  clock: Callable[[], float] = time.monotonic) -> list[R]:
    """Run `attempt(job, n)` (n = 1, 2, ...) for every job on `max_workers` threads; results in job order.

    `attempt` returns (result, wait): wait None makes `result` final; a number puts the job back in the queue,
    due that many seconds later, while the workers take other jobs. A due retry goes before new jobs of its lane.
    Jobs with the same `lane` (not None) never run side by side and start in order; lanes take turns.
    """
    results: list[R | None] = [None] * len(jobs)
    free: deque[tuple[int, int]] = deque()  # (job index, attempt number) of jobs without a lane
    lanes: dict[Hashable, deque[tuple[int, int]]] = {}
    for i, job in enumerate(jobs):
        key = lane(job)
        (free if key is None else lanes.setdefault(key, deque())).append((i, 1))
    lane_of = {i: lane(job) for i, job in enumerate(jobs)}
    busy: set[Hashable] = set()
    waiting: list[tuple[float, int, int, int]] = []  # (due, tie-break, job index, attempt number)
    order = itertools.count()
    running: dict[Future, tuple[int, int]] = {}
    turn = deque(lanes)

    def next_job() -> tuple[int, int] | None:
        for _ in range(len(turn)):
            key = turn[0]
            turn.rotate(-1)
            if key not in busy and lanes[key]:
                busy.add(key)
                return lanes[key].popleft()
        return free.popleft() if free else None

    with ThreadPoolExecutor(max_workers=max(1, max_workers), thread_name_prefix="pactwatch-fetch") as pool:
        while free or running or waiting or any(lanes.values()):
            now = clock()
            while waiting and waiting[0][0] <= now:
                _, _, i, n = heapq.heappop(waiting)
                key = lane_of[i]
                (free if key is None else lanes[key]).appendleft((i, n))
            while len(running) < max(1, max_workers):
                picked = next_job()
                if picked is None:
                    break
                running[pool.submit(attempt, jobs[picked[0]], picked[1])] = picked
            timeout = max(0.0, waiting[0][0] - clock()) if waiting else None
            if not running:
                time.sleep(timeout or 0.0)  # only retries waiting: nothing to do until the first is due
                continue
            done, _ = wait(list(running), timeout=timeout, return_when=FIRST_COMPLETED)
            for future in done:
                i, n = running.pop(future)
                busy.discard(lane_of[i])
                result, delay = future.result()
                if delay is None:
                    results[i] = result
                else:
                    heapq.heappush(waiting, (clock() + delay, next(order), i, n + 1))
    return results  # type: ignore[return-value]
