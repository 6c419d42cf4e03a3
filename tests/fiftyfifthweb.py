"""A fifty-fifth test web, written apart from the other webs for issue 17 (an honest held-out estimate on dates
across a year's turn and on the resolution of one fact told many ways, English and Chinese): an English news site and
a Chinese portal served on 127.0.0.1, where January pages tell December signings and pledges ("signed on Dec. 28",
"last December", 去年12月16日, 上月28日), a late-December page announces a signing "on Jan. 5", one memorandum is told by
four pages (with its day, its month only, no date, in Chinese), and traps stay distinct: a second agreement of the same
two parties signed the same day, a memorandum renewed three years later, a correction line.

Sites live under tests/data/fiftyfifthweb/sites/<site>/ as UTF-8 files (written by
tests/data/fiftyfifthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* lakepost - an English news site: "By ... | Published ...", "Filed under:", "Reader favorites", "Newsletter sign-up"
* dfhz     - a Chinese portal: 发布时间 and 来源 under the title, 【返回顶部】【打印本页】, 网友关注

    with FiftyfifthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fiftyfifthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "lakepost": {"encoding": "utf-8", "charset": "utf-8"},
    "dfhz": {"encoding": "utf-8", "charset": "utf-8"},
}


class FiftyfifthWeb(GoldWeb):
    """Context manager serving every site of the fifty-fifth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FiftyfifthWeb)
