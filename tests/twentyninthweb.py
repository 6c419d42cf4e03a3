"""A twenty-ninth test web, written apart from the other webs for issue 17 (an honest held-out estimate in Chinese of
events, commitments and resolution): a Simplified Chinese energy/environment portal, a Traditional Chinese Hong Kong
paper and an English wire served on 127.0.0.1, telling the same conferences, pledges and memorandum differently (an
event by its Chinese and English names, a pledge with and without its base year, a memorandum dated on two pages and
undated on the third), beside results, forecasts, calls, background national goals and meetings still to come. Actors
and gatherings no other web uses.

Sites live under tests/data/twentyninthweb/sites/<site>/ as UTF-8 files (written by
tests/data/twentyninthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* nyhj - a Simplified Chinese portal: 来源 and 发布时间 under the title, 责任编辑 after the body
* hk   - a Traditional Chinese Hong Kong paper: 【本報訊】, 發佈時間 line, .htm paths
* wire - an English wire: "CITY, China, Mon D --" datelines, <time datetime> byline

    with TwentyninthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "twentyninthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "nyhj": {"encoding": "utf-8", "charset": "utf-8"},
    "hk": {"encoding": "utf-8", "charset": "utf-8"},
    "wire": {"encoding": "utf-8", "charset": "utf-8"},
}


class TwentyninthWeb(GoldWeb):
    """Context manager serving every site of the twenty-ninth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TwentyninthWeb)
