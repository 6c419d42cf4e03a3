"""Finding article URLs without touching the network: listing pages, RSS/Atom feeds and sitemaps.

Pure functions over already-fetched text, so discovery is testable offline and the crawl flow decides what
to fetch. Every URL comes back canonical and inside the source's hosts; links elsewhere are dropped.
"""
from __future__ import annotations

import email.utils
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime

import feedparser
import lxml.etree
import lxml.html

from pactwatch.config import Source
from scrapers.selectors import parse_html
from scrapers.urls import canonical_url, is_allowed

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass
class Listing:
    """What one listing page offers: article links, further listing pages, and problems worth a look."""

    article_urls: list[str] = field(default_factory=list)
    next_urls: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dropped: int = 0  # links found but outside the source's hosts (or not http)


@dataclass
class FeedEntry:
    """One item of an RSS or Atom feed."""

    url: str
    published: date | None
    title: str | None


@dataclass
class Sitemap:
    """A sitemap's page URLs with their lastmod dates, or (for an index) its child sitemaps."""

    urls: list[tuple[str, date | None]] = field(default_factory=list)
    child_sitemaps: list[str] = field(default_factory=list)


class _Links:
    """Ordered, de-duplicated, allow-listed canonical URLs."""

    def __init__(self, source: Source, exclude: str | None = None) -> None:
        self.source, self.urls, self.dropped = source, [], 0
        self._seen = {exclude} if exclude else set()

    def add(self, href: str | None, base: str) -> str | None:
        """Keep `href` (resolved against `base`) if new and allowed; return it then, else None."""
        href = (href or "").strip()
        if not href or href.startswith("#"):
            return None
        try:
            url = canonical_url(href, base=base)
        except ValueError:
            self.dropped += 1
            return None
        if not is_allowed(url, self.source):
            self.dropped += 1
            return None
        if url in self._seen:
            return None
        self._seen.add(url)
        self.urls.append(url)
        return url


def _strip_xml_declaration(text: str) -> str:
    # lxml refuses str input that declares an encoding; the text is already decoded.
    return _XML_DECL.sub("", text, count=1)


def _href_of(element) -> str | None:
    """The link an element stands for: its own href, else the first link inside it, else an enclosing link."""
    if element.name == "a" and element.get("href"):
        return element.get("href")
    inner = element.find("a", href=True)
    if inner is not None:
        return inner.get("href")
    outer = element.find_parent("a", href=True)
    return outer.get("href") if outer is not None else element.get("href")


def parse_listing(html_text: str, page_url: str, source: Source) -> Listing:
    """Article and next-page links of a listing page, chosen by the source's CSS selectors.

    The selectors are matched by BeautifulSoup (soupsieve) on the lxml parser, so `:has()`, `:is()`, `:not()`
    lists and `:-soup-contains()` work."""
    listing = Listing()
    if not source.article_links:
        listing.warnings.append(f"source {source.name!r} has no article_links selector")
        return listing
    doc = parse_html(_strip_xml_declaration(html_text))
    base_tag = doc.find("base", href=True)
    base = canonical_url(base_tag["href"], base=page_url) if base_tag is not None else page_url
    page = canonical_url(page_url)
    articles, nexts = _Links(source, exclude=page), _Links(source, exclude=page)
    matched = doc.select(source.article_links)
    for element in matched:
        articles.add(_href_of(element), base)
    if not matched:
        listing.warnings.append(f"{page_url}: article_links {source.article_links!r} matched nothing")
    elif not articles.urls and not articles.dropped:
        listing.warnings.append(f"{page_url}: article_links {source.article_links!r} matched no links")
    if source.next_page:
        for element in doc.select(source.next_page):
            nexts.add(_href_of(element), base)
    listing.article_urls = articles.urls
    listing.next_urls = [url for url in nexts.urls if url not in set(articles.urls)]
    listing.dropped = articles.dropped + nexts.dropped
    return listing


def _date_as_written(raw: str | None, parsed) -> date | None:
    """The calendar date a feed states, in the feed's own time zone (feedparser's struct is UTC-shifted)."""
    if raw:
        raw = raw.strip()
        try:
            return email.utils.parsedate_to_datetime(raw).date()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
        except ValueError:
            pass
        match = _DATE.match(raw)
        if match:
            try:
                return date(*map(int, match.groups()))
            except ValueError:
                pass
    if parsed:
        try:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        except ValueError:
            return None
    return None


def _plain(title: str | None) -> str | None:
    """A feed title as plain text (Atom titles may carry HTML markup)."""
    title = (title or "").strip()
    if "<" in title:
        try:
            title = lxml.html.fragment_fromstring(title, create_parent="span").text_content().strip()
        except (lxml.etree.ParserError, ValueError):
            pass
    return " ".join(title.split()) or None


def parse_feed(xml_text: str, feed_url: str, source: Source) -> list[FeedEntry]:
    """Entries of an RSS 2.0 / RSS 1.0 / Atom feed: link (canonical, allowed hosts only), date, title."""
    data = _strip_xml_declaration(xml_text).encode("utf-8")
    # A stream, not a str: feedparser would treat a str as a URL or file name and go fetch it.
    parsed = feedparser.parse(io.BytesIO(data), response_headers={
        "content-location": feed_url, "content-type": "application/xml; charset=utf-8"})
    links = _Links(source)
    entries: list[FeedEntry] = []
    for entry in parsed.entries:
        href = entry.get("link")
        if not href:
            guid = entry.get("id") or ""
            href = guid if guid.startswith(("http://", "https://")) else None
        url = links.add(href, feed_url)
        if url is None:
            continue  # missing, outside the source, or a repeat
        published = _date_as_written(entry.get("published"), entry.get("published_parsed")) or \
            _date_as_written(entry.get("updated"), entry.get("updated_parsed"))
        title = _plain(entry.get("title"))
        entries.append(FeedEntry(url=url, published=published, title=title))
    return entries


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip() or None
    return None


def parse_sitemap(xml_text: str, url: str, source: Source) -> Sitemap:
    """Page URLs (with lastmod) of a sitemap, or child sitemaps of a sitemap index; plain-text sitemaps too."""
    sitemap = Sitemap()
    text = _strip_xml_declaration(xml_text).strip()
    if text and not text.startswith("<"):
        links = _Links(source)
        for line in text.splitlines():
            links.add(line, url)
        sitemap.urls = [(u, None) for u in links.urls]
        return sitemap
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(text.encode("utf-8"), parser)
    except lxml.etree.XMLSyntaxError:
        return sitemap
    if root is None:
        return sitemap
    pages, children = _Links(source), _Links(source)
    if _local(root.tag) == "sitemapindex":
        for element in root:
            if _local(element.tag) == "sitemap":
                children.add(_child_text(element, "loc"), url)
        sitemap.child_sitemaps = children.urls
        return sitemap
    for element in root:
        if _local(element.tag) != "url":
            continue
        added = pages.add(_child_text(element, "loc"), url)
        if added is not None:
            sitemap.urls.append((added, _date_as_written(_child_text(element, "lastmod"), None)))
    return sitemap
