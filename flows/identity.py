"""Article identity in the flows: a fetched article takes its identity URL (scrapers/canonical.py), the URLs that
led to it are kept as aliases (warehouse/aliases.py, stored with the run's load), and discovered URLs that are
known aliases are replaced by their identity before anything is fetched, so one story is one article.
"""
from __future__ import annotations

from dataclasses import replace

from prefect import task
from prefect.cache_policies import NO_CACHE

from pactwatch.config import Source
from pactwatch.models import FetchedPage
from flows.reading import warehouse_or_none
from scrapers.canonical import identity_url
from scrapers.urls import canonical_url


def adopt_identity(t, page: FetchedPage, source: Source, aliases: dict[str, tuple[str, str]]) -> None:
    """Store the page (and its target) under its identity URL; the other URLs that led to it become aliases."""
    ident = identity_url(page, source)
    for url in (page.url, canonical_url(page.final_url or page.url)):
        if url != ident:
            aliases[url] = (ident, source.name)
    page.url = t.url = ident


@task(cache_policy=NO_CACHE)
def read_aliases(db: str, targets: list) -> list:
    """The targets with known aliases replaced by their articles' identity URLs, one target per URL."""
    from warehouse.aliases import identities

    if not targets:
        return targets
    with warehouse_or_none(db) as con:
        if con is None:
            return targets
        ident = identities(con, [t.url for t in targets])
    out: dict = {}
    for t in targets:
        url = ident.get(t.url, t.url)
        out.setdefault(url, replace(t, url=url))
    return list(out.values())
