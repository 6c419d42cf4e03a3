"""A sixty-third test web, written apart from the other webs for issue 17 (an honest held-out estimate in ENGLISH of
a GOVERNOR'S or MAYOR'S TRIP told over several sentences): a governor's press office and a news wire served on
127.0.0.1, about an invented governor's mission to China (a memorandum with a province's party secretary, agreements
with a province and a city government, "five climate agreements, including with" two ministries) and a mayor's visit
("On Tuesday, in Yantai, the mayor signed ..."), beside meetings with nothing signed, agreements still to be signed
and a memorandum signed under a predecessor years ago.

Sites live under tests/data/sixtythirdweb/sites/<site>/ as UTF-8 files (written by tests/data/sixtythirdweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* palmetto - a governor's press office: "Office of the Governor" banner, "Share this release", "Sign up for
  updates", a "Recent releases" rail
* crossbar - a news wire: masthead, "Filed by the Crossbar desk", "Corrections & clarifications", a "More from
  Crossbar" rail

    with SixtyThirdWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "sixtythirdweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "palmetto": {"encoding": "utf-8", "charset": "utf-8"},
    "crossbar": {"encoding": "utf-8", "charset": "utf-8"},
}


class SixtyThirdWeb(GoldWeb):
    """Context manager serving every site of the sixty-third web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixtyThirdWeb)
