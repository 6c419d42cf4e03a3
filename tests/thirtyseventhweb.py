"""A thirty-seventh test web, written apart from the other webs for issue 17 (an honest held-out estimate in English
on agreements told in long narrative news): a long-form magazine and a regional newspaper served on 127.0.0.1, with
feature-length stories (10-15 paragraphs: a scene-setting lede, background, quotes, history, what comes next) about
actors no other web uses (Virginia and Wenzhou, New Jersey and Jiaxing, Rutgers and JA Solar, The Nature Conservancy
and the SEE Foundation, the Institute for Sustainable Communities and Friends of Nature, the University of Tennessee
and EVE Energy, Kentucky and Datong, Georgia Tech and Tongwei): an agreement told in paragraph 6, one told only inside
a quote, one in the passive with its parties in the next paragraph, "last week" and "earlier this month", a renewal
"for another five years", past agreements recalled with their years, and negatives (talks, a visit, planned
memoranda, a trade mission's purchase deals, exchange agreements on students only).

Sites live under tests/data/thirtyseventhweb/sites/<site>/ as UTF-8 files (written by
tests/data/thirtyseventhweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* longview - a long-form magazine: a drop cap in its own element, pull quotes, "14 min read", "More from Features"
* courier - a regional newspaper: bylines, "Published ... | Updated ..." stamps, a comments count, "Trending"

    with ThirtySeventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "thirtyseventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "longview": {"encoding": "utf-8", "charset": "utf-8"},
    "courier": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirtySeventhWeb(GoldWeb):
    """Context manager serving every site of the thirty-seventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirtySeventhWeb)
