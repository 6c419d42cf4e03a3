"""Polite, bounded HTTP fetching: one `Fetcher` per run turns URLs into `FetchedPage`s and never raises for web faults.

Politeness: a User-Agent naming the tool and a contact URL, robots.txt obeyed, a per-host rate limit shared by
every thread (and every Fetcher) of the process, conditional GETs. Bounds: connect/read timeouts, a total
download time, a body size cap read as a stream, a redirect limit, retries with capped exponential backoff.
Every failure comes back as `FetchedPage.error`, so one bad site cannot stop a crawl.

Transient faults are retried: 429 and 5xx answers, connections refused, closed or reset, read timeouts and bodies
cut short, up to `Settings.retries` times after the server's Retry-After or backoff. `fetch` waits for its retries;
`fetch_many` queues them (retry_queue.py), so a page waiting for its retry holds up no other page.

This module is the client (sessions, headers, redirects, robots.txt, the retry loop); what it leans on lives
apart: the per-host rate limit in host_rate.py, which answers are transient and Retry-After in retry_policy.py,
the body's type, sniffing and bounded reading in fetch_body.py.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from datetime import datetime, timezone
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from pactwatch.config import Settings, Source
from pactwatch.models import FetchedPage
from scrapers.decode import decode_body
from scrapers.faults import describe_fault
from scrapers.fetch_body import FetchFailed, is_text, mime_type, read_body, sniff_binary
from scrapers.gzipped import gunzip_capped, is_gzip_file, may_be_gzip_file
from scrapers.host_rate import HostRateLimiter, host_limiter
from scrapers.refresh import refresh_target
from scrapers.retry_policy import parse_retry_after, retryable_status
from scrapers.retry_queue import retry_wait, run_blocking, run_scheduled
from scrapers.robots import MAX_ROBOTS_BYTES, RobotsCache, RobotsRules, parse_robots
from scrapers.urls import canonical_url, is_allowed, url_host

# public names callers import from here, though they live in the modules above
__all__ = ["Fetcher", "HostRateLimiter", "host_limiter", "parse_retry_after", "sniff_binary"]

log = logging.getLogger(__name__)

REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_CRAWL_DELAY = 60.0
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"
ACCEPT_LANGUAGE = {"zh": "zh-CN,zh;q=0.9,en;q=0.5", "en": "en;q=1.0,*;q=0.5"}


class Fetcher:
    """Fetches pages for sources under `Settings`; use as a context manager (closes its HTTP sessions)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.robots = RobotsCache()
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._sessions_lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Close every HTTP session this fetcher opened (one per thread)."""
        with self._sessions_lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()

    # --- plumbing -------------------------------------------------------------------------------------------

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = self.settings.trust_env
            session.max_redirects = self.settings.max_redirects
            adapter = HTTPAdapter(pool_connections=16, pool_maxsize=16, max_retries=0)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            self._local.session = session
            with self._sessions_lock:
                self._sessions.append(session)
        return session

    def _interval(self, url: str, source: Source) -> float:
        rate = source.rate_limit if source.rate_limit is not None else self.settings.rate_limit
        if not rate:
            return 0.0
        interval = 1.0 / rate
        rules = self.robots.peek(url)
        delay = rules.crawl_delay(self.settings.user_agent) if rules is not None else None
        return max(interval, min(delay, MAX_CRAWL_DELAY)) if delay else interval

    def _retry_wait(self, attempt: int, retry_after: float | None = None,
                    retries: int | None = None) -> float | None:
        """The wait before asking again after attempt number `attempt` failed transiently: the server's Retry-After
        (capped) or capped backoff; None when the `retries` (default `Settings.retries`) are used up. The one
        retry policy of pages and robots.txt alike."""
        s = self.settings
        if attempt > (s.retries if retries is None else retries):
            return None
        return retry_wait(attempt, retry_after, s.backoff_base, s.backoff_max, s.retry_after_max)

    def _get(self, url: str, source: Source, headers: dict[str, str], *,
             allow_redirects: bool = False) -> requests.Response:
        """One GET (streamed) after the host's rate limit; the callers decide on retries (`_retry_wait`)."""
        s = self.settings
        host_limiter(url_host(url)).wait(self._interval(url, source))
        return self._session().get(url, headers=headers, stream=True, allow_redirects=allow_redirects,
                                   timeout=(s.connect_timeout, s.read_timeout))

    def _headers(self, source: Source) -> dict[str, str]:
        headers = {"User-Agent": self.settings.user_agent, "Accept": ACCEPT}
        if source.language in ACCEPT_LANGUAGE:
            headers["Accept-Language"] = ACCEPT_LANGUAGE[source.language]
        return headers

    def _read_body(self, resp: requests.Response, cap: int) -> bytes:
        """Stream the body under `cap` and this fetcher's download deadline (fetch_body.read_body)."""
        return read_body(resp, cap, self.settings.max_fetch_seconds, self.settings.read_timeout)

    # --- robots.txt -----------------------------------------------------------------------------------------

    def _load_robots(self, robots_url: str, source: Source) -> RobotsRules:
        """robots.txt of a host, asked again once at most after a transient fault (as a page would be)."""
        return run_blocking(lambda attempt: self._robots_attempt(robots_url, source, attempt))

    def _robots_attempt(self, robots_url: str, source: Source, attempt: int) -> tuple[RobotsRules, float | None]:
        """Ask for robots.txt once: the rules, and the wait before asking again (None: the rules are final)."""
        retries = min(self.settings.retries, 1)
        try:
            resp = self._get(robots_url, source, self._headers(source), allow_redirects=True)
        except requests.RequestException as exc:
            transient = isinstance(exc, (requests.ConnectionError, requests.Timeout))
            rules = RobotsRules(disallow_all=True, offline=True,
                                reason=f"unreachable: {describe_fault(exc, robots_url)}")
            return rules, self._retry_wait(attempt, None, retries) if transient else None
        with resp:
            if resp.status_code >= 500 or resp.status_code == 429:
                after = parse_retry_after(resp.headers.get("Retry-After"))
                wait = self._retry_wait(attempt, after, retries) if retryable_status(resp.status_code) else None
                return RobotsRules(disallow_all=True, reason=f"unreachable: {resp.status_code}"), wait
            if resp.status_code >= 400:
                return RobotsRules(allow_all=True, reason=f"no robots.txt: {resp.status_code}"), None
            try:
                body = self._read_body(resp, MAX_ROBOTS_BYTES)
            except FetchFailed as failed:
                if str(failed).startswith("body over"):
                    return RobotsRules(allow_all=True, reason="robots.txt too large"), None
                return RobotsRules(disallow_all=True, reason=f"unreachable: {failed}"), None
        text, _ = decode_body(body, resp.headers.get("Content-Type"))
        return parse_robots(text), None

    def robots_allows(self, url: str, source: Source) -> RobotsRules | None:
        """None if robots.txt lets us fetch `url`, else the rules that forbid it (loads them once per host)."""
        if not self.settings.obey_robots:
            return None
        rules = self.robots.get(url, lambda robots_url: self._load_robots(robots_url, source))
        return None if rules.allows(url, self.settings.user_agent) else rules

    # --- fetching -------------------------------------------------------------------------------------------

    def fetch(self, url: str, source: Source, etag: str | None = None,
              last_modified: str | None = None) -> FetchedPage:
        """Fetch one URL for `source`, waiting for its retries; web faults come back as `error` (never raised)."""
        return run_blocking(lambda attempt: self.attempt(url, source, etag, last_modified, attempt))

    def attempt(self, url: str, source: Source, etag: str | None = None, last_modified: str | None = None,
                attempt: int = 1) -> tuple[FetchedPage, float | None]:
        """Ask once: the page as answered, and the seconds to wait before attempt `attempt + 1` when the fault was
        transient and retries are left (None: the page is final, good or bad)."""
        fetched_at = datetime.now(timezone.utc)
        try:
            asked = canonical_url(url)
        except ValueError as exc:
            return FetchedPage(url=url, source=source.name, final_url=url, status=0, headers={}, body=b"",
                               fetched_at=fetched_at, error=f"bad url: {exc}"), None
        try:
            status, headers, body, final = self._fetch(asked, source, etag, last_modified)
        except FetchFailed as failed:
            wait = self._retry_wait(attempt, failed.retry_after) if failed.transient else None
            return FetchedPage(url=asked, source=source.name, final_url=failed.final_url or asked,
                               status=failed.status, headers=failed.headers, body=b"", fetched_at=fetched_at,
                               error=str(failed)), wait
        except Exception as exc:  # a bug or an exotic fault must not stop the whole crawl
            log.exception("fetch %s failed unexpectedly", asked)
            return FetchedPage(url=asked, source=source.name, final_url=asked, status=0, headers={}, body=b"",
                               fetched_at=fetched_at, error=f"internal error: {type(exc).__name__}: {exc}"), None
        page = FetchedPage(url=asked, source=source.name, final_url=final, status=status, headers=headers,
                           body=body, fetched_at=fetched_at)
        if status != 304:
            page.text, page.encoding = decode_body(body, headers.get("Content-Type"))
        return page, None

    def _fetch(self, url: str, source: Source, etag: str | None,
               last_modified: str | None) -> tuple[int, dict[str, str], bytes, str]:
        s = self.settings
        if not is_allowed(url, source):
            raise FetchFailed(f"disallowed host: {url_host(url) or url}")
        headers = self._headers(source)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, seen = url, {url}
        while True:
            denied = self.robots_allows(current, source)
            if denied is not None and denied.offline:
                fault = (denied.reason or "").removeprefix("unreachable: ")
                raise FetchFailed(f"connection failed: {fault} (robots.txt)", final_url=current)
            if denied is not None:
                why = f" ({denied.reason})" if denied.reason else ""
                raise FetchFailed(f"disallowed by robots.txt{why}", final_url=current)
            try:
                resp = self._get(current, source, headers)  # retried as a whole page (attempt)
            except requests.Timeout as exc:
                which = "connect" if isinstance(exc, requests.ConnectTimeout) else "read"
                limit = s.connect_timeout if which == "connect" else s.read_timeout
                raise FetchFailed(f"{which} timeout after {limit:g} s", final_url=current, transient=True) from None
            except requests.RequestException as exc:
                raise FetchFailed(f"connection failed: {describe_fault(exc, current)}", final_url=current,
                              transient=isinstance(exc, requests.ConnectionError)) from None
            with resp:
                status, got = resp.status_code, dict(resp.headers)
                if status in REDIRECTS:
                    location = resp.headers.get("Location")
                    if not location:
                        raise FetchFailed(f"redirect {status} without Location", status, got, current)
                    current = self._hop(canonical_url(location, base=current), source, seen, status, got, current)
                    continue
                if status == 304:
                    return status, got, b"", current
                if status in (404, 410):
                    raise FetchFailed(f"gone: {status}", status, got, current)
                if status >= 400:
                    raise FetchFailed(f"http {status}", status, got, current, transient=retryable_status(resp.status_code),
                                  retry_after=parse_retry_after(resp.headers.get("Retry-After")))
                mime = mime_type(resp.headers.get("Content-Type"))
                packed = may_be_gzip_file(mime, urlsplit(current).path)
                if not is_text(mime) and not packed:
                    raise FetchFailed(f"not html: {mime}", status, got, current)
                try:
                    body = self._read_body(resp, s.max_body_bytes)
                except FetchFailed as failed:
                    raise FetchFailed(str(failed), status, got, current, failed.transient) from None
                if is_gzip_file(body):  # a gzip file (sitemap.xml.gz), not a transfer encoding: unpack it
                    unpacked = gunzip_capped(body, s.max_body_bytes)
                    if unpacked is None:
                        raise FetchFailed("gzip file corrupt or over the body cap", status, got, current)
                    body = unpacked
                elif packed:
                    raise FetchFailed(f"not html: {mime}", status, got, current)
                binary = sniff_binary(body, resp.headers.get("Content-Type"))
                if binary:  # a PDF or image under a text/html label: skipped like a labelled one
                    raise FetchFailed(f"not html: {binary} (served as {mime or 'no type'})", status, got, current)
                target = refresh_target(body, current)
                # a moved-page stub: followed like a redirect while it stays on the source's hosts, short of a
                # loop and the redirect limit; otherwise the page is kept as it is (a stub reads as no article)
                if target and is_allowed(target, source) and target not in seen and len(seen) <= s.max_redirects:
                    current = self._hop(target, source, seen, status, got, current)
                    continue
                return status, got, body, current

    def _hop(self, target: str, source: Source, seen: set[str], status: int, got: dict, current: str) -> str:
        """The next URL of a redirect chain, or FetchFailed for another host, a loop or too many hops."""
        if not is_allowed(target, source):
            raise FetchFailed(f"redirect to disallowed host {url_host(target) or target}", status, got, current)
        if target in seen:
            raise FetchFailed(f"redirect loop at {target}", status, got, current)
        if len(seen) > self.settings.max_redirects:
            raise FetchFailed(f"too many redirects (over {self.settings.max_redirects})", status, got, current)
        seen.add(target)
        return target

    def fetch_many(self, requests: Sequence[tuple], max_workers: int = 8) -> list[FetchedPage]:
        """Fetch many (url, source[, etag[, last_modified]]) in parallel across hosts; results in input order.

        URLs of a rate-limited host go one at a time, in order (waiting workers would only block on the limiter);
        hosts without a limit spread over all workers. A page waiting for its retry waits in a queue, not in a
        worker (retry_queue.py): the other pages of its host go on meanwhile, within the host's rate limit.
        """
        items = [tuple(item) + (None,) * (4 - len(item)) for item in requests]

        def lane(item: tuple) -> str | None:
            url, source = item[0], item[1]
            try:
                return url_host(canonical_url(url)) if self._interval(url, source) > 0 else None
            except ValueError:
                return None

        return run_scheduled(items, lambda item, n: self.attempt(*item, attempt=n), max_workers, lane)
