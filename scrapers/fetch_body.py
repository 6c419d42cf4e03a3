"""What the fetcher (fetch.py) makes of a response's body: whether its type is text worth reading, whether a body
under a text label is binary after all, and the body itself, read as a bounded stream (a size cap, a download
deadline) with every fault turned into a `FetchFailed` that says whether asking again may help."""
from __future__ import annotations

import http.client
import time

import requests
import urllib3

from scrapers.decode import utf16_without_bom

TEXT_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain",
                        "application/rss+xml", "application/atom+xml", "application/rdf+xml"})
CHUNK = 64 * 1024


class FetchFailed(Exception):
    """A fetch that ended with an error message (and maybe a response status); `transient` if worth a retry."""

    def __init__(self, message: str, status: int = 0, headers: dict | None = None, final_url: str = "",
                 transient: bool = False, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status, self.headers, self.final_url = status, headers or {}, final_url
        self.transient, self.retry_after = transient, retry_after


def mime_type(content_type: str | None) -> str:
    """The media type of a Content-Type header, lower case, without parameters ("" when absent)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def is_text(mime: str) -> bool:
    """A media type worth reading as a page or feed (no type at all counts: many servers send none)."""
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


def read_body(resp: requests.Response, cap: int, max_seconds: float, read_timeout: float) -> bytes:
    """Stream the body, stopping at `cap` bytes or `max_seconds` of download; raise FetchFailed on any fault
    (`read_timeout` only names the limit a read timed out on)."""
    declared = resp.headers.get("Content-Length", "").strip()
    expected = int(declared) if declared.isdigit() else None
    if expected is not None and expected > cap:
        raise FetchFailed(f"body over {cap} bytes")
    deadline = time.monotonic() + max_seconds
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
                raise FetchFailed(f"body over {cap} bytes")
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise FetchFailed(f"body download over {max_seconds:g} s")
    except (urllib3.exceptions.ReadTimeoutError, TimeoutError):
        raise FetchFailed(f"read timeout after {read_timeout:g} s (body)", transient=True) from None
    except urllib3.exceptions.DecodeError:
        raise FetchFailed("body not decodable (bad content-encoding)") from None
    except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError) as exc:
        got = f"got {total} of {expected} bytes" if expected is not None else f"got {total} bytes"
        raise FetchFailed(f"truncated body: {got} ({type(exc).__name__})", transient=True) from None
    body = b"".join(chunks)
    encoded = resp.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity")
    if expected is not None and not encoded and len(body) < expected:
        raise FetchFailed(f"truncated body: got {len(body)} of {expected} bytes", transient=True)
    return body
