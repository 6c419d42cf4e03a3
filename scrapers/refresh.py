"""`<meta http-equiv="refresh" content="0; url=...">`: the redirect of sites that cannot send a 3xx.

Moved-page stubs, old CMS short links and "you will be redirected" pages answer 200 with a tiny document whose
meta refresh names the real page. Read as an article it is an empty page (no records); the fetcher follows it
like a redirect instead. A refresh without a URL (an auto-reloading page) or with a long delay is no redirect.
"""
from __future__ import annotations

import html
import re

from scrapers.urls import canonical_url

MAX_DELAY = 10.0  # seconds: longer waits are reading time on a real page, not a redirect
HEAD_BYTES = 8192
_META = re.compile(rb"<meta\b[^>]*>", re.I)
_EQUIV = re.compile(rb"""http-equiv\s*=\s*["']?\s*refresh\b""", re.I)
_CONTENT = re.compile(rb"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_VALUE = re.compile(r"""^\s*(\d+(?:\.\d*)?)\s*(?:[;,]\s*|\s+)(?:url\s*=\s*)?["']?([^"'\s][^"']*?)["']?\s*$""", re.I)
_NOSCRIPT = re.compile(rb"<noscript\b.*?</noscript\s*>", re.I | re.S)


def meta_refresh_url(body: bytes) -> str | None:
    """The URL (as written, unresolved) a page's meta refresh sends to within MAX_DELAY seconds, else None.

    A refresh inside <noscript> (a fallback for browsers without scripts) counts as well: it still names where the
    page really lives."""
    head = _NOSCRIPT.sub(lambda m: m.group(0)[10:-11], body[:HEAD_BYTES])
    for tag in _META.findall(head):
        if not _EQUIV.search(tag):
            continue
        found = _CONTENT.search(tag)
        if not found:
            continue
        raw = next(g for g in found.groups() if g is not None)
        value = html.unescape(raw.decode("ascii", "replace"))
        match = _VALUE.match(value)
        if match and float(match.group(1)) <= MAX_DELAY:
            return match.group(2).strip()
    return None


def refresh_target(body: bytes, current: str) -> str | None:
    """The canonical URL a page's meta refresh redirects to, None if none or the page itself."""
    refresh = meta_refresh_url(body)
    if refresh is None:
        return None
    try:
        target = canonical_url(refresh, base=current)
    except ValueError:
        return None
    return target if target != current else None
