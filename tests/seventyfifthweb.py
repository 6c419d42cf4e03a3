"""A seventy-fifth test web, written apart from the other webs for issue 17 (an honest held-out estimate of VIRTUAL,
HYBRID AND MULTI-CITY GATHERINGS, English and Chinese): an English NGO newsroom and a Chinese city government portal
served on 127.0.0.1, each page telling one gathering held online, in a city and online, or in two host cities at
once, and one agreement signed or pledge made at it, with one trap (a webinar at which nothing is recorded): actors
no other web uses.

Sites live under tests/data/seventyfifthweb/sites/<site>/ as UTF-8 files (written by
tests/data/seventyfifthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* rccnews - an NGO newsroom: "Confluence Climate Network | Coalition news" masthead, "Posted in" byline, "Back to
  news", a "Coalition news" rail
* tzgov - a city government portal: 阅读次数 line, a 延伸阅读 rail, a 主办 footer

    with SeventyFifthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "seventyfifthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "rccnews": {"encoding": "utf-8", "charset": "utf-8"},
    "tzgov": {"encoding": "utf-8", "charset": "utf-8"},
}


class SeventyFifthWeb(GoldWeb):
    """Context manager serving every site of the seventy-fifth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventyFifthWeb)
