"""A thirty-first test web, written apart from the other webs for issue 17 (an honest held-out estimate in English on
transport and buildings cooperation): a transit trade magazine and a city government's English press page served on
127.0.0.1, about transit agencies (the CTA, King County Metro, the MTA, Changsha's public transport group), bus and
battery makers (Gotion, Proterra, New Flyer), building-efficiency bodies (USGBC, CABR, Changsha's housing bureau), a
city transportation bureau, an airport group and a city aviation department (actors no other web uses): partnerships,
a supply deal told as a partnership, "struck an agreement", "a pact", "a twinning arrangement", a memorandum "on green
buildings", company pledges, and negatives (a purchase contract, tenders, pilots under discussion, a recalled lease).

Sites live under tests/data/thirtyfirstweb/sites/<site>/ as UTF-8 files (written by
tests/data/thirtyfirstweb/build.py from articles.py; gold.json beside them).

* transitledger - a transit trade magazine: "Published ... | 4 min read", author box, "Sponsored content" in the body
* changsha - a city government's English press page: breadcrumbs, "Updated:", "Share:", "Contact"

    with ThirtyFirstWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "thirtyfirstweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "transitledger": {"encoding": "utf-8", "charset": "utf-8"},
    "changsha": {"encoding": "utf-8", "charset": "utf-8"},
}


class ThirtyFirstWeb(GoldWeb):
    """Context manager serving every site of the thirty-first web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(ThirtyFirstWeb)
