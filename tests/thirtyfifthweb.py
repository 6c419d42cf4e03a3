"""A thirty-fifth test web, written apart from the other webs for issue 17 (an honest held-out estimate in English on
commitments of cities, states, utilities and companies): a city council news page and an energy trade site served on
127.0.0.1, about actors no other web uses (Boulder, Edmonton, Tucson, Albuquerque, New Mexico, North Carolina, Xcel
Energy, DTE Energy, Dominion Energy, Samsung Electronics, Lenovo, Sony, Hitachi), with pledges told in the passive,
in a headline only, several actors in one sentence, per resident, "halve ... from 2018 levels", "coal-free by 2028",
and negatives (progress reports, consultants' scenarios, "could", a defeated motion, a withdrawn target, a rejected
bill, a country's goal told as context).

Sites live under tests/data/thirtyfifthweb/sites/<site>/ as UTF-8 files (written by
tests/data/thirtyfifthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* council - a city council news page: "Posted on March 13, 2024 | Sustainability", "Latest Council News" traps
* grid - an energy trade site: bylines with <time>, a "Sponsored" box, "Related" trap headlines

    with ThirtyFifthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "thirtyfifthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "council": {"encoding": "utf-8", "charset": "utf-8"},
    "grid": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirtyFifthWeb(GoldWeb):
    """Context manager serving every site of the thirty-fifth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirtyFifthWeb)
