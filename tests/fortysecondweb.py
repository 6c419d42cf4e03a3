"""A forty-second test web, written apart from the other webs for issue 17 (a held-out estimate of page reading on
templates no other web uses): a WordPress city paper, a regional news site read through its feed and a Chinese city
portal in GBK, served on 127.0.0.1, each article holding an agreement or a pledge of U.S. and Chinese cities.

Sites live under tests/data/fortysecondweb/sites/<site>/ as UTF-8 files (written by
tests/data/fortysecondweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* ledger   - WordPress: JSON-LD datePublished with a later dateModified and only an "Updated" stamp shown; cookie
             notice, inbox signup, author card, "Share this:", comments; "Advertisement" / "Continue reading below"
             inside the body; a bolded standfirst; a table of targets; the listing paged by <link rel="next">
* dispatch - an RSS feed with relative links: an AMP page (date in <time>), a page dated only by its URL path
* zbnews   - GBK with its charset only in <meta http-equiv>; 发布时间 and 来源 in one span; a header's today

    with FortysecondWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fortysecondweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "ledger": {"encoding": "utf-8", "charset": "UTF-8"},
    "dispatch": {"encoding": "utf-8", "charset": "utf-8"},
    "zbnews": {"encoding": "gbk", "charset": None},
}


class FortysecondWeb(GoldWeb):
    """Context manager serving every site of the forty-second web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {**GoldWeb.TYPES, ".xml": "application/rss+xml"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FortysecondWeb)
