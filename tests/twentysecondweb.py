"""A twenty-second test web, written for issue 17 (an honest held-out estimate of resolution across sites and
languages): an English wire, a Simplified Chinese portal and a Traditional Chinese Hong Kong site served on
127.0.0.1, telling the same signings and pledges two or three times (a state and a province's memorandum, the
province's development and reform commission signing for it; a wind-turbine maker by its trade name and its Chinese
legal name with a city and its municipal government at a convention named in full, short and in Chinese; a pledge
with and without its base year), beside traps that stay apart (the same pair a year later, a renewal and the
memorandum it renews, another pair at the same convention, one province's 2030 peak and 2060 neutrality). Actors no
other web uses.

Sites live under tests/data/twentysecondweb/sites/<site>/ as UTF-8 files (written by
tests/data/twentysecondweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* wire   - an English wire: "CITY, Mon. D --" datelines, <time datetime> byline, "Top stories" chrome
* portal - a Simplified Chinese portal: 来源 and 发布时间 under the title, 责任编辑 after the body
* hk     - a Traditional Chinese Hong Kong site: English names in brackets, 發佈日期 line, extensionless paths

    with TwentySecondWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "twentysecondweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "wire": {"encoding": "utf-8", "charset": "utf-8"},
    "portal": {"encoding": "utf-8", "charset": "utf-8"},
    "hk": {"encoding": "utf-8", "charset": "utf-8"},
}


class TwentySecondWeb(GoldWeb):
    """Context manager serving every site of the twenty-second web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".html": "text/html", ".htm": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TwentySecondWeb)
