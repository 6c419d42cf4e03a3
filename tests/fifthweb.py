"""A fifth test web, Chinese first: three sites of templates the other webs lack, served on 127.0.0.1.

Sites live under tests/data/fifthweb/sites/<site>/ as UTF-8 files (written by tests/data/fifthweb/build.py from
articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* waiban - a provincial foreign-affairs office (TRS-style government site) served GBK; listing paginated (下一页)
* wxmp   - WeChat official-account articles, reachable only through an RSS feed; extensionless /s/<id> paths
* renmin - a national news portal (人民网 style) with one listing page

    with FifthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fifthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "waiban": {"encoding": "gbk", "charset": "gbk"},
    "wxmp": {"encoding": "utf-8", "charset": "utf-8"},
    "renmin": {"encoding": "utf-8", "charset": "utf-8"},
}


class FifthWeb(GoldWeb):
    """Context manager serving every site of the fifth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".html": "text/html", ".htm": "text/html", ".xml": "application/rss+xml", ".txt": "text/plain"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FifthWeb)
