"""A ninety-eighth test web, written apart from the other webs for issue 17 (a held-out estimate on Chinese power and
solar companies abroad): a central-SOE energy news portal in GBK found through its sitemap, the English newsroom of
Azerbaijan's Ministry of Energy paged by "Next" and an English wire read through its RSS feed, served on 127.0.0.1,
about signings of China Huadian, SPIC and its units, China Three Gorges International, China Datang's overseas arm,
LONGi and Envision with ministries, agencies, utilities and an oil company of Uzbekistan, Azerbaijan, Peru, Malaysia,
Colombia and Oman (several per page: "分别与A、B、C签署", numbered lists, "with A, B and C"), the companies' and
countries' own targets, and pages that conclude nothing (a site visit, a tender award, a delegation received, a
quarter's statistics and results): actors no other web uses.

Sites live under tests/data/ninetyeighthweb/sites/<site>/ as UTF-8 files (written by
tests/data/ninetyeighthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* zqnw       - 中企能源网, GBK labelled gb2312: table layout, 当前位置, "发布时间：… 来源：… 作者：… 【字号：大 中 小】",
               【责任编辑：…】, 上一篇/下一篇, 相关新闻, 热点排行, 京ICP footer; its sitemap
* minenergy  - Azerbaijan's Ministry of Energy, English: language strip, "News" label, "23 April 2025, 16:40",
               "Print", "Other news", the ministry's address footer; its listing paged by "Next »"
* orientwire - OrientWire, an English wire: markets strip, byline "By … | <time> | 3 min read", "Most read",
               newsletter box, "Trust Principles"; its RSS feed

    with NinetyEighthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "ninetyeighthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "zqnw": {"encoding": "gbk", "charset": "gb2312"},
    "minenergy": {"encoding": "utf-8", "charset": "utf-8"},
    "orientwire": {"encoding": "utf-8", "charset": "utf-8"},
}


class NinetyEighthWeb(GoldWeb):
    """Context manager serving every site of the ninety-eighth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NinetyEighthWeb)
