"""An eighty-eighth test web, written apart from the other webs for issue 17 (a held-out estimate on ONE FACT TOLD
MANY WAYS): a Chinese city's portal in GBK, the same city's English edition and its Finnish partner city's newsroom,
served on 127.0.0.1, each telling the same signings of Yangzhou (扬州) and Lahti (a green-cooperation memorandum at a
forum, a circular-economy agreement beside it, a twin-city agreement five months later), the forum and the two cities'
targets: dated on one site and not on another, the partner by its full government name or bare, a target restated a
year later with another verb, a headline-only mention, the forum named in Chinese and English, beside pages that
conclude nothing. The gold holds each fact once with every article as its evidence: duplicates are what it measures.

Sites live under tests/data/eightyeighthweb/sites/<site>/ as UTF-8 files (written by
tests/data/eightyeighthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* yzgov - 中国扬州, GBK: "您当前的位置：首页 > 新闻中心 > 扬州要闻", "发布时间：… 来源：… 字体：[大 中 小]",
          【打印本页】【关闭窗口】, 相关阅读, 主办/承办 footer
* yzen  - Yangzhou, China (English edition): "Home > News > Local News", "Updated: … | Source: …", "Print | Close",
          "Related stories"; its sitemap
* lahti - the City of Lahti's newsroom: "Lahti.fi > News", "Published 20.5.2025 11.30", "Further information",
          share row, "Read also", postal address; its RSS feed

    with EightyeighthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eightyeighthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "yzgov": {"encoding": "gbk", "charset": "gbk"},
    "yzen": {"encoding": "utf-8", "charset": "utf-8"},
    "lahti": {"encoding": "utf-8", "charset": "utf-8"},
}


class EightyeighthWeb(GoldWeb):
    """Context manager serving every site of the eighty-eighth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EightyeighthWeb)
