"""A twenty-third test web, written apart from the other webs for issue 17 (an honest held-out estimate in English): a
business daily and a government press information bureau served on 127.0.0.1, about Indian states, their utilities
and transport corporations, a Chinese province and Chinese firms (actors no other web uses): three-party memoranda,
agreements told in a list, renewable GW targets and electric bus fleets by a year, facts told by both sites, and
negatives (talks, a plan to sign, a trade deal, past results).

Sites live under tests/data/twentythirdweb/sites/<site>/ as UTF-8 files (written by tests/data/twentythirdweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* bsd - a business daily: "By ... | Ahmedabad" bylines, "Updated: 13 Mar 2019, 08:10 PM IST", an "Also read" block
* pib - a press information bureau: `?PRID=` addresses, "Posted On: 12 MAR 2019 5:40PM", "New Delhi, 12 March 2019 -"

    with TwentyThirdWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "twentythirdweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "bsd": {"encoding": "utf-8", "charset": "utf-8"},
    "pib": {"encoding": "utf-8", "charset": "utf-8"},
}


class TwentyThirdWeb(GoldWeb):
    """Context manager serving every site of the twenty-third web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TwentyThirdWeb)
