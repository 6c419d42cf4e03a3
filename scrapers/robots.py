"""robots.txt rules, fetched once per host and shared by all threads of one Fetcher.

Rules follow RFC 9309: a 2xx file is obeyed (matched by robots_match.py: longest rule wins, wildcards), a 4xx (no
file) allows everything, and an unreachable file (5xx, network failure) disallows everything for this run, since
the site may be struggling.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from scrapers.robots_match import RobotsFile

MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309: crawlers may ignore rules past 500 KiB


@dataclass
class RobotsRules:
    """What one host's robots.txt says; `reason` explains a blanket allow/disallow (e.g. 'unreachable: 503')."""

    parser: RobotsFile | None = None
    allow_all: bool = False
    disallow_all: bool = False
    reason: str = ""
    offline: bool = False  # no HTTP answer at all (host down): report as a connection failure

    def allows(self, url: str, agent: str) -> bool:
        """True if `agent` may fetch `url` under these rules."""
        if self.disallow_all:
            return False
        if self.allow_all or self.parser is None:
            return True
        return self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float | None:
        """The Crawl-delay for `agent` in seconds, if the file sets one."""
        if self.parser is None:
            return None
        return self.parser.crawl_delay(agent)


def parse_robots(text: str) -> RobotsRules:
    """Rules from the text of a robots.txt file, matched as RFC 9309 says (robots_match.py)."""
    return RobotsRules(parser=RobotsFile(text))


def robots_url(url: str) -> str:
    """The robots.txt URL that governs `url` (same scheme, host and port)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


class RobotsCache:
    """Per-host robots rules, each host's file loaded at most once even when many threads ask at once."""

    def __init__(self) -> None:
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def peek(self, url: str) -> RobotsRules | None:
        """The rules for `url`'s host if already loaded, without loading them."""
        return self._rules.get(robots_url(url))

    def get(self, url: str, load: Callable[[str], RobotsRules]) -> RobotsRules:
        """Rules for `url`'s host, calling `load(robots_url)` the first time this host is seen."""
        key = robots_url(url)
        rules = self._rules.get(key)
        if rules is not None:
            return rules
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            rules = self._rules.get(key)
            if rules is None:
                rules = load(key)
                self._rules[key] = rules
        return rules
