"""A twentieth test web, written apart from the other webs for issue 17 (an honest held-out estimate in English): a
summit's own newsroom, a newspaper with wire datelines and a think-tank blog served on 127.0.0.1, about summits and
ministerials where pledges were made (the One Planet Summit in Paris and Nairobi, the Petersberg Climate Dialogue, the
Ministerial on Climate Action, a U.N. session in Bonn) and the pledges of countries, cities, utilities and banks,
actors and gatherings no other web uses, with facts told by two sites and negatives (achievements, forecasts, calls on
others, webinars, briefings, summits "to be held").

Sites live under tests/data/twentiethweb/sites/<site>/ as UTF-8 files (written by tests/data/twentiethweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* ops - a summit's own newsroom: "Published 13 December 2017" under the title, directory permalinks
* mdl - a newspaper: "BERLIN, May 14 (Meridian) —" datelines, extensionless permalinks, "Most popular" chrome
* tti - a think-tank blog: "Posted by ... on June 25, 2018", "Related insights" and "Donate" chrome

    with TwentiethWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "twentiethweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "ops": {"encoding": "utf-8", "charset": "utf-8"},
    "mdl": {"encoding": "utf-8", "charset": "utf-8"},
    "tti": {"encoding": "utf-8", "charset": "utf-8"},
}


class TwentiethWeb(GoldWeb):
    """Context manager serving every site of the twentieth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TwentiethWeb)
