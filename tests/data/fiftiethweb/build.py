"""Write the fiftieth test web (tests/fiftiethweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `mea` (a state energy office newsroom: breadcrumb, release date line, dateline in the first paragraph, a
"###" end mark, an "About the Administration" box, a press-contact line, a "Related news" list of trap headlines)
and `courier` (a regional newspaper: a kicker, a byline with "Staff writer", a photo with caption and credit in the
body, a "Read more" rail of trap headlines, a newsletter box). The gold was written from the texts before the
extractor was run on them; run `python tests/data/fiftiethweb/build.py`.
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
    "mea": ["Cumberland commits to net zero by 2035", "Salisbury will halve emissions by 2030"],
    "courier": ["Boone pledges 100% clean power by 2030", "Morganton locks in 2040 carbon-neutral target"],
}
CHROME = {
    "mea": ["About the Administration", "Related news", "Press contact:", "Back to Newsroom"],
    "courier": ["Staff writer", "Courier staff photo", "Read more", "Get the Courier Daybreak newsletter"],
}


def _day(iso: str) -> str:
    """"April 16, 2024" of an ISO day."""
    d = date.fromisoformat(iso)
    return f"{d:%B} {d.day}, {d.year}"


def mea(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Maryland Energy Administration</title>
<meta name="description" content="News release of the Maryland Energy Administration"></head>
<body><header class="agency-header"><a href="/">Maryland Energy Administration</a>
<nav><a href="/programs/">Programs</a> <a href="/newsroom/">Newsroom</a> <a href="/about/">About</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/newsroom/">Newsroom</a> &gt; News Release</div>
<main class="release"><p class="release-type">NEWS RELEASE</p>
<h1>{html.escape(a['title'])}</h1>
<p class="release-date">Release date: {_day(a['date'])}</p>
<div class="release-body">
{paras(a)}
<p class="endmark">###</p>
</div>
<div class="about-box"><h2>About the Administration</h2><p>The Maryland Energy Administration advises the Governor on energy policy and runs grant programs for local governments.</p></div>
<p class="contact">Press contact: Jordan Pike, 410-555-0142, press@mea.example</p>
<p><a href="/newsroom/">Back to Newsroom</a></p></main>
<aside class="related"><h2>Related news</h2><ul>{traps(TRAPS['mea'], 'html')}</ul></aside>
<footer>Maryland Energy Administration &middot; 1800 Washington Blvd, Baltimore &middot; Accessibility &middot; Privacy</footer>
</body></html>"""


def courier(a) -> str:
    body = paras(a).split("\n")
    photo = (f'<figure class="story-photo"><img src="/img/{a["id"]}.jpg" alt=""><figcaption>'
             f'<span class="caption">{html.escape(a["caption"])}</span> <span class="credit">Courier staff photo</span>'
             "</figcaption></figure>")
    body.insert(1, photo)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - The Blue Ridge Courier</title>
<meta property="article:published_time" content="{a['date']}T06:00:00-04:00"></head>
<body><div class="masthead"><a href="/">The Blue Ridge Courier</a> <a href="/news/local/">Local</a> <a href="/news/world/">World</a></div>
<article class="story"><p class="kicker">Climate</p><h1 class="headline">{html.escape(a['title'])}</h1>
<div class="byline">By <a href="/staff/mvance/">Marisol Vance</a>, Staff writer <time datetime="{a['date']}">{_day(a['date'])}</time></div>
<div class="story-body">
{chr(10).join(body)}
</div>
<div class="newsletter"><b>Get the Courier Daybreak newsletter</b> <input type="email"> <button>Sign up</button></div>
</article>
<div class="rail"><h3>Read more</h3><ul>{traps(TRAPS['courier'], 'html')}</ul></div>
<div class="foot">&copy; 2024 The Blue Ridge Courier</div></body></html>"""


PAGES = {"mea": mea, "courier": courier}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"mea": "newsroom/index.html", "courier": "news/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
