"""Write the fifty-sixth test web (tests/fiftysixthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `halvard` (a utility's corporate newsroom: a stock quote bar with the ticker, an investor-relations menu,
news releases ending in a "Forward-Looking Statements" paragraph, a media-contacts box, an email-alerts signup and a
"More news releases" list of trap headlines) and `gridledger` (a trade-press energy site: a section kicker, a byline
with the reporter's beat, a "Sponsored" box inside the story, a "Most read" rail of trap headlines). The gold was
written from the texts before the extractor was run on them; run `python tests/data/fiftysixthweb/build.py`.
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
    "halvard": ["Halvard Energy commits to net zero by 2035", "Halvard Gas to halve methane leaks by 2027"],
    "gridledger": ["Utility pledges 100% clean power by 2032", "Automaker locks in 2036 carbon-neutral target"],
}
CHROME = {
    "halvard": ["Investor Relations", "Stock quote:", "Media contacts", "Sign up for email alerts",
                "More news releases"],
    "gridledger": ["Sponsored", "Senior reporter, utilities", "Most read", "Quillon Storage"],
}


def _day(iso: str) -> str:
    """"March 12, 2024" of an ISO day."""
    d = date.fromisoformat(iso)
    return f"{d:%B} {d.day}, {d.year}"


def halvard(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Halvard Energy Newsroom</title>
<meta name="description" content="News release of Halvard Energy Corporation"></head>
<body><div class="ticker-bar">Stock quote: NYSE: HLVD $52.18 <span class="up">+0.37 (0.71%)</span> Delayed 20 min</div>
<header class="corp-header"><a href="/">Halvard Energy</a>
<nav><a href="/customers/">Customers</a> <a href="/investors/">Investor Relations</a> <a href="/news-releases/">Newsroom</a> <a href="/careers/">Careers</a></nav></header>
<main class="news-release"><p class="label">News Release</p>
<h1>{html.escape(a['title'])}</h1>
<p class="pub-date">{_day(a['date'])}</p>
<div class="release-text">
{paras(a)}
</div>
<div class="media-box"><h2>Media contacts</h2><p>Renee Calloway, 704-555-0188, media@halvard.example</p>
<p>Investors: Tom Ashby, 704-555-0190</p></div>
<div class="alerts">Sign up for email alerts <input type="email"> <button>Subscribe</button></div></main>
<aside class="more-news"><h2>More news releases</h2><ul>{traps(TRAPS['halvard'], 'html')}</ul></aside>
<footer>&copy; 2024 Halvard Energy Corporation &middot; Privacy &middot; Terms of Use &middot; Investor Relations</footer>
</body></html>"""


def gridledger(a) -> str:
    body = paras(a).split("\n")
    sponsored = ('<aside class="sponsored-box"><p class="tag">Sponsored</p><p><b>Quillon Storage</b>: Hit your 2030 '
                 'net-zero goal with grid-scale batteries. <a href="/partners/quillon">Learn more</a></p></aside>')
    body.insert(2, sponsored)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - The Grid Ledger</title>
<meta property="article:published_time" content="{a['date']}T08:30:00-05:00"></head>
<body><div class="masthead"><a href="/">The Grid Ledger</a> <a href="/utilities/">Utilities</a> <a href="/transport/">Transport</a> <a href="/events/">Events</a></div>
<article class="post"><p class="section">Utilities &amp; Power</p><h1 class="post-title">{html.escape(a['title'])}</h1>
<div class="post-byline">By <a href="/authors/pkhatri/">Priya Khatri</a> &middot; Senior reporter, utilities &middot; <time datetime="{a['date']}">{_day(a['date'])}</time></div>
<div class="post-body">
{chr(10).join(body)}
</div>
</article>
<div class="most-read"><h3>Most read</h3><ol>{traps(TRAPS['gridledger'], 'html')}</ol></div>
<div class="foot">&copy; 2024 Grid Ledger Media &middot; Advertise &middot; Privacy</div></body></html>"""


PAGES = {"halvard": halvard, "gridledger": gridledger}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"halvard": "news-releases/index.html", "gridledger": "articles/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
