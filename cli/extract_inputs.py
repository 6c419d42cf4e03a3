"""`pactwatch extract`: a saved page or a URL to one JSON-ready object, without touching any warehouse."""
from __future__ import annotations

import gzip
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from pactwatch.models import FetchedPage

RECORD_KEYS = {"event": "events", "agreement": "agreements", "commitment": "commitments"}


def _fail(msg: str):
    from cli.common import UsageError

    raise UsageError(msg)


def _page_from_path(path: str) -> FetchedPage:
    p = Path(path)
    if not p.is_file():
        _fail(f"no such file: {path}")
    body = p.read_bytes()
    if p.suffix == ".gz":
        body = gzip.decompress(body)
    uri = p.resolve().as_uri()  # resolved once: each resolve asks the file system for every part of the path
    return FetchedPage(url=uri, source="file", final_url=uri, status=200, headers={}, body=body,
                       fetched_at=datetime.now(timezone.utc))


def _page_from_url(url: str) -> FetchedPage:
    from pactwatch.config import Settings, Source
    from scrapers.fetch import Fetcher

    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        _fail(f"not an http(s) URL: {url}")
    source = Source(name="extract", start_urls=[url], article_links="a")
    with Fetcher(Settings.from_env()) as f:
        page = f.fetch(url, source)
    if not page.ok:
        _fail(f"could not fetch {url}: {page.error or page.status}")
    return page


def extract_input(item: str, language: str | None = None) -> dict:
    """Read one page (path or URL): title, date, language, main text and its records by relation."""
    from scrapers.article import NotAnArticle, read_article

    is_url = "://" in item and not item.startswith("file:")
    page = _page_from_url(item) if is_url else _page_from_path(item)
    try:
        ex = read_article(page, language)
    except NotAnArticle as exc:
        _fail(f"{item}: {exc}")
    a = ex.article
    out = {("url" if is_url else "path"): item, "title": a.title, "published_on": a.published_on,
           "language": a.language, "text": a.text, "events": [], "agreements": [], "commitments": []}
    # one article's own mentions, resolved among themselves, with the field names of RECORDS.md
    from warehouse.resolve import resolve

    grouped = defaultdict(list)
    for rec in resolve(ex.mentions, {}):
        row = {**rec.fields, "quotes": [q for _, q in rec.evidence]}
        grouped[RECORD_KEYS[rec.record_type]].append(row)
    out.update(grouped)
    return out
