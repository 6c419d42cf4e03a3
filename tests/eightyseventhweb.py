"""An eighty-seventh test web, written apart from the other webs for issue 17 (a held-out estimate of Chinese
and Traditional Chinese local news): a Chinese city's newspaper site (株洲新闻网), a Kaohsiung newspaper in
Traditional Chinese with ROC dates (港都新聞網) and Hong Kong's 政府新聞公報, about a city's 碳达峰实施方案, a district's
and a county's peak years, 2050淨零 pledges, memoranda with German, Japanese, US and New Zealand counterparts, and
a 调研, a 宣传周, a call, a 推動會報 and a visit that conclude nothing.

Sites live under tests/data/eightyseventhweb/sites/<site>/ as UTF-8 files (written by
tests/data/eightyseventhweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* zzxw - a city newspaper site: a paged 本地新闻 listing, "来源：株洲日报 记者：...", "责任编辑：", "热点推荐"
* gdxw - a Taiwanese newspaper: sitemap.xml, "發布日期：113-04-22", "分享至", "延伸閱讀", "熱門新聞"
* hkgov - Hong Kong press releases: an RSS feed, "完", "香港時間16時30分", "今日新聞公報"

    with EightySeventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eightyseventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "zzxw": {"encoding": "utf-8", "charset": "utf-8"},
    "gdxw": {"encoding": "utf-8", "charset": "utf-8"},
    "hkgov": {"encoding": "utf-8", "charset": "utf-8"},
}


class EightySeventhWeb(GoldWeb):
    """Context manager serving every site of the eighty-seventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EightySeventhWeb)
