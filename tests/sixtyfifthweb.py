"""A sixty-fifth test web, written apart from the other webs for issue 17 (an honest held-out estimate of ONE SUMMIT
TOLD BY MANY PAGES, English and Chinese): an English city-network news site and a Chinese news portal served on
127.0.0.1, about an invented bilateral summit series (the U.S.-China Green Harbor Cities Summit: Norfolk 2024, Shantou
2025) named, numbered and dated in many ways, an edition recalled from another's page, and on each page one agreement
or pledge made at the summit.

Sites live under tests/data/sixtyfifthweb/sites/<site>/ as UTF-8 files (written by tests/data/sixtyfifthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* harborlink - an English city-network news site: "Network dispatch" kicker, "Share on LinkedIn" bar, a "From across
  the network" rail
* gangwan - a Chinese news portal: "稿源：" line, "【字号 大 中 小】", a "图文推荐" rail, "海港在线" footer

    with SixtyFifthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "sixtyfifthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "harborlink": {"encoding": "utf-8", "charset": "utf-8"},
    "gangwan": {"encoding": "utf-8", "charset": "utf-8"},
}


class SixtyFifthWeb(GoldWeb):
    """Context manager serving every site of the sixty-fifth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixtyFifthWeb)
