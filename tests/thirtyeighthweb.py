"""A thirty-eighth test web, written apart from the other webs for issue 17 (an honest held-out estimate of Chinese
commitments and events): a provincial development and reform commission portal and an industry association site
served on 127.0.0.1, about a province's 碳达峰实施方案, cities' targets told at a 第N届 forum, steel, building material,
aluminium and solar groups' 双碳 pledges told at a congress, a cloud summit and a press conference: actors no other web
uses, with results, forecasts, plans only being drafted and the nation's targets restated.

Sites live under tests/data/thirtyeighthweb/sites/<site>/ as UTF-8 files (written by
tests/data/thirtyeighthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* jxfgw - a provincial 发改委 portal: 文章来源 and 发布日期 under the title, 相关链接 and 热点 chrome
* zgjn  - an industry association site: 来源, 作者 and 发布时间 in one line, 【责任编辑】 and 相关阅读 under the text

    with ThirtyeighthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "thirtyeighthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "jxfgw": {"encoding": "utf-8", "charset": "utf-8"},
    "zgjn": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirtyeighthWeb(GoldWeb):
    """Context manager serving every site of the thirty-eighth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirtyeighthWeb)
