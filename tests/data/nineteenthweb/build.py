"""Write the nineteenth test web (tests/nineteenthweb.py) from articles.py: sites/, gold.json and the listings.

Three English sites of different genres: `gov` (a provincial government newsroom: a release line with the date and
ministry above the text, a "-30-" tail, "Media inquiries" and "Related information" chrome, pages at
release.cfm?xID=N), `paper` (a regional newspaper: byline, dateline in the text, a photo with a caption, "Most popular"
chrome) and `net` (a city-network blog: a posted-on line, titles of instruments in <em>, a tag cloud and "Related
posts"). The gold was written from the texts before the extractor was run on them; run
`python tests/data/nineteenthweb/build.py`.
"""
from __future__ import annotations

import datetime as dt
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras, traps, write_web  # noqa: E402

TRAPS = {
    "gov": ["Province signs clean technology agreement with partner state", "Alberta commits to 30 per cent cut by 2030"],
    "paper": ["City council inks climate pact with Chinese twin", "Region vows net zero by 2040"],
    "net": ["Ten cities sign the Global Covenant of Mayors", "Mayors pledge carbon neutrality by 2045"],
}
CHROME = {
    "gov": ["Media inquiries", "Subscribe to Alberta news releases"],
    "paper": ["Most popular", "Prairie Pacific Herald Media Inc."],
    "net": ["Related posts", "Regions & Cities Climate Exchange"],
}


def _long(day: str) -> str:
    d = dt.date.fromisoformat(day)
    return f"{d:%B} {d.day}, {d.year}"


def gov(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Alberta.ca</title></head>
<body><div id="goa-header"><a href="/">Alberta.ca</a> <a href="/news.cfm">News</a> <a href="/ministries.cfm">Ministries</a></div>
<div id="goa-content"><h1>{html.escape(a['title'])}</h1>
<p class="release-line">News release | {_long(a['date'])} | {html.escape(a['ministry'])}</p>
<div class="release-body">{paras(a)}
<p class="tail">-30-</p></div>
<div class="contacts"><h2>Media inquiries</h2><p>Press Secretary, {html.escape(a['ministry'])}: 780-000-0000</p></div>
<div class="related"><h2>Related information</h2><ul>{traps(TRAPS['gov'], 'cfm')}</ul></div></div>
<footer><a href="/subscribe.cfm">Subscribe to Alberta news releases</a> © {a['date'][:4]} Government of Alberta</footer>
</body></html>"""


def paper(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Prairie Pacific Herald</title>
<meta property="article:published_time" content="{a['date']}T05:00:00-06:00"></head>
<body><header class="masthead"><a href="/">Prairie Pacific Herald</a> <a href="/news/">News</a>
<a href="/news/business/">Business</a> <a href="/news/world/">World</a> <a href="/opinion/">Opinion</a></header>
<article class="story"><h1>{html.escape(a['title'])}</h1>
<div class="byline">By {html.escape(a['byline'])} <span class="role">Staff reporter</span>
<time datetime="{a['date']}">{_long(a['date'])}</time></div>
<figure><img src="/img/{a['id']}.jpg" alt=""><figcaption>{html.escape(a['caption'])}</figcaption></figure>
<div class="story-text">{paras(a)}</div></article>
<aside class="popular"><h3>Most popular</h3><ol>{traps(TRAPS['paper'], 'html')}</ol></aside>
<footer>© Prairie Pacific Herald Media Inc.</footer>
</body></html>"""


def _italics(a: dict) -> str:
    """The article's paragraphs with *title* written as <em>title</em> (a blog sets instruments' titles in italics)."""
    return re.sub(r"\*([^*]+)\*", r"<em>\1</em>", paras(a))


def net(a) -> str:
    tags = " ".join(f'<a class="tag" href="/tag/{html.escape(t.replace(" ", "-"))}/">{html.escape(t)}</a>'
                    for t in a["tags"] + ["climate", "low-carbon", "cooperation"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} – Regions &amp; Cities Climate Exchange</title>
</head><body><div class="site-title"><a href="/">Regions &amp; Cities Climate Exchange</a></div>
<nav><a href="/blog/">Blog</a> <a href="/members/">Members</a> <a href="/events/">Events</a></nav>
<div class="post"><h2 class="entry-title">{html.escape(a['title'])}</h2>
<div class="entry-meta">Posted on <span class="date">{_long(a['date'])}</span> by Secretariat</div>
<div class="entry-content">{_italics(a).replace('*', '')}</div></div>
<div class="sidebar"><div class="tagcloud"><h4>Tags</h4>{tags}</div>
<div class="related-posts"><h4>Related posts</h4><ul>{traps(TRAPS['net'], 'html')}</ul></div></div>
<footer>© Regions &amp; Cities Climate Exchange</footer>
</body></html>"""


PAGES = {"gov": gov, "paper": paper, "net": net}
LISTINGS = {"gov": "news.html", "paper": "news/index.html", "net": "blog/index.html"}


def build() -> None:
    from gold import gold

    articles = [{**a, "paras": [p.replace("*", "") for p in a["paras"]]} if a["site"] != "net" else a
                for a in ARTICLES]
    write_web(HERE, articles, PAGES, listings(articles, LISTINGS), gold(articles, TRAPS, CHROME))


if __name__ == "__main__":
    build()
