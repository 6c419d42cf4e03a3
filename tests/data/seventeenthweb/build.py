"""Write the seventeenth test web (tests/seventeenthweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites: `statedesk` (a regional public-affairs newsroom on state and city climate policy: byline and
"Updated" line, <time datetime>, "Read more" and "Most read" chrome, a donation box) and `asiaen` (an English
China-news portal in the China Daily style: "By X | China Daily | Updated: 2021-01-25 07:12" under the title, an
"Editor's picks" box, copyright footer). The gold was written from the texts before the extractor was run on them;
run `python tests/data/seventeenthweb/build.py`.
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
    "statedesk": ["Governor pledges 100 percent clean power by 2035", "Five cities commit to halve emissions by 2030"],
    "asiaen": ["Province aims to peak emissions by 2028", "Company vows net zero by 2045"],
}
CHROME = {
    "statedesk": ["Support independent local news", "Most read"],
    "asiaen": ["Editor's picks", "Copyright 1995 - 2021"],
}


def _long(day: str) -> str:
    d = date.fromisoformat(day)
    return f"{d:%b}. {d.day}, {d.year}"


def statedesk(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{html.escape(a['title'])} – State Climate Desk</title>
<meta property="og:type" content="article"><link rel="canonical" href="{{{{base}}}}{a['path']}"></head>
<body><header class="top"><a href="/">State Climate Desk</a> <a href="/climate/">Climate</a> <a href="/donate/">Donate</a></header>
<main><article class="story"><h1 class="headline">{html.escape(a['title'])}</h1>
<p class="byline">By Maria Lopez · <time datetime="{a['date']}T06:00:00-07:00">{_long(a['date'])}</time> · Updated 8:14 a.m.</p>
<div class="story-body">{paras(a)}</div>
<p class="read-more">Read more: <a href="/climate/">all climate coverage</a></p></article>
<aside class="most-read"><h2>Most read</h2><ol>{traps(TRAPS['statedesk'], 'html')}</ol></aside>
<div class="donate"><h3>Support independent local news</h3><p>Give today and your gift is matched.</p></div></main>
<footer>State Climate Desk is a nonprofit newsroom. · Privacy · Terms</footer></body></html>"""


def asiaen(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{html.escape(a['title'])} - Asia English News</title>
<meta name="publishdate" content="{a['date']} 07:12:00"></head>
<body><div class="topNav"><a href="/">Home</a> | <a href="/china/">China</a> | <a href="/business/">Business</a></div>
<div class="main_art"><div class="lft_art"><h1>{html.escape(a['title'])}</h1>
<div class="info"><span class="info_l">By ZHOU Min in Shanghai | China Daily | Updated: {a['date']} 07:12</span></div>
<div id="Content">{paras(a)}</div></div>
<div class="rt_art"><h3>Editor's picks</h3><ul>{traps(TRAPS['asiaen'], 'html')}</ul></div></div>
<div class="footer">Copyright 1995 - 2021. All rights reserved. The content (including but not limited to text,
photo, multimedia information, etc) published in this site belongs to Asia English News.</div></body></html>"""


PAGES = {"statedesk": statedesk, "asiaen": asiaen}
LISTINGS = {"statedesk": "climate/index.html", "asiaen": "china/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
