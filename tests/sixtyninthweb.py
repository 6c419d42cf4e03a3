"""A sixty-ninth test web, written apart from the other webs for issue 17 (an honest held-out estimate of
INSTRUMENTS NAMED BY THEIR TITLES, English and Chinese): a state governor's newsroom and a Chinese city 外事办公室
portal served on 127.0.0.1, each page naming its agreement by a title with the parties inside it and recalling it by
a short name, with one trap (a plan's title in 书名号 holding a pledge): actors no other web uses.

Sites live under tests/data/sixtyninthweb/sites/<site>/ as UTF-8 files (written by
tests/data/sixtyninthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* wvgov - a governor's newsroom: "Governor's Newsroom" banner, "Print this release", a "More releases" rail
* qhdwb - a city 外事办公室 portal: 信息来源 line, 【打印本页】, a 外事动态推荐 rail

    with SixtyNinthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "sixtyninthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "wvgov": {"encoding": "utf-8", "charset": "utf-8"},
    "qhdwb": {"encoding": "utf-8", "charset": "utf-8"},
}


class SixtyNinthWeb(GoldWeb):
    """Context manager serving every site of the sixty-ninth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixtyNinthWeb)
