"""A second test web, unlike the bundled snapshot: four sites of other templates served on 127.0.0.1.

Sites live under tests/data/otherweb/sites/<site>/ as UTF-8 files; `{{base}}` is this site's base URL and
`{{base:<site>}}` another site's. Each site gets its own ThreadingHTTPServer on an ephemeral loopback port.

* citynet  - English city-network news site: listing with `?page=N` pagination, bylines "By X | June 8, 2016"
* ngo      - English NGO reachable only through an RSS 2.0 feed; dates in a meta table / "Published" line
* cnportal - Chinese energy portal served GBK (labelled gb2312): comment box, 热门排行, 分享到, 地址/邮编 footer
* citygov  - city-government press releases whose dates are only in the URL path (/news/2016/06/08/...)

A URL with a query string maps to a file named `<path>__<key>-<value>.html` (`/stories?page=2` ->
`stories__page-2.html`); an extensionless path is tried as itself, `+.html` and `/index.html`.

    with OtherWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "otherweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "citynet": {"encoding": "utf-8", "charset": "utf-8"},
    "ngo": {"encoding": "utf-8", "charset": "UTF-8"},
    "cnportal": {"encoding": "gbk", "charset": "gb2312"},
    "citygov": {"encoding": "utf-8", "charset": "utf-8"},
}


class OtherWeb(GoldWeb):
    """Context manager serving every site of the other web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".html": "text/html", ".shtml": "text/html", ".xml": "application/rss+xml", ".txt": "text/plain"}
    SERVER = "Apache"
    NOT_FOUND = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(OtherWeb)
