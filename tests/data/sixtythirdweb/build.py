"""Write the sixty-third test web (tests/sixtythirdweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `palmetto` (a governor's press office: an "Office of the Governor" banner, a "Press Releases" crumb, a
"Share this release" bar, a "Sign up for updates" box and a "Recent releases" rail of trap headlines) and `crossbar`
(a news wire: a "Crossbar News Service" masthead, a "Filed by the Crossbar desk" line, a "Corrections & clarifications"
link and a "More from Crossbar" rail of trap headlines). The gold was written from the texts before the extractor was
run on them; run `python tests/data/sixtythirdweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras, traps, write_web  # noqa: E402

TRAPS = {
    "palmetto": ["Governor signs climate pact with Manitoba", "State pledges net zero by 2045"],
    "crossbar": ["Oregon and Fujian sign offshore wind memorandum", "Mayors vow to halve emissions by 2032"],
}
CHROME = {
    "palmetto": ["Office of the Governor", "Share this release", "Sign up for updates", "Recent releases"],
    "crossbar": ["Crossbar News Service", "Filed by the Crossbar desk", "Corrections & clarifications",
                 "More from Crossbar"],
}


def _day(iso: str) -> str:
    """"April 15, 2025" of an ISO day."""
    d = date.fromisoformat(iso)
    return f"{d:%B} {d.day}, {d.year}"


def palmetto(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Office of the Governor</title>
<meta property="article:published_time" content="{a['date']}T09:00:00-04:00"></head>
<body><div class="banner">Office of the Governor</div>
<nav class="crumbs"><a href="/">Home</a> / <a href="/news/">Press Releases</a></nav>
<article class="release"><h1>{html.escape(a['title'])}</h1>
<p class="release-date">{_day(a['date'])}</p>
<div class="share">Share this release: Email | Print</div>
<div class="release-body">
{paras(a)}
</div></article>
<div class="signup">Sign up for updates <input type="email" placeholder="Email"></div>
<aside><h2>Recent releases</h2><ul>{traps(TRAPS['palmetto'], 'html')}</ul></aside>
<footer>Accessibility | Privacy | Contact the Governor</footer>
</body></html>"""


def crossbar(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Crossbar</title>
<meta name="article:published_time" content="{a['date']}T06:12:00Z"></head>
<body><header class="masthead">Crossbar News Service</header>
<article><h1>{html.escape(a['title'])}</h1>
<div class="byline">Filed by the Crossbar desk <time datetime="{a['date']}T06:12:00Z">{_day(a['date'])}</time></div>
<div class="story">
{paras(a)}
</div>
<p class="corrections"><a href="/corrections">Corrections &amp; clarifications</a></p></article>
<aside class="more"><h3>More from Crossbar</h3><ul>{traps(TRAPS['crossbar'], 'html')}</ul></aside>
<footer>&copy; Crossbar News Service. All rights reserved.</footer></body></html>"""


PAGES = {"palmetto": palmetto, "crossbar": crossbar}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"palmetto": "news/index.html", "crossbar": "world/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
