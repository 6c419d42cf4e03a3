"""A fourth test web, written apart from the other webs to test English reading on sites nobody had seen: three
English sites served on 127.0.0.1, about real U.S.-China and subnational climate cooperation, with phrasings the
other webs do not use (passive and nominal signings, "put pen to paper", "inked a deal with", "alongside",
"on behalf of", titles in apposition, "each signatory commits", several actors in one pledge) and negatives (plans,
talks, anniversaries, related-headline lists, comments, a past agreement recalled in a quote).

Sites live under tests/data/fourthweb/sites/<site>/ as UTF-8 files; `{{base}}` is the site's own base URL.

* govoffice - a state governor's press office: "SACRAMENTO – " datelines, "Published: <Month D, YYYY>",
              "Related releases" list, query pagination /newsroom/?page=2
* institute - a university energy institute's news: <time datetime>, article:published_time, "Related news"
* ngoblog   - an NGO's WordPress blog: "Posted on <date> by", comment threads, /blog/page/N/ pagination

    with FourthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, QuietServer, serve

HERE = Path(__file__).resolve().parent / "data" / "fourthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "govoffice": {"encoding": "utf-8", "charset": "utf-8"},
    "institute": {"encoding": "utf-8", "charset": "UTF-8"},
    "ngoblog": {"encoding": "utf-8", "charset": "UTF-8"},
}


class FourthWeb(GoldWeb):
    """Context manager serving every site of the fourth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    SERVER = "Apache"
    NOT_FOUND = "<html><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>"
    SERVER_CLASS = QuietServer


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FourthWeb)
