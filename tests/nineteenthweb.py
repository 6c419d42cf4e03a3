"""A nineteenth test web, written apart from the other webs for issue 17 (an honest held-out estimate in English): a
provincial government newsroom, a regional newspaper and a city-network blog served on 127.0.0.1, about subnational
and regional climate cooperation (a Canadian province and its Chinese sister province, a Canadian university and a
Chinese Academy of Sciences institute, Japanese cities and Chinese port cities, a Chinese province joining a coalition
of regional governments at its General Assembly), actors no other web uses, the same facts told by two sites, with
negatives (talks, a trade mission, letters of intent only discussed, signings planned, sister ties of old).

Sites live under tests/data/nineteenthweb/sites/<site>/ as UTF-8 files (written by tests/data/nineteenthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* gov   - a provincial government newsroom: "News release | date | ministry" line, "-30-" tail, release.cfm?xID=N
* paper - a regional newspaper: byline and <time>, "CITY —" datelines, a photo caption, "Most popular" chrome
* net   - a city-network blog: "Posted on" line, instruments' titles in <em>, tag cloud, "Related posts"

    with NineteenthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "nineteenthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "gov": {"encoding": "utf-8", "charset": "utf-8"},
    "paper": {"encoding": "utf-8", "charset": "utf-8"},
    "net": {"encoding": "utf-8", "charset": "utf-8"},
}


class NineteenthWeb(GoldWeb):
    """Context manager serving every site of the nineteenth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NineteenthWeb)
