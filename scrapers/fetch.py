"""Polite, bounded HTTP fetching: one `Fetcher` per run turns URLs into `FetchedPage`s and never raises for web faults.

Politeness: a User-Agent naming the tool and a contact URL, robots.txt obeyed, a per-host rate limit shared by
every thread (and every Fetcher) of the process, conditional GETs. Bounds: connect/read timeouts, a total
download time, a body size cap read as a stream, a redirect limit, retries with capped exponential backoff.
Every failure comes back as `FetchedPage.error`, so one bad site cannot stop a crawl.

Transient faults are retried: 429 and 5xx answers, connections refused, closed or reset, read timeouts and bodies
cut short, up to `Settings.retries` times after the server's Retry-After or backoff. `fetch` waits for its retries;
`fetch_many` queues them (retry_queue.py), so a page waiting for its retry holds up no other page.
"""
from __future__ import annotations

import email.utils
import http.client
import logging
import threading
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from pactwatch.config import Settings, Source
from pactwatch.models import FetchedPage
from scrapers.decode import decode_body, utf16_without_bom
from scrapers.faults import describe_fault
from scrapers.gzipped import gunzip_capped, is_gzip_file, may_be_gzip_file
from scrapers.refresh import refresh_target
from scrapers.retry_queue import retry_wait, run_blocking, run_scheduled
from scrapers.robots import MAX_ROBOTS_BYTES, RobotsCache, RobotsRules, parse_robots
from scrapers.urls import canonical_url, is_allowed, url_host

log = logging.getLogger(__name__)

REDIRECTS = frozenset({301, 302, 303, 307, 308})
TEXT_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain",
                        "application/rss+xml", "application/atom+xml", "application/rdf+xml"})
CHUNK = 64 * 1024
MAX_CRAWL_DELAY = 60.0
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"
ACCEPT_LANGUAGE = {"zh": "zh-CN,zh;q=0.9,en;q=0.5", "en": "en;q=1.0,*;q=0.5"}


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


def _retryable(resp: requests.Response) -> bool:
    return resp.status_code == 429 or (resp.status_code >= 500 and resp.status_code not in (501, 505))


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _is_text(mime: str) -> bool:
    return not mime or mime in TEXT_TYPES or mime.endswith("+xml") or "html" in mime


_MAGIC = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"GIF8", "image/gif"),
          (b"\xff\xd8\xff", "image/jpeg"), (b"PK\x03\x04", "application/zip"), (b"\x1f\x8b", "application/gzip"),
          (b"\xd0\xcf\x11\xe0", "application/msword"), (b"RIFF", "application/octet-stream"))


def sniff_binary(body: bytes, content_type: str | None = None) -> str | None:
    """The real type of a body served under a text label that is binary (magic bytes, NULs); None if text."""
    for magic, mime in _MAGIC:
        if body.startswith(magic):
            return mime
    wide = body[:2] in (b"\xff\xfe", b"\xfe\xff") or "utf-16" in (content_type or "").lower() \
        or "utf-32" in (content_type or "").lower() or utf16_without_bom(body) is not None
    return "application/octet-stream" if not wide and b"\x00" in body[:1024] else None


class _Failed(Exception):
    """A fetch that ended with an error message (and maybe a response status); `transient` if worth a retry."""

    def __init__(self, message: str, status: int = 0, headers: dict | None = None, final_url: str = "",
                 transient: bool = False, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status, self.headers, self.final_url = status, headers or {}, final_url
        self.transient, self.retry_after = transient, retry_after


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
        """Stream the body, stopping at `cap` bytes or the download deadline; raise _Failed on any fault."""
        declared = resp.headers.get("Content-Length", "").strip()
        expected = int(declared) if declared.isdigit() else None
        if expected is not None and expected > cap:
            raise _Failed(f"body over {cap} bytes")
        deadline = time.monotonic() + self.settings.max_fetch_seconds
        chunks: list[bytes] = []
        total = 0
        try:
            while True:
                # read1 returns what has arrived (up to CHUNK), so a slow drip still meets the deadline check.
                chunk = resp.raw.read1(CHUNK, decode_content=True)
                if not chunk:
                    break
                total += len(chunk)
                if total > cap:
                    raise _Failed(f"body over {cap} bytes")
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise _Failed(f"body download over {self.settings.max_fetch_seconds:g} s")
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError):
            raise _Failed(f"read timeout after {self.settings.read_timeout:g} s (body)", transient=True) from None
        except urllib3.exceptions.DecodeError:
            raise _Failed("body not decodable (bad content-encoding)") from None
        except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError) as exc:
            got = f"got {total} of {expected} bytes" if expected is not None else f"got {total} bytes"
            raise _Failed(f"truncated body: {got} ({type(exc).__name__})", transient=True) from None
        body = b"".join(chunks)
        encoded = resp.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity")
        if expected is not None and not encoded and len(body) < expected:
            raise _Failed(f"truncated body: got {len(body)} of {expected} bytes", transient=True)
        return body

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
                wait = self._retry_wait(attempt, after, retries) if _retryable(resp) else None
                return RobotsRules(disallow_all=True, reason=f"unreachable: {resp.status_code}"), wait
            if resp.status_code >= 400:
                return RobotsRules(allow_all=True, reason=f"no robots.txt: {resp.status_code}"), None
            try:
                body = self._read_body(resp, MAX_ROBOTS_BYTES)
            except _Failed as failed:
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
        except _Failed as failed:
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
            raise _Failed(f"disallowed host: {url_host(url) or url}")
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
                raise _Failed(f"connection failed: {fault} (robots.txt)", final_url=current)
            if denied is not None:
                why = f" ({denied.reason})" if denied.reason else ""
                raise _Failed(f"disallowed by robots.txt{why}", final_url=current)
            try:
                resp = self._get(current, source, headers)  # retried as a whole page (attempt)
            except requests.Timeout as exc:
                which = "connect" if isinstance(exc, requests.ConnectTimeout) else "read"
                limit = s.connect_timeout if which == "connect" else s.read_timeout
                raise _Failed(f"{which} timeout after {limit:g} s", final_url=current, transient=True) from None
            except requests.RequestException as exc:
                raise _Failed(f"connection failed: {describe_fault(exc, current)}", final_url=current,
                              transient=isinstance(exc, requests.ConnectionError)) from None
            with resp:
                status, got = resp.status_code, dict(resp.headers)
                if status in REDIRECTS:
                    location = resp.headers.get("Location")
                    if not location:
                        raise _Failed(f"redirect {status} without Location", status, got, current)
                    current = self._hop(canonical_url(location, base=current), source, seen, status, got, current)
                    continue
                if status == 304:
                    return status, got, b"", current
                if status in (404, 410):
                    raise _Failed(f"gone: {status}", status, got, current)
                if status >= 400:
                    raise _Failed(f"http {status}", status, got, current, transient=_retryable(resp),
                                  retry_after=parse_retry_after(resp.headers.get("Retry-After")))
                mime = _mime(resp.headers.get("Content-Type"))
                packed = may_be_gzip_file(mime, urlsplit(current).path)
                if not _is_text(mime) and not packed:
                    raise _Failed(f"not html: {mime}", status, got, current)
                try:
                    body = self._read_body(resp, s.max_body_bytes)
                except _Failed as failed:
                    raise _Failed(str(failed), status, got, current, failed.transient) from None
                if is_gzip_file(body):  # a gzip file (sitemap.xml.gz), not a transfer encoding: unpack it
                    unpacked = gunzip_capped(body, s.max_body_bytes)
                    if unpacked is None:
                        raise _Failed("gzip file corrupt or over the body cap", status, got, current)
                    body = unpacked
                elif packed:
                    raise _Failed(f"not html: {mime}", status, got, current)
                binary = sniff_binary(body, resp.headers.get("Content-Type"))
                if binary:  # a PDF or image under a text/html label: skipped like a labelled one
                    raise _Failed(f"not html: {binary} (served as {mime or 'no type'})", status, got, current)
                target = refresh_target(body, current)
                # a moved-page stub: followed like a redirect while it stays on the source's hosts, short of a
                # loop and the redirect limit; otherwise the page is kept as it is (a stub reads as no article)
                if target and is_allowed(target, source) and target not in seen and len(seen) <= s.max_redirects:
                    current = self._hop(target, source, seen, status, got, current)
                    continue
                return status, got, body, current

    def _hop(self, target: str, source: Source, seen: set[str], status: int, got: dict, current: str) -> str:
        """The next URL of a redirect chain, or _Failed for another host, a loop or too many hops."""
        if not is_allowed(target, source):
            raise _Failed(f"redirect to disallowed host {url_host(target) or target}", status, got, current)
        if target in seen:
            raise _Failed(f"redirect loop at {target}", status, got, current)
        if len(seen) > self.settings.max_redirects:
            raise _Failed(f"too many redirects (over {self.settings.max_redirects})", status, got, current)
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
