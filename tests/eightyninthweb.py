"""An eighty-ninth test web, written apart from the other webs for issue 17 (a held-out estimate on Japanese and Korean
local governments with Chinese provinces and cities): a Japanese prefecture's English press releases (Reiwa-era dates,
fiscal years, a memorandum exchanged, a city's agreement the Governor witnessed), a Korean province's English news
read through RSS ("Gyeonggi-do", "Pyeongtaek-si", "on the 12th") and a Chinese provincial 外事办 portal in Simplified
Chinese telling two of the same agreements again, served on 127.0.0.1: actors no other web uses.

Sites live under tests/data/eightyninthweb/sites/<site>/ as UTF-8 files (written by tests/data/eightyninthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* yamaguchi - Yamaguchi Prefecture's press releases: "Home > Press Releases", "Press release | Reiwa 6 (2024) ...",
  "Inquiries:", "Recent Press Releases", "Page top"; a listing paged by "Next"
* gyeonggi - Gyeonggi Province's English news: "Date 2024.06.13 | Reporter ...", "Share", "Most Viewed",
  "Copyright ⓒ Gyeonggi Province"; its RSS feed only
* sdfao - 山东省人民政府外事办公室: "当前位置：首页 > 外事动态", "发布日期：... 来源：...", "热点新闻", "鲁ICP备"

    with EightyNinthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eightyninthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "yamaguchi": {"encoding": "utf-8", "charset": "utf-8"},
    "gyeonggi": {"encoding": "utf-8", "charset": "utf-8"},
    "sdfao": {"encoding": "utf-8", "charset": "utf-8"},
}


class EightyNinthWeb(GoldWeb):
    """Context manager serving every site of the eighty-ninth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EightyNinthWeb)
