"""A third test web, written apart from the snapshot and the second web: four sites served on 127.0.0.1.

Sites live under tests/data/thirdweb/sites/<site>/ as UTF-8 files; `{{base}}` is the site's own base URL and
`{{base:<site>}}` another site's. Each site gets its own ThreadingHTTPServer on an ephemeral loopback port.

* mayorsnet - English city-network newsroom (WordPress-like): cards, path pagination /newsroom/page/N/, bylines
              in several styles, a comment thread, a republished 2016 story, "Related stories" sidebar
* thinktank - English think tank reachable only through an RSS 2.0 feed whose links carry utm_* parameters;
              dates only in the feed, in an `article:published_time` meta, or shown on the page
* nengyuan  - Chinese energy portal served as GBK with a bare `text/html` Content-Type (charset only in the
              page's http-equiv meta): 导航, 当前位置, 责任编辑, 热门文章, 网友评论, 备案号/地址/电话 footer
* govpress  - a Chinese city's English government portal: TRS-style pages, dates as "Updated: ..." or only in
              the URL (/202311/t20231117_58812.html)

A path ending in '/' serves `index.html`; an extensionless path is tried as itself, `+.html` and `/index.html`.
A query string of only utm_* parameters is ignored (feed links carry them); any other query maps to
`<path>__<key>-<value>.html`.

    with ThirdWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, QuietServer, serve

HERE = Path(__file__).resolve().parent / "data" / "thirdweb"
GOLD_PATH = HERE / "gold.json"

# content type sent for html pages; None charset = bare "text/html"
SITES = {
    "mayorsnet": {"encoding": "utf-8", "charset": "UTF-8"},
    "thinktank": {"encoding": "utf-8", "charset": "utf-8"},
    "nengyuan": {"encoding": "gbk", "charset": None},
    "govpress": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirdWeb(GoldWeb):
    """Context manager serving every site of the third web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".html": "text/html", ".shtml": "text/html", ".htm": "text/html", ".rss": "application/rss+xml",
             ".xml": "application/xml", ".txt": "text/plain"}
    SERVER = "nginx/1.18.0"
    NOT_FOUND = ("<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center>"
                 "</body></html>")
    DROP_QUERY_PREFIX = "utm_"  # feed links carry utm_* parameters
    SERVER_CLASS = QuietServer


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirdWeb)
