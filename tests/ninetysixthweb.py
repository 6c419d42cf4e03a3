"""A ninety-sixth test web, written apart from the other webs for issue 17 (a held-out estimate of AVIATION AND
SHIPPING FUELS): an English aviation and shipping fuels trade-news site, a Chinese civil-aviation / energy portal in
GBK and a port group's bilingual newsroom served on 127.0.0.1, telling memoranda on sustainable aviation fuel, green
methanol and ammonia bunkering and green airports and ports between Chinese airlines, an airport group, port groups, a
fuel maker and a province and foreign airport operators, port authorities and an aircraft maker; the carbon targets
two airlines and a port group announced; and a SAF flight, an aircraft order, a survey, a port's plan and a bunkering
trial that conclude nothing: actors no other web uses.

Sites live under tests/data/ninetysixthweb/sites/<site>/ as UTF-8 files (written by
tests/data/ninetysixthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* afwire - an English trade-news site found through its sitemap index: kicker, "By ... | date", "Most read" traps
* mhnyw  - a civil-aviation / energy portal, GBK sent as charset=gb2312, 绿色民航 paged by 下一页: 热点推荐 traps
* tjport - a port group's bilingual newsroom read through its RSS feed: "Related news" / 相关新闻 traps

    with NinetySixthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "ninetysixthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "afwire": {"encoding": "utf-8", "charset": "utf-8"},
    "mhnyw": {"encoding": "gbk", "charset": "gb2312"},
    "tjport": {"encoding": "utf-8", "charset": "utf-8"},
}


class NinetySixthWeb(GoldWeb):
    """Context manager serving every site of the ninety-sixth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NinetySixthWeb)
