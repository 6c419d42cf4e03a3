"""Network faults in plain words: what a user can act on ("connection refused to 127.0.0.1:9", "DNS failure for
news.example"), not the exception class requests raised ("ConnectionError").

Pure over the exception and the URL asked for; the fetcher puts the result in `FetchedPage.error` and the run's
health (flows/health.py) quotes it per source.
"""
from __future__ import annotations

import socket
from urllib.parse import urlsplit

import requests
import urllib3


def _host_port(url: str) -> str:
    """`host:port` of a URL, the default port filled in (the port is what a refused connection is about)."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    port = port or (443 if parts.scheme == "https" else 80)
    return f"{parts.hostname or url}:{port}"


def _chain(exc: BaseException):
    """The exception and everything it wraps: causes, contexts, urllib3 reasons and exception arguments."""
    todo, seen = [exc], set()
    while todo:
        cur = todo.pop(0)
        if cur is None or id(cur) in seen or not isinstance(cur, BaseException):
            continue
        seen.add(id(cur))
        yield cur
        todo += [getattr(cur, "reason", None), cur.__cause__, cur.__context__, *cur.args]


def describe_fault(exc: BaseException, url: str) -> str:
    """One plain line for a failed connection to `url`: refused, DNS failure, timeout, reset, TLS, or the kind."""
    where = _host_port(url)
    host = urlsplit(url).hostname or url
    chain = list(_chain(exc))
    text = " ".join(str(e) for e in chain).lower()
    if any(isinstance(e, (socket.gaierror, urllib3.exceptions.NameResolutionError)) for e in chain) or \
            "name or service not known" in text or "failed to resolve" in text or "name resolution" in text:
        return f"DNS failure: no address for {host}"
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "connection refused" in text:
        return f"connection refused to {where}"
    if any(isinstance(e, (requests.ConnectTimeout, urllib3.exceptions.ConnectTimeoutError)) for e in chain):
        return f"connect timeout to {where}"
    if any(isinstance(e, (requests.ReadTimeout, urllib3.exceptions.ReadTimeoutError)) for e in chain):
        return f"read timeout from {where}"
    if any(isinstance(e, requests.exceptions.SSLError) for e in chain):
        return f"TLS failure with {where}"
    if any(isinstance(e, ConnectionResetError) for e in chain) or "connection reset" in text:
        return f"connection reset by {where}"
    if "remote end closed" in text or any(isinstance(e, urllib3.exceptions.ProtocolError) for e in chain):
        return f"connection closed by {where} without an answer"
    return f"connection to {where} failed ({type(exc).__name__})"
