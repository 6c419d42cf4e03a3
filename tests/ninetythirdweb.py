"""A ninety-third test web, written apart from the other webs for issue 17 (a held-out estimate on HONG KONG
GOVERNMENT PRESS RELEASES with mainland partners): the HKSAR Government's English press releases, the same releases'
Traditional Chinese versions (新聞公報) and a Shenzhen department portal in Simplified Chinese, served on 127.0.0.1,
about agreements of the Environment and Ecology Bureau and the Environmental Protection Department with Shenzhen
bureaus and a national monitoring centre, a five-city framework agreement of the Shenzhen metropolitan area, the SAR's
own targets told in a quote, and pages that conclude nothing (a working-group meeting, a forum visit to Macao, a
Legco reply, a consultation): actors and gatherings no other web uses.

Sites live under tests/data/ninetythirdweb/sites/<site>/ as UTF-8 files (written by
tests/data/ninetythirdweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* isden - English press releases: "(with photo)" titles, "Ends/Tuesday, February 27, 2024", "Issued at HKT",
  "Today's Press Releases" rail, a listing page
* isdtc - the Traditional Chinese releases (新聞公報): "完", "２０２４年２月２７日（星期二）", "香港時間", read through RSS
* szeeb - a Shenzhen bureau's portal (Simplified): "当前位置：首页 > 工作动态", "来源：", "信息来源", found by sitemap

    with NinetyThirdWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "ninetythirdweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "isden": {"encoding": "utf-8", "charset": "utf-8"},
    "isdtc": {"encoding": "utf-8", "charset": "utf-8"},
    "szeeb": {"encoding": "utf-8", "charset": "utf-8"},
}


class NinetyThirdWeb(GoldWeb):
    """Context manager serving every site of the ninety-third web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NinetyThirdWeb)
