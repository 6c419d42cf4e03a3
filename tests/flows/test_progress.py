"""Fetch progress comes every FETCH_STEP pages while a fetch task runs, even when every page is on one host (one
task): a run of one big site is not silent until its last page."""
from __future__ import annotations

import io

from prefect import flow

from pactwatch.config import Settings, Source
from flows.progress import RunProgress, cli_progress
from flows.tasks import FETCH_STEP, Target, fetch_all
from tests.scrapers.loopback import Loopback, Reply


@flow
def fetch_pages(urls: list[str], source: Source) -> int:
    targets = [Target(u, source.name, "article") for u in urls]
    pages = fetch_all(targets, {source.name: source}, {}, Settings(rate_limit=0), RunProgress("test-progress"))
    return sum(p.ok for p in pages)


def test_fetch_progress_every_step_on_one_host(prefect_env):
    n = 2 * FETCH_STEP + 5
    with Loopback() as site:
        for i in range(n):
            site.route(f"/a/{i}", Reply(body=b"<html><body><p>page</p></body></html>"))
        source = Source(name="one", start_urls=[site.url("/")], article_links="a", rate_limit=0)
        out = io.StringIO()
        with cli_progress("crawl", stream=out):
            assert fetch_pages([site.url(f"/a/{i}") for i in range(n)], source) == n
    lines = out.getvalue().splitlines()
    assert lines == [f"crawl: pages fetched {k}/{n}" for k in (FETCH_STEP, 2 * FETCH_STEP, n)]
