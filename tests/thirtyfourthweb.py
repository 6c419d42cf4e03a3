"""A thirty-fourth test web, written for issue 17 (an honest held-out estimate of PAGE READING on templates nobody
here has seen, round 3): a Drupal city government newsroom, a Hugo NGO blog and a Simplified Chinese news-app share
site served on 127.0.0.1, each with chrome kinds no other web has (teasers of other stories above the article, the
date only in a "Date:" field row after the body, "Release type" / "Topics" rows, a "Media contact" box; the date only
in the URL, a "Reading time" line, a <title> unlike the h1, a "Notes to editors" box; 打开APP banners, a date with
seconds beside 来源：, 编辑：/审核：/责任编辑： lines, 本文来自… notices), found through a listing, a sitemap with
non-article pages and ?id= URLs.

Sites live under tests/data/thirtyfourthweb/sites/<site>/ as UTF-8 files (written by
tests/data/thirtyfourthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

    with ThirtyFourthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "thirtyfourthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "cityhall": {"encoding": "utf-8", "charset": "utf-8"},
    "greenpath": {"encoding": "utf-8", "charset": "utf-8"},
    "kehuduan": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirtyFourthWeb(GoldWeb):
    """Context manager serving every site of the thirty-fourth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirtyFourthWeb)
