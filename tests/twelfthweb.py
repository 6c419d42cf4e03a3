"""A twelfth test web, English, written apart from the other webs for the fifth English round of issue 17: three
sites served on 127.0.0.1 about real events in phrasings the other webs are thin on: passive signings ("The linkage
agreement was signed by Premier X, Premier Y and Governor Z on ..."), "formalized", "put pen to paper", "X's
agreement with Y, signed Tuesday, ...", quotes, Canadian and Australian "per cent", lists of targets ("15 per cent
below 1990 levels by 2020, 37 per cent by 2030 and 80 per cent by 2050"), ranges, "no later than", and negatives
(planned signings, a letter of intent still to come, talks, a trade mission, a webinar, past facts).

Sites live under tests/data/twelfthweb/sites/<site>/ as UTF-8 files (written by tests/data/twelfthweb/build.py from
articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* govwire  - a wire of provincial and state government releases: dcterms meta, "Quick Facts" lists, "– 30 –"
* insights - a think tank's commentary: byline with the date, article:published_time, numbered takeaways
* campus   - a university and national-lab newsroom: JSON-LD datePublished, directory URLs, "###", boilerplate

    with TwelfthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, QuietServer, serve

HERE = Path(__file__).resolve().parent / "data" / "twelfthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "govwire": {"encoding": "utf-8", "charset": "utf-8"},
    "insights": {"encoding": "utf-8", "charset": "UTF-8"},
    "campus": {"encoding": "utf-8", "charset": "utf-8"},
}


class TwelfthWeb(GoldWeb):
    """Context manager serving every site of the twelfth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    SERVER = "Apache"
    NOT_FOUND = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
    SERVER_CLASS = QuietServer


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TwelfthWeb)
