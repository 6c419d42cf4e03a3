"""A sixth test web, written apart from the other webs for the second English round of issue 17: three English
sites served on 127.0.0.1, about real climate summits, pledges and company agreements, in phrasings the other webs
are thin on (COP sessions with date ranges across months, a summit held virtually, "on the sidelines of", "at the
close of", pledges quoted from officials or told to a summit, "signed Thursday" with no "on", "signed last week",
"(together, the Partners)", "X, together with Y and Z, signed", "signed by representatives of A and B", a renewed
framework agreement, a one-word brand before "and") and negatives (a pledge by unnamed countries, past cuts, talks,
a summit still to come, a pledge with no year, "joined a pledge", chrome headlines).

Sites live under tests/data/sixthweb/sites/<site>/ as UTF-8 files; `{{base}}` is the site's own base URL.

* wire      - a news agency: "GLASGOW, Nov. 10 (PNW) --" datelines, "Source: PNW | 2021-11-10 22:41 GMT" stamps,
              "Editors' picks" list, query pagination /wire/?p=2
* summit    - a UN-style climate news page: "Glasgow, 13 November 2021 –" openings, language bar, sidebar
* pressroom - a carmaker's media centre: article:published_time, "DEARBORN, Mich., May 20, 2021 –" datelines,
              forward-looking-statement boilerplate

    with SixthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, QuietServer, serve

HERE = Path(__file__).resolve().parent / "data" / "sixthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "wire": {"encoding": "utf-8", "charset": "utf-8"},
    "summit": {"encoding": "utf-8", "charset": "utf-8"},
    "pressroom": {"encoding": "utf-8", "charset": "UTF-8"},
}


class SixthWeb(GoldWeb):
    """Context manager serving every site of the sixth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    SERVER_CLASS = QuietServer


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixthWeb)
