"""An eighty-fifth test web, written apart from the other webs for issue 17 (a held-out estimate of SOUTH-SOUTH
CLIMATE COOPERATION): a Chinese ministry-style portal, an English state-media edition and a Pacific government's news
site served on 127.0.0.1, telling memoranda of Chinese ministries, a provincial department and a city's centre with
ministries, agencies and a university of Southeast Asia, Africa, Latin America and the Pacific (低碳示范区, 物资援助),
handovers of donated equipment that sign only a handover certificate, training courses that sign nothing and one that
ends with a memorandum, and partners' carbon-neutrality pledges: actors no other web uses.

Sites live under tests/data/eightyfifthweb/sites/<site>/ as UTF-8 files (written by tests/data/eightyfifthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* nncc   - a ministry-style portal (应对气候变化南南合作网): 工作动态 paged by 下一页, 【打印】【关闭】, 相关稿件 traps
* gxnews - an English state-media edition read through its RSS feed: wire datelines, "Editor:", "Trending" traps
* sbgov  - a Pacific government's news site (English): "Media Releases" listing, "Share this:", "Recent Posts" traps

    with EightyfifthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eightyfifthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "nncc": {"encoding": "utf-8", "charset": "utf-8"},
    "gxnews": {"encoding": "utf-8", "charset": "utf-8"},
    "sbgov": {"encoding": "utf-8", "charset": "utf-8"},
}


class EightyfifthWeb(GoldWeb):
    """Context manager serving every site of the eighty-fifth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {**GoldWeb.TYPES, ".htm": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EightyfifthWeb)
