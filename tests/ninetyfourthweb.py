"""A ninety-fourth test web, written apart from the other webs for issue 17 (a held-out estimate on think-tank and
NGO writing full of numbers that are NOT pledges): an NGO's English analysis blog (scenarios, recommendations for
cities, a report's findings, an explainer of Colombia's target), a think tank's Chinese WeChat-style site (情景分析,
建议, 研究显示, 有望, 可能; a COP26 review) and an energy alliance's English newsroom (its launch at COP26, a
memorandum with the Government of Odisha, Nepal's net zero pledge, a visit that signed nothing), served on
127.0.0.1: actors no other web uses.

Sites live under tests/data/ninetyfourthweb/sites/<site>/ as UTF-8 files (written by
tests/data/ninetyfourthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* pathblog - an NGO's English analysis blog (RSS feed): "Blog / Analysis", "Share this post", "Related analysis"
* qdzk - a think tank's WeChat-style site (sitemap): "原创", "点击蓝字 关注我们", "阅读原文", "往期推荐"
* geapp - an energy alliance's newsroom (paged by ?page=2): "Home > Newsroom", "Press contact", "More news"

    with NinetyFourthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "ninetyfourthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "pathblog": {"encoding": "utf-8", "charset": "utf-8"},
    "qdzk": {"encoding": "utf-8", "charset": "utf-8"},
    "geapp": {"encoding": "utf-8", "charset": "utf-8"},
}


class NinetyFourthWeb(GoldWeb):
    """Context manager serving every site of the ninety-fourth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NinetyFourthWeb)
