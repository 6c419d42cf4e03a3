"""A thirtieth test web, written for issue 17 (an honest held-out estimate of PAGE READING on templates nobody here
has seen): a regional English newspaper, a Simplified Chinese provincial portal and an English live / bilingual news
site served on 127.0.0.1, each with chrome kinds no other web has (in-body READ MORE / Related links to trap
headlines, figure captions, pull quotes, an "At a glance" box, an "Updated on" line before the first publication
date, a corrections note, an author bio, comments; 【字体：大 中 小】, 打印本页 / 关闭窗口, 分享到, 扫一扫在手机打开当前页,
原标题, 编者按, 相关阅读; a live blog with timestamps, a 中文摘要 box on an English page, a "Posted on" date after the
body), found through a sitemap index with non-article pages and an AMP copy, a ?page=2 listing and an RSS feed with
non-article items.

Sites live under tests/data/thirtiethweb/sites/<site>/ as UTF-8 files (written by tests/data/thirtiethweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

    with ThirtiethWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "thirtiethweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "gazette": {"encoding": "utf-8", "charset": "utf-8"},
    "minnan": {"encoding": "utf-8", "charset": "utf-8"},
    "ridge": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirtiethWeb(GoldWeb):
    """Context manager serving every site of the thirtieth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirtiethWeb)
