"""A eighteenth test web, written apart from the other webs for issue 17 (an honest held-out estimate): an English
energy-news site, an English wire and a Simplified Chinese SOE/ministry news portal served on 127.0.0.1, about
China's energy cooperation with the Global South and international bodies (a power-construction group and a Central
Asian energy ministry, an energy administration and an international renewable-energy agency, an energy-engineering
group and an African energy ministry, the UN environment body and the ecology ministry, a Latin American energy
ministry), actors and sectors no other web uses, the same facts told by two sites, with negatives.

Sites live under tests/data/eighteenthweb/sites/<site>/ as UTF-8 files (written by tests/data/eighteenthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* enx  - an English energy-news site: byline with a <time>, "Most read" chrome
* wire - an English wire: "CITY, Mon. D (APN) --" datelines, "Trending" chrome
* soe  - a Simplified Chinese SOE/ministry portal: 发布时间 and 来源 under the title, 【打印】【关闭】 chrome

    with EighteenthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eighteenthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "enx": {"encoding": "utf-8", "charset": "utf-8"},
    "wire": {"encoding": "utf-8", "charset": "utf-8"},
    "soe": {"encoding": "utf-8", "charset": "utf-8"},
}


class EighteenthWeb(GoldWeb):
    """Context manager serving every site of the eighteenth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".html": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EighteenthWeb)
