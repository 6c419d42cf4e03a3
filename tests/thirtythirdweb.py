"""A thirty-third test web, written apart from the other webs for issue 17 (an honest held-out estimate of RESOLUTION
across two languages): a Chinese provincial government portal and the same institution's English edition, served on
127.0.0.1, telling the same agreements, forum and pledges with parties named differently in each language (a
department by its Chinese name, its English name and "the provincial environment department"; a German ministry by its
official English name and its Chinese calque; a company by its Chinese name and an unrelated English trade name),
dates told differently (本月12日 / "on September 12" / "recently"), a pledge with and without its base year, a forum with
and without its edition; and traps that must stay two rows (a 2019 memorandum and its 2023 renewal; two departments of
one province signing with one partner on one day; one city's 2025 and 2030 targets). Actors no other web uses.

Sites live under tests/data/thirtythirdweb/sites/<site>/ as UTF-8 files (written by
tests/data/thirtythirdweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* jxgov - the Chinese portal: 发布时间 and 来源 under the title, 【打印】【关闭】 after the body
* jxen  - its English edition: "Updated:" and "Source:" lines, "Editor:" after the body

    with ThirtythirdWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "thirtythirdweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "jxgov": {"encoding": "utf-8", "charset": "utf-8"},
    "jxen": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirtythirdWeb(GoldWeb):
    """Context manager serving both sites of the thirty-third web on their own ephemeral 127.0.0.1 ports."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirtythirdWeb)
