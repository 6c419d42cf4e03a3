"""A seventy-second test web, written apart from the other webs for issue 17 (an honest held-out estimate of
COLLECTIVE PLEDGES OF COALITIONS AND THEIR MEMBERS, English and Chinese): an English coalition newsroom and a Chinese
city-network portal served on 127.0.0.1, each page telling one pledge made by a group (its members named, or none
named) and one trap (a member named as only an observer or as absent, a target the coalition merely encourages).

Sites live under tests/data/seventysecondweb/sites/<site>/ as UTF-8 files (written by
tests/data/seventysecondweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* plainspact - an English coalition newsroom: "Join the Compact", "Member Directory", "Press kit (ZIP)" chrome
* hhcity - a Chinese city-network portal: a "联盟动态" crumb, "【字号：大 中 小】", a "成员城市动态" rail

    with SeventySecondWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "seventysecondweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "plainspact": {"encoding": "utf-8", "charset": "utf-8"},
    "hhcity": {"encoding": "utf-8", "charset": "utf-8"},
}


class SeventySecondWeb(GoldWeb):
    """Context manager serving every site of the seventy-second web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventySecondWeb)
