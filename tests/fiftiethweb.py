"""A fiftieth test web, written apart from the other webs for issue 17 (an honest held-out estimate of English
COMMITMENT GRAMMAR): a state energy office newsroom and a regional newspaper served on 127.0.0.1, about US, European
and Latin-American city and state pledges told in unmet phrasings (an order that "sets a target of", "slash ... in
half by 2030 compared with 2019", "halve", a 2045 net-zero target, per-capita tonnes, "peak before", a mayor's quoted
pledge, two actors' pledges in one sentence), beside achievements, national targets, bills, "could", forecasts,
failed votes and withdrawn pledges.

Sites live under tests/data/fiftiethweb/sites/<site>/ as UTF-8 files (written by tests/data/fiftiethweb/build.py from
articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* mea - a state energy office newsroom: release date line, "###", "About the Administration", "Related news"
* courier - a regional newspaper: kicker, byline with "Staff writer", photo caption and credit, "Read more" rail

    with FiftiethWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fiftiethweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "mea": {"encoding": "utf-8", "charset": "utf-8"},
    "courier": {"encoding": "utf-8", "charset": "utf-8"},
}


class FiftiethWeb(GoldWeb):
    """Context manager serving every site of the fiftieth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FiftiethWeb)
