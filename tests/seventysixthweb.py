"""A seventy-sixth test web, written apart from the other webs for issue 17 (an honest held-out estimate on FOREIGN
REGIONS BEYOND THE US, English and Chinese): an English regional government newsroom and a Chinese provincial 外办
portal served on 127.0.0.1, each page telling a Chinese region's or city's climate agreement with a German Land, a
Canadian province, a French region, a Brazilian state's capital, a Japanese prefecture's city or a Korean province,
with one trap (a Korean province named only as where a company is based): actors no other web uses.

Sites live under tests/data/seventysixthweb/sites/<site>/ as UTF-8 files (written by
tests/data/seventysixthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* nmgov - a regional government newsroom: "Regional Government Online | Press Releases" banner, "Release time:",
  "Print | Close", a "Related stories" rail
* gxfao - a provincial 外办 portal: 发布时间/浏览量 line, 【打印本页】【关闭窗口】, a 相关链接 rail, a 版权所有 footer

    with SeventySixthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "seventysixthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "nmgov": {"encoding": "utf-8", "charset": "utf-8"},
    "gxfao": {"encoding": "utf-8", "charset": "utf-8"},
}


class SeventySixthWeb(GoldWeb):
    """Context manager serving every site of the seventy-sixth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {**GoldWeb.TYPES, ".shtml": "text/html", ".htm": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventySixthWeb)
