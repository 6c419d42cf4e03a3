"""What decides whether an HTTP answer is worth asking again, and how long the server asks us to wait: the
retry policy of pages and robots.txt alike (the waits themselves, backoff and Retry-After caps, are
retry_queue.retry_wait; the asking again, retry_queue.run_blocking / run_scheduled)."""
from __future__ import annotations

import email.utils
from datetime import datetime, timezone


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def retryable_status(status: int) -> bool:
    """A transient answer: 429 or a 5xx other than 501 (not implemented) and 505 (version not supported)."""
    return status == 429 or (status >= 500 and status not in (501, 505))
