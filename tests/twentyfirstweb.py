"""A twenty-first test web, written apart from the other webs for issue 17 (an honest held-out estimate in Chinese): a
provincial government portal, an energy news portal that reposts (GBK bytes labelled gb2312) and a Hong Kong news
site in Traditional Chinese served on 127.0.0.1, about a Chinese province and its cities with a German Land, Japanese
and Korean cities and a Japanese prefecture, Chinese private energy firms with a French carmaker and an Italian
developer, the meteorological administration with a UN body, a province's and firms' pledges and one forum where
things were signed: actors no other web uses, the same facts told by two sites, with negatives.

Sites live under tests/data/twentyfirstweb/sites/<site>/ as UTF-8 files (written by
tests/data/twentyfirstweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* zf  - a provincial government portal: 发布日期 and 来源 under the title, 【责任编辑】【打印本页】【关闭窗口】
* nyw - an energy news portal that reposts: GBK bytes sent and declared as gb2312, 今日热点 chrome
* hk  - a Hong Kong news site in Traditional Chinese: a date line with the weekday, 熱門新聞 chrome

    with TwentyfirstWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "twentyfirstweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "zf": {"encoding": "utf-8", "charset": "utf-8"},
    "nyw": {"encoding": "gbk", "charset": "gb2312"},
    "hk": {"encoding": "utf-8", "charset": "utf-8"},
}


class TwentyfirstWeb(GoldWeb):
    """Context manager serving every site of the twenty-first web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TwentyfirstWeb)
