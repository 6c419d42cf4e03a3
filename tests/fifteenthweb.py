"""A fifteenth test web, written apart from the other webs for issue 17 (events on unseen webs): an English
city-network news site and a Chinese news portal served on 127.0.0.1, about real gatherings none of the other webs
use (the ICLEI World Congress 2018 in Montréal, COP22 in Marrakech, the third U.S.-China Governors Forum in Seattle,
the tenth Clean Energy Ministerial in Vancouver), with the phrasings events come in ("on the sidelines of", "held in
X from June 19 to 22", "opened Tuesday", 第X届…开幕, 期间, "5月27日至29日") and pages whose gatherings are no event
(a press conference, a webinar, an assembly, a sports conference, a summit to come, a past one, 会见/会谈).

Sites live under tests/data/fifteenthweb/sites/<site>/ as UTF-8 files (written by tests/data/fifteenthweb/build.py
from articles.py; gold.json beside them).

* citynet - an English city-network news site: <time datetime>, article:published_time, "Most popular" chrome
* lvse    - a Chinese news portal: date and source in one line, 【责任编辑】 after the body

    with FifteenthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fifteenthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "citynet": {"encoding": "utf-8", "charset": "utf-8"},
    "lvse": {"encoding": "utf-8", "charset": "utf-8"},
}


class FifteenthWeb(GoldWeb):
    """Context manager serving every site of the fifteenth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".shtml": "text/html", ".html": "text/html"}
    NOT_FOUND = "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center></body></html>"


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FifteenthWeb)
