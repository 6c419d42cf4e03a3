"""A hundred-seventh test web, written apart from the other webs for issue 17 (a held-out estimate on Japanese and
Korean prefectures, provinces, cities, agencies and companies with Chinese provinces and cities): a Korean province's
English newsroom paged by "Next", a Japanese city's English international-affairs pages found through its sitemap and
a Chinese provincial portal in UTF-8 read through its RSS feed, served on 127.0.0.1, about the Jeju-Hainan memorandum
signed at the International Electric Vehicle Expo, Jeju Energy Corporation's letter of intent with Zhoushan, the
memorandum of Yokkaichi and ICETT with Tianjin's ecology bureau, the TEMM21 joint communiqué, the Hainan ecology
department's memorandum with the Korea Environment Corporation (韩国环境公团), the targets beside them, and pages that
conclude nothing (a delegation, a youth tour, two anniversaries, a visit): actors no other web uses.

Sites live under tests/data/hundredseventhweb/sites/<site>/ as UTF-8 files (written by
tests/data/hundredseventhweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* jejunews  - Jeju Special Self-Governing Province, English: "Home > News > Press Releases", "Date : ... Views : ...
              Department : ...", a KakaoStory share row, "Satisfaction survey", "Related News"; a paged board
* yokkaichi - City of Yokkaichi, International Affairs, English: "Page ID ... Last updated: ...", "Inquiries",
              "What's New", a Languages bar; its sitemap
* hainangov - 海南省人民政府网, UTF-8: 当前位置, "来源：... 发布时间：...", 【字体：大 中 小】, 分享到, 相关新闻, 琼ICP备
              footer; its RSS feed

    with HundredSeventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredseventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "jejunews": {"encoding": "utf-8", "charset": "utf-8"},
    "yokkaichi": {"encoding": "utf-8", "charset": "utf-8"},
    "hainangov": {"encoding": "utf-8", "charset": "utf-8"},
}


class HundredSeventhWeb(GoldWeb):
    """Context manager serving every site of the hundred-seventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {**GoldWeb.TYPES, ".htm": "text/html", ".shtml": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredSeventhWeb)
