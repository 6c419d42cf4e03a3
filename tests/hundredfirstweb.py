"""A hundred-first test web, written apart from the other webs for issue 17 (a held-out estimate on US states and
cities with Chinese provinces and cities): a US governor's newsroom paged by "Older releases", a Chinese provincial
foreign-affairs office portal in GBK found through its sitemap and a US city network's WordPress blog read through
its RSS feed, served on 127.0.0.1, about Hawaii's clean-energy letter of intent with the China Council for the
Promotion of International Trade, the memorandums Shanxi signed with Hawaii and West Virginia, Portland's
zero-emission bus memorandum with Suzhou, the targets beside them, and pages that conclude nothing (a forum
announced, sister-state and sister-city anniversaries, a video exchange, a visit, a webinar, work plans): actors no
other web uses.

Sites live under tests/data/hundredfirstweb/sites/<site>/ as UTF-8 files (written by
tests/data/hundredfirstweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* hawaiigov - the Office of the Governor, State of Hawaii, English: "FOR IMMEDIATE RELEASE", the date, "###",
              "About the Hawaii Clean Energy Initiative", media contact, "Recent News Releases"; paged listing
* sxfao     - 山西省人民政府外事办公室, GBK labelled gb2312: 您现在的位置, "发布日期：… 信息来源：…", 【打印本页】,
              外事要闻, 晋ICP footer; its sitemap
* citynet   - the Sister Cities Climate Exchange, a WordPress blog: "Posted on … by …", "Share this:", "Related",
              "Leave a Reply"; its RSS feed

    with HundredFirstWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredfirstweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "hawaiigov": {"encoding": "utf-8", "charset": "utf-8"},
    "sxfao": {"encoding": "gbk", "charset": "gb2312"},
    "citynet": {"encoding": "utf-8", "charset": "UTF-8"},
}


class HundredFirstWeb(GoldWeb):
    """Context manager serving every site of the hundred-first web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredFirstWeb)
