"""An eighty-fourth test web, written apart from the other webs for issue 17 (a held-out estimate of CANADIAN
PROVINCES, AUSTRALIAN STATES AND EUROPEAN REGIONS with Chinese provinces and cities): an Australian state government
newsroom (New South Wales), a German Land's English press office (Baden-Württemberg) and a Chinese provincial portal
(山西省, GBK) served on 127.0.0.1, telling a state-Commonwealth energy MoU, legislated state targets (per cent on 2005,
net zero 2050; climate-neutral by 2040, 65 per cent below 1990), a Land's hydrogen declaration with Québec, a
four-party pact with municipal associations, a province's 碳达峰 plan and its agreements with a power group and of a
city with a coal group, and visits and reports that conclude nothing: actors no other web uses.

Sites live under tests/data/eightyfourthweb/sites/<site>/ as UTF-8 files (written by
tests/data/eightyfourthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* nswnews - a state newsroom: "Media release", "Published:", "Quick facts" lists, "Related news" traps; paged by Next
* bwpress - a Land's English press office read through its RSS feed: "Stuttgart, <date>", "More press releases" traps
* sxgov   - a provincial portal, GBK sent as charset=gbk, found through its sitemap: 当前位置, 【打印】【关闭】, 热点新闻 traps

    with EightyfourthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eightyfourthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "nswnews": {"encoding": "utf-8", "charset": "utf-8"},
    "bwpress": {"encoding": "utf-8", "charset": "utf-8"},
    "sxgov": {"encoding": "gbk", "charset": "gbk"},
}


class EightyfourthWeb(GoldWeb):
    """Context manager serving every site of the eighty-fourth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {**GoldWeb.TYPES, ".shtml": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EightyfourthWeb)
