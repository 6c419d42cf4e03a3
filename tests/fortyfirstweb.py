"""A forty-first test web, written apart from the other webs for issue 17 (an honest held-out estimate in English on
events and summit results): a city-network news page and a climate newsletter served on 127.0.0.1, about gatherings
(a city climate week, a two-day subnational dialogue, a virtual roundtable of port cities, a regional clean energy
ministerial) and what was signed and pledged there, by actors no other web uses, with past editions, a webinar
announcement, an award ceremony and a trade fair as negatives.

Sites live under tests/data/fortyfirstweb/sites/<site>/ as UTF-8 files (written by
tests/data/fortyfirstweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* lrcn   - a city-network news page: an event card under the headline, an "Upcoming events" sidebar
* weekly - a climate newsletter: one page per issue, several short items under their own headings

    with FortyFirstWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fortyfirstweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "lrcn": {"encoding": "utf-8", "charset": "utf-8"},
    "weekly": {"encoding": "utf-8", "charset": "utf-8"},
}


class FortyFirstWeb(GoldWeb):
    """Context manager serving every site of the forty-first web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FortyFirstWeb)
