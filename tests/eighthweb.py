"""An eighth test web, written apart from the other webs for the third English round of issue 17: two English sites
served on 127.0.0.1, about real subnational cooperation beyond California (Washington-Sichuan, Iowa-Hebei,
Hawaii-Hainan, Oregon-Fujian, Baden-Württemberg-Jiangsu, Scotland-Shandong, North Rhine-Westphalia-Shanxi, a port, a
university EcoPartnership, foundations), in phrasings the other webs are thin on (a headline-style sentence in the
body, quotes with "today", agreements in bullet lists and in a table, "Among the agreements signed were:", "The two
sides also signed ...", "This is the third MOU between ...", "witnessed by", "renewed their 2015 partnership",
titles before names) and negatives (plans, anniversaries, talks, cities joining a network, past facts).

Sites live under tests/data/eighthweb/sites/<site>/ as UTF-8 files; `{{base}}` is the site's own base URL.

* govpress - a newsroom on U.S. states' partnerships: article:published_time, "OLYMPIA – " datelines, a table
* region   - a European regions' newsroom: "Press release · 15.07.2019" lines, "Stuttgart, 15 July 2019 –" openings

    with EighthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, QuietServer, serve

HERE = Path(__file__).resolve().parent / "data" / "eighthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "govpress": {"encoding": "utf-8", "charset": "utf-8"},
    "region": {"encoding": "utf-8", "charset": "UTF-8"},
}


class EighthWeb(GoldWeb):
    """Context manager serving every site of the eighth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    SERVER_CLASS = QuietServer


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EighthWeb)
