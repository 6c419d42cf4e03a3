"""A seventy-seventh test web, written apart from the other webs for issue 17 (an honest held-out estimate of DATES IN
OTHER FORMATS AND RELATIVE DATES, English and Chinese): an English city council newsroom with day-first dates and a
Chinese city government portal served on 127.0.0.1, each page dating a signing or gathering "on the 12th of March",
"on 04.06.2026", "last Friday", 本月12日, 上周五, 二〇二六年十月十二日 or 日前 (no day), with one trap (an update stamp and
an application deadline on the page of a signing): actors no other web uses.

Sites live under tests/data/seventyseventhweb/sites/<site>/ as UTF-8 files (written by
tests/data/seventyseventhweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* galwaycc - a city council newsroom: "Galway City Council | Newsroom" banner, "Published: dd.mm.yyyy" line, "Return
  to Newsroom", an "In the Newsroom" rail
* czgov - a city government portal: 浏览次数 line, a 相关链接 rail, a 版权所有 footer

    with SeventySeventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "seventyseventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "galwaycc": {"encoding": "utf-8", "charset": "utf-8"},
    "czgov": {"encoding": "utf-8", "charset": "utf-8"},
}


class SeventySeventhWeb(GoldWeb):
    """Context manager serving every site of the seventy-seventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventySeventhWeb)
