"""A ninety-first test web, written apart from the other webs for issue 17 (a held-out estimate on SUMMIT OUTCOMES
told the way official records tell them): a G20 presidency's own site, a UN-style press-release site and a national
environment ministry's English newsroom served on 127.0.0.1, about a partnership launched on the sidelines of a
leaders' summit, a compact adopted by ministers with a chair's summary, an amendment and a declaration the
Secretary-General welcomed, national 2030 targets announced at a virtual leaders' summit, a ministers' communiqué and
a leaders' joint statement adopted, and pages that conclude nothing (a working-group meeting, a mangrove visit, a
speech, a side event): gatherings and actors no other web uses.

Sites live under tests/data/ninetyfirstweb/sites/<site>/ as UTF-8 files (written by
tests/data/ninetyfirstweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* g20id - a summit presidency's site: "Home / Media / News", "Share:", "Latest Updates", paged by "Next »"
* unpress - UN-style press releases (RSS): document symbols, "* *** *", "Recent Press Releases"
* envjp - a ministry's English press releases (sitemap): "[Provisional translation]", "Contact:", "Page Top"

    with NinetyFirstWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "ninetyfirstweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "g20id": {"encoding": "utf-8", "charset": "utf-8"},
    "unpress": {"encoding": "utf-8", "charset": "utf-8"},
    "envjp": {"encoding": "utf-8", "charset": "utf-8"},
}


class NinetyFirstWeb(GoldWeb):
    """Context manager serving every site of the ninety-first web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NinetyFirstWeb)
