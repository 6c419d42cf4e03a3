"""Write the sixteenth test web (tests/sixteenthweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites: `daily` (a China Daily-style paper: "By ... | China Daily | Updated: ..." line, a "Related
Stories" box, a copyright footer) and `newsroom` (a company newsroom of wire releases: "CITY, Mon. D, YYYY
/PRNewswire/ -- " datelines, "###", an "About" boilerplate, more news in a list whose class says "article"). The gold
was written from the texts before the extractor was run on them; run `python tests/data/sixteenthweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras, traps, write_web  # noqa: E402

TRAPS = {
    "daily": ["Province signs clean energy pact with US firm", "City vows to cut emissions 30 percent by 2025"],
    "newsroom": ["Company signs supply agreement with Chinese utility", "We commit to net zero by 2040"],
}
CHROME = {
    "daily": ["Related Stories", "Copyright 1995 - 2026"],
    "newsroom": ["About the company", "Investor contact"],
}


def daily(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Chinadaily.com.cn</title>
<meta name="publishdate" content="{a['date']} 07:21:00"></head>
<body><div class="topNav"><a href="/">HOME</a> <a href="/business/">BUSINESS</a> <a href="/china/">CHINA</a></div>
<div class="lft_art"><h1>{html.escape(a['title'])}</h1>
<div class="info"><span class="info_l">By Wang Ying in Shanghai | China Daily | Updated: {a['date']} 07:21</span></div>
<div id="Content">{paras(a)}</div></div>
<div class="mb10 related-stories"><h3>Related Stories</h3><ul>{traps(TRAPS['daily'], 'html')}</ul></div>
<div id="footer">Copyright 1995 - 2026. All rights reserved.</div></body></html>"""


def newsroom(a) -> str:
    body = paras(a)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Newsroom</title>
<meta property="article:published_time" content="{a['date']}T08:00:00-04:00"></head>
<body><header><a href="/">Newsroom</a> <a href="/news/">Press releases</a> <a href="/investors/">Investors</a></header>
<main><article class="press-release"><h1>{html.escape(a['title'])}</h1>
<div class="release-body">{body}
<h3>About the company</h3><p>The company is a leading provider of energy technology and services worldwide.</p>
<p>Investor contact: investors@newsroom.example</p></div>
<ul class="article-recommend">{traps(TRAPS['newsroom'], 'html')}</ul></article></main>
<footer>Newsroom · Terms · Privacy</footer></body></html>"""


PAGES = {"daily": daily, "newsroom": newsroom}
LISTINGS = {"daily": "business/index.html", "newsroom": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
