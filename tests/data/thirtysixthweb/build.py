"""Write the thirty-sixth test web (tests/thirtysixthweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites of different genres: `newsroom` (a government press-release site: "Press release | Published 12
June 2024", "Notes to editors", "Was this page useful?" and cookie chrome) and `wire` (a business wire: datelines with
"--(BUSINESS WIRE)--", "About X" and forward-looking statements in the body, "Contacts", "More News From" trap
headlines). The gold was written from the texts before the extractor was run on them; run
`python tests/data/thirtysixthweb/build.py`.
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
    "newsroom": ["Region pledges net zero public transport by 2035", "Minister commits to 70% cut by 2030"],
    "wire": ["Shipping line vows net-zero fleet by 2040", "Steelmaker sets 30% emissions goal for 2030"],
}
CHROME = {
    "newsroom": ["Was this page useful?", "Accept additional cookies"],
    "wire": ["More News From", "Business Wire Newsroom"],
}


def _day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _us_day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def newsroom(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Newsroom</title></head>
<body><div class="cookie-banner"><p>We use some essential cookies to make this service work.</p>
<button>Accept additional cookies</button> <button>Reject additional cookies</button></div>
<header><a href="/">Government newsroom</a> <a href="/topics/">Topics</a> <a href="/ministers/">Ministers</a></header>
<main><p class="type">Press release</p><h1>{html.escape(a['title'])}</h1>
<p class="meta">Published {_day(a['date'])} · Part of: Climate change, Environment</p>
<div class="release-body">{paras(a)}
<h3>Notes to editors</h3><p>Media enquiries: press office, 0300 060 4400.</p></div>
<aside class="related"><h2>Related press releases</h2><ul>{traps(TRAPS['newsroom'], 'html')}</ul></aside>
<div class="feedback">Was this page useful? <a href="/fb/yes">Yes</a> <a href="/fb/no">No</a></div></main>
<footer>All content is available under the Open Government Licence v3.0 · Cookies · Accessibility statement</footer>
</body></html>"""


def wire(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Business Wire</title>
<meta property="article:published_time" content="{a['date']}T13:05:00Z"></head>
<body><nav><a href="/">Business Wire Newsroom</a> <a href="/news/home/">All News</a> <a href="/industries/">By
Industry</a></nav>
<article class="bw-release"><h1>{html.escape(a['title'])}</h1>
<div class="bw-release-timestamp"><time datetime="{a['date']}T13:05:00Z">{_us_day(a['date'])} 08:05 AM Eastern
Standard Time</time></div>
<div class="bw-release-story">{paras(a)}</div>
<div class="bw-release-contact"><h2>Contacts</h2><p>Investor Relations and Media</p></div></article>
<section class="more-news"><h3>More News From Business Wire</h3><ul>{traps(TRAPS['wire'], 'html')}</ul></section>
<footer>© Business Wire, Inc. · Privacy · Terms of Use</footer>
</body></html>"""


PAGES = {"newsroom": newsroom, "wire": wire}
LISTINGS = {"newsroom": "news/index.html", "wire": "news/home/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
