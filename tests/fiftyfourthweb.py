"""A fifty-fourth test web, written apart from the other webs for issue 17 (an honest held-out estimate in English on
AGREEMENTS whose parties are told through PEOPLE, POSSESSIVES and DESCRIPTIONS): a US state governor's press office
and a Chinese provincial English-language portal served on 127.0.0.1, about "Governor X of Y and Party Secretary Z of
W signed", "Y Governor X inked ... with his counterpart from W", "Lishui's ecology and environment bureau", "the
state's Department of Environmental Management", "the Midwestern state and its sister province", and instruments
renewed, extended for five years or upgraded to a strategic partnership; with governors who witnessed or attended, a
possible agreement discussed, a letter of support and a chairman signing for a company the text does not name.

Sites live under tests/data/fiftyfourthweb/sites/<site>/ as UTF-8 files (written by
tests/data/fiftyfourthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* ingov - a US state governor's press office: Press Releases | Executive Orders | Proclamations, -30-, media contact
* zjen - a Chinese provincial English portal: Source/Updated line, Editor, Top Stories, WeChat QR line

    with FiftyfourthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fiftyfourthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "ingov": {"encoding": "utf-8", "charset": "utf-8"},
    "zjen": {"encoding": "utf-8", "charset": "utf-8"},
}


class FiftyfourthWeb(GoldWeb):
    """Context manager serving every site of the fifty-fourth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FiftyfourthWeb)
