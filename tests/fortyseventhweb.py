"""A forty-seventh test web, written apart from the other webs for issue 17 (an honest held-out estimate in English on
network declarations and city programmes): a city network's newsroom and an NGO blog served on 127.0.0.1, about a city
becoming the Nth to sign a network's declaration, a declaration endorsed by 14 cities of which three are named,
"signatories commit to ...", a network's own goal beside a member's, a renewed commitment and an NGO's MOU with a
Chinese municipal bureau; with cities considering joining, invited to sign or leaving, and a campaign no one signed.

Sites live under tests/data/fortyseventhweb/sites/<site>/ as UTF-8 files (written by
tests/data/fortyseventhweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* cnca - a network newsroom: "Member cities" sidebar, "Press contact", "Read more news"
* ecoblog - an NGO blog: author card, "Tags:" list, "Share this post", newsletter signup, "Popular posts"

    with FortyseventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fortyseventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "cnca": {"encoding": "utf-8", "charset": "utf-8"},
    "ecoblog": {"encoding": "utf-8", "charset": "utf-8"},
}


class FortyseventhWeb(GoldWeb):
    """Context manager serving every site of the forty-seventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FortyseventhWeb)
