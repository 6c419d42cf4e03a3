"""A hundred-and-tenth test web, written apart from the other webs for issue 17 (a held-out estimate on THE OUTCOMES
OF CLIMATE SUMMITS AND MINISTERIALS OUTSIDE THE COP): an English UN-style news site paged by "Next page", a city
network's English news read through its RSS feed and a Chinese state-media-style portal in GBK (labelled gb2312)
found through its sitemap, served on 127.0.0.1, about the Summit of the Amazon and its Belem Declaration, the Saudi
Green Initiative Forum's 2060 net-zero and renewable electricity targets, the International Solar Alliance's Founding
Conference, Senegal's energy transition partnership launched beside the Paris finance summit, the ICLEI World
Congress in Malmo and the city and national targets told there, and pages that conclude nothing (a summit preview, a
report launch, a keynote, a target a council only weighs, a training course): actors no other web uses.

Sites live under tests/data/hundredtenthweb/sites/<site>/ as UTF-8 files (written by
tests/data/hundredtenthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* unclimate - an English UN-style news site: "Climate and Environment", "9 August 2023", share row, "Get the daily
              news", "Related stories"; paged listing
* iclei     - a city network's English news: "Home / News", "Published 13.05.2022 | Category: …", "Tags:",
              "More news", a newsletter box; its RSS feed
* lvsilu    - 绿色丝路网, GBK labelled gb2312: 当前位置, "… 来源：… 作者：…", 【责任编辑：…】, 相关新闻, 热点推荐,
              京ICP footer; its sitemap

    with HundredTenthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredtenthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "unclimate": {"encoding": "utf-8", "charset": "utf-8"},
    "iclei": {"encoding": "utf-8", "charset": "UTF-8"},
    "lvsilu": {"encoding": "gbk", "charset": "gb2312"},
}


class HundredTenthWeb(GoldWeb):
    """Context manager serving every site of the hundred-and-tenth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredTenthWeb)
