"""Write the thirty-fifth test web (tests/thirtyfifthweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites of different genres: `council` (a city council news page: breadcrumbs, "Posted on March 13, 2024 |
Sustainability", "Agendas & Minutes" and "Subscribe to Council News" chrome) and `grid` (an energy trade site: a
byline with <time>, a "Sponsored" box and "Related" trap headlines). The gold was written from the texts before the
extractor was run on them; run `python tests/data/thirtyfifthweb/build.py`.
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
    "council": ["Council adopts net zero by 2035 goal", "Mayors sign regional transit climate compact"],
    "grid": ["Co-op pledges 90% carbon cut by 2035", "Inverter maker vows carbon neutrality by 2030"],
}
CHROME = {
    "council": ["Subscribe to Council News", "Agendas & Minutes"],
    "grid": ["Sponsored", "Grid Ledger Daily newsletter"],
}


def _day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def council(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Council News</title></head>
<body><header><a href="/">Home</a> <a href="/government/">Government</a> <a href="/agendas/">Agendas &amp;
Minutes</a> <a href="/report/">Report a Problem</a></header>
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news/">Council News</a> › {html.escape(a['title'])}</nav>
<div class="news-item"><h2 class="news-title">{html.escape(a['title'])}</h2>
<p class="posted">Posted on {_day(a['date'])} | Sustainability</p>
<div class="news-body">{paras(a)}</div>
<p><a href="/news/">Back to Council News</a></p></div>
<div class="sidebar"><h3>Latest Council News</h3><ul>{traps(TRAPS['council'], 'html')}</ul>
<p>Agendas &amp; Minutes</p><form><label>Subscribe to Council News</label> <input type="email"></form></div>
<footer>City Hall · 1777 Broadway · Accessibility · Terms of Use</footer>
</body></html>"""


def grid(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Grid Ledger</title>
<meta property="article:published_time" content="{a['date']}T09:30:00-05:00"></head>
<body><nav><a href="/">Grid Ledger</a> <a href="/utilities/">Utilities</a> <a href="/policy/">Policy</a>
<a href="/corporate/">Corporate</a></nav>
<article><h1>{html.escape(a['title'])}</h1>
<div class="byline">By Morgan Reyes · <time datetime="{a['date']}">{_day(a['date'])}</time></div>
<div class="article-body">{paras(a)}</div></article>
<div class="sponsored"><span>Sponsored</span> <a href="/x/sp.html">Inverter maker vows carbon neutrality by 2030</a></div>
<section class="related"><h3>Related</h3><ul>{traps(TRAPS['grid'], 'html')}</ul></section>
<div class="signup">Get the Grid Ledger Daily newsletter <input type="email"></div>
<footer>© Grid Ledger Media</footer>
</body></html>"""


PAGES = {"council": council, "grid": grid}
LISTINGS = {"council": "news/index.html", "grid": "latest/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
