"""A ninth test web, Chinese: a ministry's news page and an energy-industry portal, on 127.0.0.1.

Sites live under tests/data/ninthweb/sites/<site>/ as UTF-8 files (written by tests/data/ninthweb/build.py from
articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* mee    - a ministry's news page: date and issuing department under the title (2023-07-19 17:30 来源：国际合作司)
* energy - an energy-industry portal: date, source and author in a copy line, a reprint disclaimer after the body

    with NinthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "ninthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "mee": {"encoding": "utf-8", "charset": "utf-8"},
    "energy": {"encoding": "utf-8", "charset": "utf-8"},
}


class NinthWeb(GoldWeb):
    """Context manager serving every site of the ninth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".shtml": "text/html", ".html": "text/html"}
    NOT_FOUND = "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center></body></html>"


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NinthWeb)
