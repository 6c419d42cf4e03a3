"""A seventy-ninth test web, written apart from the other webs for issue 17 (a held-out estimate on STATE-PROVINCE
cooperation): a US state governor's press office (Michigan), a Chinese provincial government portal (河北省人民政府,
GBK bytes labelled gb2312, found through a sitemap) and an English regional newspaper (found through an RSS feed)
served on 127.0.0.1, about Michigan and Iowa with Hebei Province: a governor's memorandum, a letter of intent and a
memorandum of state agencies and provincial departments, the states' own targets restated, Zhangjiakou's renewable
shares, and pages that conclude nothing (a forum, a visit, a work meeting, a soybean deal): actors no other web uses.

Sites live under tests/data/seventyninthweb/sites/<site>/ as UTF-8 files (written by
tests/data/seventyninthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* migov   - a governor's press office: "Home > Newsroom", "Media Contact:", "###", "Related press releases"
* hebgov  - a provincial portal in GBK (label gb2312): "您当前的位置", 来源/发布时间, 【字体：】, 热点新闻, 主办
* courier - a regional newspaper: kicker, byline, "Published", "Share this story", "Trending"

    with SeventyninthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "seventyninthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "migov": {"encoding": "utf-8", "charset": "utf-8"},
    "hebgov": {"encoding": "gbk", "charset": "gb2312"},
    "courier": {"encoding": "utf-8", "charset": "utf-8"},
}


class SeventyninthWeb(GoldWeb):
    """Context manager serving every site of the seventy-ninth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventyninthWeb)
