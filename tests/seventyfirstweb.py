"""A seventy-first test web, written apart from the other webs for issue 17 (an honest held-out estimate of PLEDGES IN
TABLES AND LISTS, English and Chinese): a city network's results page and a Chinese provincial 发展和改革委员会
portal served on 127.0.0.1, each page printing its cities' targets as an HTML table (header row, units in the header,
a merged cell, "—" for no value, a result row) or a list under a lead-in, with one trap (a table of past emissions, a
list of projects with budgets): actors no other web uses.

Sites live under tests/data/seventyfirstweb/sites/<site>/ as UTF-8 files (written by
tests/data/seventyfirstweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* cpnet - a city network's results page: "Climate Cities Network · Results" banner, "Download this table (CSV)", a
  "Member spotlights" rail
* gsdrc - a provincial 发展和改革委员会 portal: 发布机构 line, 【字号 大 中 小】, a 相关阅读 rail

    with SeventyFirstWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "seventyfirstweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "cpnet": {"encoding": "utf-8", "charset": "utf-8"},
    "gsdrc": {"encoding": "utf-8", "charset": "utf-8"},
}


class SeventyFirstWeb(GoldWeb):
    """Context manager serving every site of the seventy-first web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventyFirstWeb)
