"""An eighty-first test web, written apart from the other webs for issue 17 (a held-out estimate on ports, shipping
lines, airlines, utilities and energy companies): a Chinese energy-industry portal in GBK, an English trade-press
site on ports, shipping and power read through its RSS feed and a company newsroom of media releases found through its
sitemap, served on 127.0.0.1, about green-corridor and fuel memoranda, an airline's fuel agreement, a utility tariff
deal, a joint venture, a power purchase agreement and corporate targets in science-based-target phrasings, beside
pages that conclude nothing (ship orders, results, a merger): actors no other web uses.

Sites live under tests/data/eightyfirstweb/sites/<site>/ as UTF-8 files (written by
tests/data/eightyfirstweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* ngzx     - 能港在线, GBK labelled gb2312: "能港网讯：", "来源：… 作者：… 关键词：", 特别声明, 【责任编辑：…】, 热点排行;
             its listing paged by 下一页
* tidegrid - Tide & Grid, an English trade-press site: kicker, byline with <time>, tags, share row, "Most read",
             newsletter box; its RSS feed
* newsroom - Sembcorp's media releases: cookie banner, dateline, "About Sembcorp", forward-looking statements, media
             contacts, "Download PDF", "Related News"; its sitemap

    with EightyfirstWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eightyfirstweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "ngzx": {"encoding": "gbk", "charset": "gb2312"},
    "tidegrid": {"encoding": "utf-8", "charset": "utf-8"},
    "newsroom": {"encoding": "utf-8", "charset": "utf-8"},
}


class EightyfirstWeb(GoldWeb):
    """Context manager serving every site of the eighty-first web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {**GoldWeb.TYPES, ".shtml": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EightyfirstWeb)
