"""A thirteenth test web, Chinese: a central government portal, a state-asset regulator's portal of central
enterprises' news and a Macao news site in Traditional Chinese, on 127.0.0.1.

Sites live under tests/data/thirteenthweb/sites/<site>/ as UTF-8 files (written by tests/data/thirteenthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* gov   - a central government portal reprinting the news agency: time and 来源 in one line, 【我要打印】【关闭】 chrome
* sasac - a state-asset regulator's portal: 发布时间 and 来源 under the title, 打印本页 chrome
* mo    - a Macao news site in Traditional Chinese: a date line with the weekday, 熱門新聞 chrome

    with ThirteenthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "thirteenthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "gov": {"encoding": "utf-8", "charset": "utf-8"},
    "sasac": {"encoding": "utf-8", "charset": "utf-8"},
    "mo": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirteenthWeb(GoldWeb):
    """Context manager serving every site of the thirteenth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".htm": "text/html", ".html": "text/html"}
    SERVER = "Apache"
    NOT_FOUND = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirteenthWeb)
