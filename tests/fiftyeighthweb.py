"""A fifty-eighth test web, written apart from the other webs for issue 17 (an honest held-out estimate in English on
AGREEMENT CLAUSES told with COORDINATION, PASSIVES and NOMINALISATIONS): a city-network news blog and a university
research-lab newsroom served on 127.0.0.1, about "A signed MOUs with B and C respectively", "A and B each signed
agreements with C", "X signed three agreements: with A on ..., with B on ..., and with C on ...", "An MOU was signed
between A and B", "A memorandum of understanding between A and B was signed on ...", "the signing of a cooperation
agreement between A and B", "following the signature of the accord by A and B", "A's agreement with B, signed Tuesday,
commits ...", "A, B and C put their signatures to a joint statement", "the pact, inked by A and B", "A renewed its
partnership with B"; with a city that hopes to sign, talks on an MOU, an MOU expected to be signed, a 2015 signing
recalled in a relative clause and a letter urging.

Sites live under tests/data/fiftyeighthweb/sites/<site>/ as UTF-8 files (written by
tests/data/fiftyeighthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* tcnet - a city-network news blog: secretariat byline, "Filed under", a bulletin box, "Comments are closed"
* rilab - a university research-lab newsroom: breadcrumb, press contact, "Keep reading", "Support our research"

    with FiftyeighthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fiftyeighthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "tcnet": {"encoding": "utf-8", "charset": "utf-8"},
    "rilab": {"encoding": "utf-8", "charset": "utf-8"},
}


class FiftyeighthWeb(GoldWeb):
    """Context manager serving every site of the fifty-eighth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FiftyeighthWeb)
