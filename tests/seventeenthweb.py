"""A seventeenth test web, English, written apart from the other webs for the commitments round of issue 17: two
sites served on 127.0.0.1 about real pledges (US state laws, city climate plans, a Chinese city and province,
companies) in phrasings the other webs are thin on: "commits X to", "has set a goal of", "target of", "will cut",
"halve", "compared with 2005 levels", "no later than", "by the end of the decade", per-capita targets, ranges,
pledges over several actors ("the three states will", "both cities pledged", "each of the signatories commits"),
and negatives (past cuts, forecasts, a bill that did not pass, the IPCC's figure quoted, goals with no number).

Sites live under tests/data/seventeenthweb/sites/<site>/ as UTF-8 files (written by tests/data/seventeenthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* statedesk - a regional public-affairs newsroom: <time datetime> byline, "Most read", a donation box
* asiaen    - an English China-news portal in the China Daily style: "By X | China Daily | Updated: ..." line

    with SeventeenthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, QuietServer, serve

HERE = Path(__file__).resolve().parent / "data" / "seventeenthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "statedesk": {"encoding": "utf-8", "charset": "utf-8"},
    "asiaen": {"encoding": "utf-8", "charset": "UTF-8"},
}


class SeventeenthWeb(GoldWeb):
    """Context manager serving every site of the seventeenth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    SERVER_CLASS = QuietServer


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventeenthWeb)
