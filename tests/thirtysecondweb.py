"""A thirty-second test web, written apart from the other webs for issue 17 (an honest held-out estimate in Chinese
on city-to-city cooperation with foreign cities): a city 外事办 portal and a news portal reposting other outlets'
stories, served on 127.0.0.1, about Chinese cities' low-carbon cooperation with foreign cities and their agencies
named in Chinese transliteration (釜山广域市, 横滨市环境创造局, 墨尔本市, 马尔默市, 曼彻斯特市 and a small city no
gazetteer names in Chinese, 丹麦森纳堡市), a C40 summit and an ICLEI congress told in Chinese with pledges made there,
a sister-city agreement with a clean-energy programme and one without (no record).

Sites live under tests/data/thirtysecondweb/sites/<site>/ as UTF-8 files (written by
tests/data/thirtysecondweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* wb - a city 外事办 portal: 索引号/发布机构/发布日期 table, 分享到, 【打印】【关闭】
* nw - a news portal reposting: time and 来源：<outlet> under the title, 【责任编辑：…】, 相关新闻 trap headlines

    with ThirtysecondWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "thirtysecondweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "wb": {"encoding": "utf-8", "charset": "utf-8"},
    "nw": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirtysecondWeb(GoldWeb):
    """Context manager serving every site of the thirty-second web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirtysecondWeb)
