"""An eighty-sixth test web, written apart from the other webs for issue 17 (a held-out estimate in American wire and
local-news style): a wire service read through its RSS feed, a city government's press-release newsroom (a paged
listing) and a local TV station found through its sitemap, served on 127.0.0.1, about US states, counties, cities,
utilities and universities pledging and signing (a four-party memorandum on vehicle emissions, a West Coast pact, a
university's lease with its city, council resolutions, executive orders, an integrated resource plan) and pages that
pledge nothing (a lawsuit, a rollback, a forum, a pipeline easement revoked): actors no other web uses.

Sites live under tests/data/eightysixthweb/sites/<site>/ as UTF-8 files (written by
tests/data/eightysixthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* alliedpress - a wire service: "CITY (AP) —" datelines, "Associated writer ... contributed", "Trending" rail
* pghnews - the City of Pittsburgh's newsroom: "Home > News > Press Releases", "Media contact:", "Recent Press Releases"
* wnim28 - a South Bend TV station: "Published: ... Updated: ...", "Copyright 2020 WNIM", "Most Read"

    with EightySixthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eightysixthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "alliedpress": {"encoding": "utf-8", "charset": "utf-8"},
    "pghnews": {"encoding": "utf-8", "charset": "utf-8"},
    "wnim28": {"encoding": "utf-8", "charset": "utf-8"},
}


class EightySixthWeb(GoldWeb):
    """Context manager serving every site of the eighty-sixth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EightySixthWeb)
