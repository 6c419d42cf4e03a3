"""An eighty-third test web, written apart from the other webs for issue 17 (a held-out estimate, CHINESE FIRST, of
the climate diplomacy of Chinese cities and provinces): a municipal foreign-affairs office portal in GBK, a
state-media English edition of Yunnan and a Hong Kong Traditional Chinese paper served on 127.0.0.1, telling sister-city
agreements signed at friendship-city conferences with partners in Latin America, Asia, Africa, Europe and North
America (pairs listed in one sentence), a city's 碳达峰 target in the same story as its new sister city, a provincial
department's memorandum with a Lao province, a think tank's letter of intent, Hong Kong's 2050 plan, and a 座谈会, a
delegation at a conference, a forum and a study visit that conclude nothing: actors no other web uses.

Sites live under tests/data/eightythirdweb/sites/<site>/ as UTF-8 files (written by
tests/data/eightythirdweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* zswb    - a 外办 portal, GBK bytes sent as charset=gb2312: 外事动态 paged by 下一页, 【打印本页】【关闭窗口】, 相关新闻 traps
* yntoday - a state-media English edition read through its RSS feed: datelines, "Editor:", "Most Viewed" traps
* xjsb    - a Hong Kong paper found through its sitemap: 【香江時報訊】, 新聞排行 traps

    with EightythirdWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eightythirdweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "zswb": {"encoding": "gbk", "charset": "gb2312"},
    "yntoday": {"encoding": "utf-8", "charset": "utf-8"},
    "xjsb": {"encoding": "utf-8", "charset": "utf-8"},
}


class EightythirdWeb(GoldWeb):
    """Context manager serving every site of the eighty-third web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {**GoldWeb.TYPES, ".htm": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EightythirdWeb)
