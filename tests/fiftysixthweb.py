"""A fifty-sixth test web, written apart from the other webs for issue 17 (an honest held-out estimate of English
COMPANIES' and UTILITIES' PLEDGES): a utility's corporate newsroom and a trade-press energy site served on 127.0.0.1,
about invented US utilities, an automaker and a power producer stating targets as companies write them (100%
carbon-free electricity, a cut from 2005 levels, net-zero operations (Scope 1 and 2), carbon intensity versus a
baseline, renewable electricity for its plants, the last coal unit retired, an SBTi-validated target, a parent and a
subsidiary each with its own target), beside forward-looking-statement boilerplate, analysts' estimates,
competitors' and customers' goals cited and progress so far.

Sites live under tests/data/fiftysixthweb/sites/<site>/ as UTF-8 files (written by tests/data/fiftysixthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* halvard - a corporate newsroom: stock quote bar, "Investor Relations" menu, "Forward-Looking Statements",
  "Media contacts", email alerts, "More news releases"
* gridledger - a trade-press site: section kicker, byline with the reporter's beat, a "Sponsored" box inside the
  story, a "Most read" rail

    with FiftySixthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fiftysixthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "halvard": {"encoding": "utf-8", "charset": "utf-8"},
    "gridledger": {"encoding": "utf-8", "charset": "utf-8"},
}


class FiftySixthWeb(GoldWeb):
    """Context manager serving every site of the fifty-sixth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FiftySixthWeb)
