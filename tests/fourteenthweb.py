"""A fourteenth test web, for resolution (issue 17: no duplicate): three sites on 127.0.0.1 telling the same real
agreements and pledges in English, Simplified and Traditional Chinese, in other words, on the day and the day after,
their sides named at other granularity, beside traps (two instruments of one pair signed the same day, one pair's
statements years apart, a renewal).

Sites live under tests/data/fourteenthweb/sites/<site>/ as UTF-8 files (written by tests/data/fourteenthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* wire   - an English wire: "CITY, Mon. D --" datelines, <time datetime> byline, "Related" chrome
* people - a Simplified Chinese portal: date and source line under the title, 责编 after the body
* cna    - a Traditional Chinese news agency: （中央社…）openings, .aspx pages

    with FourteenthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fourteenthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "wire": {"encoding": "utf-8", "charset": "utf-8"},
    "people": {"encoding": "utf-8", "charset": "utf-8"},
    "cna": {"encoding": "utf-8", "charset": "utf-8"},
}


class FourteenthWeb(GoldWeb):
    """Context manager serving every site of the fourteenth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {".html": "text/html", ".aspx": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FourteenthWeb)
