"""A ninety-second test web, written apart from the other webs for issue 17 (a held-out estimate on EUROPEAN CITIES
AND CITY NETWORKS WITH CHINESE CITIES): a city network's English newsroom, a German city's English press releases and
a Chinese city portal, served on 127.0.0.1, about mayors who sign a network's declaration at its annual conference,
cities that "adhered to" an accord at an online ceremony, member cities' pledges, the letter of intent on a climate
partnership of Kiel and its twin city Qingdao (told in English and Chinese), a new area's 友好合作关系协议书 with
Aalborg, and a mayors' summit, webinars, a workshop and a visit that conclude nothing: actors no other web uses.

Sites live under tests/data/ninetysecondweb/sites/<site>/ as UTF-8 files (written by
tests/data/ninetysecondweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* eurocities - a network newsroom: "Home / News", "Published on 3 June 2022", tags, "Share this article", "Related
               news", "Subscribe to our newsletter", the Brussels address; a listing paged with "Next"
* kiel       - a German city's English press releases: "Press release | Kiel, 13.09.2024", "Contact:", "Back to
               overview", "More press releases", the City Hall address; its RSS feed
* qdgov      - 青岛政务网: "当前位置：首页 > 政务要闻 > 青岛要闻", "发布日期：… 来源：…", 【字体：大 中 小】, 【打印】【关闭】,
               热点专题, 主办/ICP footer; its sitemap (with two pages that are no articles)

    with NinetySecondWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "ninetysecondweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "eurocities": {"encoding": "utf-8", "charset": "utf-8"},
    "kiel": {"encoding": "utf-8", "charset": "utf-8"},
    "qdgov": {"encoding": "utf-8", "charset": "utf-8"},
}


class NinetySecondWeb(GoldWeb):
    """Context manager serving every site of the ninety-second web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NinetySecondWeb)
