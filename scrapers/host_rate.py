"""Per-host politeness shared by the whole process: request starts to one host spaced at least an interval apart,
across every thread and every `Fetcher` (fetch.py), so separate crawls of a run share one budget per site."""
from __future__ import annotations

import threading
import time


class HostRateLimiter:
    """Spaces request starts to one host at least `interval` seconds apart, across threads (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self, interval: float) -> float:
        """Block until this caller's slot; return the seconds slept. `interval` <= 0 does not wait."""
        if interval <= 0:
            return 0.0
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + interval
        if start > now:
            time.sleep(start - now)
        return start - now


_LIMITERS: dict[str, HostRateLimiter] = {}
_LIMITERS_LOCK = threading.Lock()


def host_limiter(host: str) -> HostRateLimiter:
    """The process-wide limiter for `host`, so separate Fetchers and threads share one budget per site."""
    with _LIMITERS_LOCK:
        limiter = _LIMITERS.get(host)
        if limiter is None:
            limiter = _LIMITERS[host] = HostRateLimiter()
        return limiter
