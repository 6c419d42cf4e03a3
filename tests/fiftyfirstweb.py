"""A fifty-first test web, written apart from the other webs for issue 17 (an honest held-out estimate of signings
listed in tables and bullet lists, English and Chinese): an English forum-results site and a Chinese provincial portal
served on 127.0.0.1, whose results pages list their signings one agreement per row (a captioned "Partners |
Instrument | Field" table, an ordered list "A and B: instrument on ...", bullets in paragraphs, a 签约项目 | 签约单位
table, a 甲方 | 乙方 | 协议名称 table, an inline "签约项目如下：（一）…；（二）…") beside tables of projects with
investment figures, lists of attending delegations and a review box of a previous edition's signings.

Sites live under tests/data/fiftyfirstweb/sites/<site>/ as UTF-8 files (written by tests/data/fiftyfirstweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* hcforum - an English forum-results site: "Outcomes" section, "Share this page", "Forum Secretariat" footer
* ahportal - a Chinese provincial portal: 信息来源 and 浏览次数 under the title, 【纠错】 and 扫码阅读手机版 under the text

    with FiftyfirstWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fiftyfirstweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "hcforum": {"encoding": "utf-8", "charset": "utf-8"},
    "ahportal": {"encoding": "utf-8", "charset": "utf-8"},
}


class FiftyfirstWeb(GoldWeb):
    """Context manager serving every site of the fifty-first web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FiftyfirstWeb)
