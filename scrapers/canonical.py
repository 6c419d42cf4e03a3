"""Article identity and which discovered URLs are articles.

Identity: the page's `<link rel="canonical">` when it points to the source's own hosts (and is not a site root or
one of the source's entry points, which a badly templated site gives every page), else the URL after redirects,
else the URL asked for; always in canonical spelling (urls.py: fragment and tracking parameters dropped). The
other URLs that led to the page become aliases (warehouse/aliases.py), so a 301 path, a tracking-parameter link and
the canonical link to one story make one article.

Articles: a source may say which URLs are articles (`article_url`, a regular expression searched in the URL) and
which are not (`exclude_urls`, a list of them), for sitemaps and feeds that list about pages, tags and the like.
Pure functions: the flows apply them (flows/tasks.py).
"""
from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from pactwatch.config import Source
from pactwatch.models import FetchedPage
from scrapers.urls import canonical_url, is_allowed

HEAD_BYTES = 256 * 1024  # a canonical link sits in the head: never scan a whole long page for it
_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.I)
_LINK = re.compile(r"<link\b[^>]*>", re.I)
_ATTR = re.compile(r"""([a-zA-Z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def canonical_link(text: str | None) -> str | None:
    """The href of the page's `<link rel="canonical">` (in its head), unescaped; None if it has none."""
    if not text:
        return None
    head = text[:HEAD_BYTES]
    end = _HEAD_END.search(head)
    head = head[:end.start()] if end else head
    for tag in _LINK.findall(head):
        attrs = {m.group(1).lower(): m.group(2) if m.group(2) is not None else
                 m.group(3) if m.group(3) is not None else m.group(4) for m in _ATTR.finditer(tag)}
        if "canonical" in (attrs.get("rel") or "").lower().split() and (attrs.get("href") or "").strip():
            return html.unescape(attrs["href"].strip())
    return None


def is_article_url(url: str, source: Source) -> bool:
    """Whether a discovered URL may be an article of `source`: matches `article_url` (if set), no `exclude_urls`."""
    pattern = getattr(source, "article_url", None)
    if pattern and not re.search(pattern, url):
        return False
    return not any(re.search(p, url) for p in getattr(source, "exclude_urls", ()) or ())


def _entry_points(source: Source) -> set[str]:
    return {canonical_url(u) for u in (*source.start_urls, source.feed, source.sitemap) if u}


def identity_url(page: FetchedPage, source: Source) -> str:
    """The URL an article page is stored under: its canonical link if trustworthy, else its final URL."""
    final = page.final_url or page.url
    href = canonical_link(page.text)
    if href:
        try:
            url = canonical_url(href, base=final)
        except ValueError:
            url = None
        if url and is_allowed(url, source) and url not in _entry_points(source) and is_article_url(url, source) \
                and (urlsplit(url).path not in ("", "/") or urlsplit(final).path in ("", "/")):
            return url
    final = canonical_url(final)
    return final if is_allowed(final, source) else page.url


def nothing_found(kind: str, url: str, source: Source, links: int) -> str:
    """Why a discovery page gave no article, in plain words (`links`: URLs found before the article rules)."""
    if links:
        rules = []
        if getattr(source, "article_url", None):
            rules.append(f"article_url `{source.article_url}`")
        if getattr(source, "exclude_urls", None):
            rules.append("exclude_urls")
        return f"{links} links on {url}, none an article by {' and '.join(rules) or 'the source rules'}"
    if kind == "listing":
        return f"selector `{source.article_links}` matched nothing on {url}"
    if kind == "feed":
        return f"feed {url} has no entries on the source's hosts"
    return f"sitemap {url} lists no pages on the source's hosts"
