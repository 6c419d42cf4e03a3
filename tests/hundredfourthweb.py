"""A hundred-fourth test web, written apart from the other webs for issue 17 (a held-out estimate on ADAPTATION,
FORESTS, OCEANS AND BLUE CARBON): Wetlands International's English newsroom (its sitemap), 广东省林业局's TRS-style
portal (UTF-8, a listing of two pages) and a Philippine government English news site (its RSS feed), served on
127.0.0.1, about memorandums on mangroves, peat swamps, blue carbon credits, typhoon early warning and river basins
(Senegal, Johor, 深圳市红树林湿地保护基金会, 沙巴州林业局, 湛江's blue carbon sale, PAGASA with the CMA, Palawan, Marikina),
sink targets beside national pledges (Malaysia, the Philippines), and pages that conclude nothing (a study of the
Rufiji Delta, a tree-planting day, a storm report): actors no other web uses.

Sites live under tests/data/hundredfourthweb/sites/<site>/ as UTF-8 files (written by
tests/data/hundredfourthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* wetlands - Wetlands International: "Home / News / …", "Published … · By …", "Share this story", "Related news"; sitemap
* gdly - 广东省林业局: "当前位置：首页 > 信息公开 > 工作动态", "发布时间：… 来源：…", "相关链接", "粤ICP备"; two listing pages
* pia - Philippine Information Agency: "By … | …", "(PIA) --" datelines, "Tags:", "Latest news"; its RSS feed

    with HundredFourthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredfourthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "wetlands": {"encoding": "utf-8", "charset": "utf-8"},
    "gdly": {"encoding": "utf-8", "charset": "utf-8"},
    "pia": {"encoding": "utf-8", "charset": "utf-8"},
}


class HundredFourthWeb(GoldWeb):
    """Context manager serving every site of the hundred-fourth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredFourthWeb)
