"""An eleventh test web, Chinese: a city government's portal and a wire-style news site, on 127.0.0.1.

Sites live under tests/data/eleventhweb/sites/<site>/ as UTF-8 files (written by tests/data/eleventhweb/build.py from
articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* gov  - a city government's portal: 发布时间 and 来源 under the title, 【字体：大 中 小】 chrome
* news - a wire-style news site: 中新网 dateline, date and source in one line, 【编辑:…】 after the body

    with EleventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eleventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "gov": {"encoding": "utf-8", "charset": "utf-8"},
    "news": {"encoding": "utf-8", "charset": "utf-8"},
}


class EleventhWeb(GoldWeb):
    """Context manager serving every site of the eleventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".shtml": "text/html", ".html": "text/html"}
    NOT_FOUND = "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center></body></html>"


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EleventhWeb)
