"""Write the eighty-sixth test web (tests/eightysixthweb.py) from articles.py: sites/, gold.json, the feed, the paged
listing and the sitemap.

Three English sites: `alliedpress` (a wire service read through its RSS feed: "(AP) —" datelines, a "Associated
writer ... contributed" line inside the text, a "Trending" rail of trap headlines, "Copyright 2024 Allied Press",
"Our standards" and a "Related coverage" box), `pghnews` (the City of Pittsburgh's press-release newsroom, paged by
"?page=1": a "Home > News > Press Releases" trail, "Media contact:" lines inside the text, "Recent Press Releases"
traps, a "311 Response Center" footer) and `wnim28` (a South Bend TV station found through its sitemap: "Copyright
2020 WNIM" inside the text, "Published: ... Updated: ..." lines, a "Most Read" rail, a weather strip and a "Download
the WNIM app" footer). The gold was written from the texts before the extractor was run on them; run
`python tests/data/eightysixthweb/build.py`.
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
from webbuild import paras, traps, write_web  # noqa: E402

TRAPS = {
    "alliedpress": ["Governors sign pact to cut power plant emissions 40% by 2030",
                    "Utility pledges net-zero emissions by 2045 in new resource plan"],
    "pghnews": ["Mayor and County Executive Sign Agreement on Regional Climate Goals",
                "City Commits to 100% Electric Bus Fleet by 2032"],
    "wnim28": ["County commissioners vote to go carbon neutral by 2035",
               "College and city sign solar power agreement"],
}
CHROME = {
    "alliedpress": ["Trending", "Copyright 2024 Allied Press", "Our standards", "Related coverage"],
    "pghnews": ["Recent Press Releases", "311 Response Center", "Home > News > Press Releases"],
    "wnim28": ["Most Read", "Download the WNIM app", "First Alert Weather", "Published:"],
}


def _us(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def alliedpress(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | Allied Press</title>
<meta property="og:title" content="{a['title']}"><meta property="article:published_time" content="{a['date']}T14:07:00Z">
</head><body><header class="site-header"><a href="/">Allied Press</a> <nav><a href="/hub/us-news">U.S. News</a>
<a href="/hub/climate-and-environment">Climate</a> <a href="/hub/business">Business</a></nav></header>
<main><article><h1 class="headline">{a['title']}</h1>
<div class="byline">By ALLIED PRESS <time datetime="{a['date']}T14:07:00Z">{_us(d)}</time></div>
<div class="RichTextStoryBody">
{paras(a)}
</div>
<aside class="related"><h3>Related coverage</h3><p>More on climate policy in the states.</p></aside>
</article></main>
<aside class="trending"><h3>Trending</h3><ul>{traps(TRAPS['alliedpress'], 'html')}</ul></aside>
<footer><a href="/standards">Our standards</a> | Copyright 2024 Allied Press. All rights reserved.</footer></body></html>"""


def pghnews(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | City of Pittsburgh</title></head>
<body><div id="header">City of Pittsburgh <a href="/">Home</a> <a href="/mayor">Mayor</a> <a href="/council">City Council</a></div>
<div class="breadcrumb">Home &gt; News &gt; Press Releases</div>
<div id="content"><h2 class="pr-title">{a['title']}</h2>
<div class="pr-date">{d.strftime('%m/%d/%Y')}</div>
<div class="pr-body">
{paras(a)}
</div></div>
<div class="sidebar"><h4>Recent Press Releases</h4><ul>{traps(TRAPS['pghnews'], 'html')}</ul></div>
<div id="footer">311 Response Center | 414 Grant Street, Pittsburgh, PA 15219</div></body></html>"""


def wnim28(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']}</title>
<meta property="og:site_name" content="WNIM 28 Michiana"><meta name="date" content="{a['date']}"></head>
<body><div class="wx">First Alert Weather: 61&#176; South Bend</div>
<nav><a href="/news/">News</a> <a href="/weather/">Weather</a> <a href="/sports/">Sports</a></nav>
<article><h1>{a['title']}</h1>
<div class="published">Published: {_us(d)} at 6:12 PM EDT Updated: {_us(d)} at 11:40 PM EDT</div>
<div class="article-body">
{paras(a)}
</div></article>
<div class="mostread"><h3>Most Read</h3><ol>{traps(TRAPS['wnim28'], 'html')}</ol></div>
<footer>Download the WNIM app | WNIM 28, South Bend, Indiana</footer></body></html>"""


PAGES = {"alliedpress": alliedpress, "pghnews": pghnews, "wnim28": wnim28}


def _listing(items, page: int, last: bool) -> str:
    links = "".join(f'<div class="views-row"><span class="date">{a["date"]}</span> '
                    f'<a href="{a["path"]}">{html.escape(a["title"])}</a></div>' for a in items)
    nxt = "" if last else f'<li class="pager-next"><a href="/press-releases/?page={page + 1}">next ›</a></li>'
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Press Releases | City of Pittsburgh</title></head>
<body><div class="view-press-releases">{links}</div><ul class="pager">{nxt}</ul></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 14:07:00 GMT</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:120])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Allied Press - Climate and Environment</title><link>{{{{base}}}}/hub/climate-and-environment</link>
<description>Top climate and environment stories</description>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    pg = sorted(site("pghnews"), key=lambda a: a["date"], reverse=True)
    files = {"pghnews/press-releases/index.html": _listing(pg[:2], 0, False),
             "pghnews/press-releases__page-1.html": _listing(pg[2:], 1, True),
             "alliedpress/feeds/climate.xml": _feed(site("alliedpress")),
             "wnim28/sitemap-news.xml": _sitemap(site("wnim28"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
