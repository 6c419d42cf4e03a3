"""A thirty-sixth test web, written apart from the other webs for issue 17 (an honest held-out estimate in English on
commitments, second round): a government press-release site and a business wire served on 127.0.0.1, about actors no
other web uses (Wales, Lagos, Dhaka North City Corporation, LATAM Airlines, Cemex, Standard Chartered), with pledges
after long asides, in a quote with the speaker after, "Under its new plan, X will ...", "X's target is to ...", "X set
a goal of ...", "X is aiming for ...", "a commitment by X to ...", "between 55% and 60%", "at least 65%", per capita
tonnes, and negatives (targets met, a forecast, an adviser's recommendation, targets under consideration, another
actor's target cited as a comparison, "by the end of the decade" and "by mid-century" with no year).

Sites live under tests/data/thirtysixthweb/sites/<site>/ as UTF-8 files (written by
tests/data/thirtysixthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* newsroom - a government press-release site: "Published 12 June 2024", "Notes to editors", cookie banner
* wire - a business wire: "--(BUSINESS WIRE)--" datelines, "About X", forward-looking statements, "More News From"

    with ThirtySixthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "thirtysixthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "newsroom": {"encoding": "utf-8", "charset": "utf-8"},
    "wire": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirtySixthWeb(GoldWeb):
    """Context manager serving every site of the thirty-sixth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirtySixthWeb)
