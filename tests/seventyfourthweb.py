"""A seventy-fourth test web, written apart from the other webs for issue 17 (an honest held-out estimate of PLANS
WITH MANY TARGET CLAUSES, Chinese and English): a Chinese provincial 发改委 portal and an English city sustainability
office served on 127.0.0.1, each page summarising one city's plan with its issuer named once at the start and 3-5
targets in long later sentences, with one trap (a previous period's result, a national target quoted): actors no
other web uses.

Sites live under tests/data/seventyfourthweb/sites/<site>/ as UTF-8 files (written by
tests/data/seventyfourthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* jxfgw - a provincial 发改委 portal: 委内动态 bar, 【保存本页】, a 政策解读推荐 rail
* hfdsus - a city sustainability office: "Green Hartford" banner, "Share this update", a "More from the office" rail

    with SeventyFourthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "seventyfourthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "jxfgw": {"encoding": "utf-8", "charset": "utf-8"},
    "hfdsus": {"encoding": "utf-8", "charset": "utf-8"},
}


class SeventyFourthWeb(GoldWeb):
    """Context manager serving every site of the seventy-fourth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventyFourthWeb)
