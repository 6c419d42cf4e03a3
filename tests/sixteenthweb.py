"""A sixteenth test web, English, written apart from the other webs after the sixth English round of issue 17: two
sites served on 127.0.0.1 about real agreements of companies with Chinese governments, a genre the other webs are thin
on: a China Daily-style English paper (Tesla and Shanghai, 2018; First Solar and Ordos, 2009; a negative on talks)
and a company newsroom of wire releases ("CITY, Mon. D, YYYY /PRNewswire/ -- ": Westinghouse's AP1000 contracts with
SNPTC, 2007; First Solar's memorandum "with the Chinese government").

Sites live under tests/data/sixteenthweb/sites/<site>/ as UTF-8 files (written by tests/data/sixteenthweb/build.py
from articles.py; gold.json beside them).

* daily    - a China Daily-style paper: "By ... | China Daily | Updated: ..." line, "Related Stories", publishdate meta
* newsroom - a company newsroom: wire datelines, "###", an "About" boilerplate, a list of more news named "article"

    with SixteenthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, QuietServer, serve

HERE = Path(__file__).resolve().parent / "data" / "sixteenthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "daily": {"encoding": "utf-8", "charset": "utf-8"},
    "newsroom": {"encoding": "utf-8", "charset": "utf-8"},
}


class SixteenthWeb(GoldWeb):
    """Context manager serving every site of the sixteenth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    SERVER = "Apache"
    NOT_FOUND = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
    SERVER_CLASS = QuietServer


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixteenthWeb)
