"""A twenty-fourth test web, written apart from the other webs for issue 17 (an honest held-out estimate in Chinese on
lists of signings): a city government portal and a Macao news site in Traditional Chinese served on 127.0.0.1, about a
China-ASEAN energy forum and an investment promotion conference where many things were signed at once (numbered
items after a count, "甲方与乙方签署《…》" lines, 分别与A、B和C, two instruments at once), Chinese energy firms with
ASEAN utilities, a Chinese city with ASEAN cities and provinces: actors no other web uses, the forum told by two sites,
with negatives (拟签约, 达成意向, a project list with no signing, trade and finance signings).

Sites live under tests/data/twentyfourthweb/sites/<site>/ as UTF-8 files (written by
tests/data/twentyfourthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* nn - a city government portal: 发布时间 and 来源 under the title, 【打印】【关闭】, 热点新闻 chrome
* mo - a Macao news site in Traditional Chinese: a date line under the title, 熱門 chrome

    with TwentyfourthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "twentyfourthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "nn": {"encoding": "utf-8", "charset": "utf-8"},
    "mo": {"encoding": "utf-8", "charset": "utf-8"},
}


class TwentyfourthWeb(GoldWeb):
    """Context manager serving every site of the twenty-fourth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TwentyfourthWeb)
