"""A forty-eighth test web, written apart from the other webs for issue 17 (an honest held-out estimate of Chinese
government-company signings on energy portals): an energy-industry portal and an energy news site served on 127.0.0.1,
about a city 人民政府 signing a 战略合作框架协议 with a central SOE, a 集中签约 of projects listed with amounts,
signings witnessed by the 书记 and 市长, a company and a university (校企合作) on CCUS, a group's own 碳达峰/碳中和
pledge, and negatives (a 招商推介会 with 意向 only, 洽谈, 开工 and 并网, a real-estate and a tourism signing).

Sites live under tests/data/fortyeighthweb/sites/<site>/ as UTF-8 files (written by
tests/data/fortyeighthweb/build.py from articles.py; gold.json beside them).

* bjxw - an energy-industry portal: 来源 and 作者 under the title, 关键词 tags, 责任编辑, 相关推荐, 热门搜索
* zgnyw - an energy news site: 时间 and 来源 under the title, 热门文章 box, 编辑

    with FortyeighthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fortyeighthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "bjxw": {"encoding": "utf-8", "charset": "utf-8"},
    "zgnyw": {"encoding": "utf-8", "charset": "utf-8"},
}


class FortyeighthWeb(GoldWeb):
    """Context manager serving every site of the forty-eighth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {**GoldWeb.TYPES, ".shtml": "text/html", ".htm": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FortyeighthWeb)
