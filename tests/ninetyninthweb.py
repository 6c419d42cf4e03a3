"""A ninety-ninth test web, written apart from the other webs for issue 17 (a held-out estimate on SOUTH-SOUTH CLIMATE
COOPERATION told from both ends): a Chinese ministry-style portal, a partner country's English news agency and a
partner country's embassy news site served on 127.0.0.1, about memoranda of China's ecology ministry, two provincial
ecology departments and a ministry's climate centre with ministries and agencies of Uganda, Sri Lanka and Ethiopia
(a low-carbon demonstration zone, materials donations, capacity building), two expos where provinces signed, and pages
that conclude nothing: a handover of goods told from both ends, a training course, an ambassador's visits. Actors no
other web uses.

Sites live under tests/data/ninetyninthweb/sites/<site>/ as UTF-8 files (written by
tests/data/ninetyninthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* stdt - a Chinese ministry-style portal (TRS, Simplified): "首页 > 新闻发布 > 部门动态", listing paged by 下一页
* unanews - a Ugandan English news agency read through its RSS feed: wire datelines, "Tags:", "Most read"
* etembassy - an Ethiopian embassy's English news site found through its sitemap: "Home » Embassy News", "Share"

    with NinetyNinthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "ninetyninthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "stdt": {"encoding": "utf-8", "charset": "utf-8"},
    "unanews": {"encoding": "utf-8", "charset": "utf-8"},
    "etembassy": {"encoding": "utf-8", "charset": "utf-8"},
}


class NinetyNinthWeb(GoldWeb):
    """Context manager serving every site of the ninety-ninth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {**GoldWeb.TYPES, ".rss": "application/rss+xml"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NinetyNinthWeb)
