"""Write the ninety-first test web (tests/ninetyfirstweb.py) from articles.py: sites/, gold.json, the paged listing,
the feed and the sitemap.

Three English sites: `g20id` (a G20 presidency's own site, paged by "?page=2": a "Home / Media / News" trail, a
"Share:" row, a "Latest Updates" rail of trap headlines and a "G20 Presidency of Indonesia" footer), `unpress` (UN-style
meetings coverage and press releases read through an RSS feed: document symbols and "* *** *" inside the text, a
"Recent Press Releases" rail and a "For information media. Not an official record." footer) and `envjp` (a national
environment ministry's English press releases found through its sitemap: "[Provisional translation]" and "Contact:"
inside the text, a "Related Press Releases" rail, a "Page Top" link). The gold was written from the texts before the
extractor was run on them; run `python tests/data/ninetyfirstweb/build.py`.
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
    "g20id": ["G20 Leaders Endorse Pledge to Triple Renewable Capacity by 2030",
              "Ministers Sign Bali Declaration on Sustainable Ocean Economy"],
    "unpress": ["General Assembly Adopts Declaration Committing Member States to Net Zero by 2050",
                "Twelve Nations Sign Memorandum on Ocean Carbon Removal at Headquarters"],
    "envjp": ["Japan and Partner Countries Sign Memorandum on Decarbonization Cooperation",
              "Ministry Announces 60% Emission Cut Target for 2035"],
}
CHROME = {
    "g20id": ["Latest Updates", "Share:", "G20 Presidency of Indonesia. All Rights Reserved."],
    "unpress": ["Recent Press Releases", "For information media. Not an official record.",
                "Meetings Coverage and Press Releases"],
    "envjp": ["Related Press Releases", "Page Top", "Ministry of the Environment, Government of Japan. All Rights"],
}


def _long(d: date) -> str:
    return f"{d.strftime('%A')}, {d.day} {d.strftime('%B')} {d.year}"


def g20id(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} - G20 Presidency of Indonesia</title>
<meta property="og:type" content="article"></head>
<body><header><div class="logo">G20 Indonesia 2022 | Recover Together, Recover Stronger</div>
<nav><a href="/en/">Home</a> <a href="/en/about/">About G20</a> <a href="/en/media/news/">Media</a> <a href="/en/calendar/">Calendar</a></nav></header>
<div class="breadcrumbs">Home / Media / News</div>
<main><article class="news-detail"><h1 class="news-title">{a['title']}</h1>
<span class="post-date">{_long(d)}</span>
<div class="news-content">
{paras(a)}
</div>
<div class="share">Share: Facebook | Twitter | LinkedIn | WhatsApp</div></article></main>
<aside class="latest"><h3>Latest Updates</h3><ul>{traps(TRAPS['g20id'], 'html')}</ul></aside>
<footer>&copy; 2022 G20 Presidency of Indonesia. All Rights Reserved. | Media Center: media@g20.example</footer></body></html>"""


def unpress(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | Meetings Coverage and Press Releases</title>
<meta name="dcterms.date" content="{a['date']}"></head>
<body><div id="header"><a href="/en/">Meetings Coverage and Press Releases</a> | United Nations
<a href="/en/press-release">Press Releases</a> <a href="/en/meetings-coverage">Meetings Coverage</a> <a href="/en/sg">Secretary-General</a></div>
<div class="content"><div class="date-display-single">{d.day} {d.strftime('%B')} {d.year}</div>
<h1 class="page-header">{a['title']}</h1>
<div class="field-name-body">
{paras(a)}
</div></div>
<div class="region-sidebar"><h2>Recent Press Releases</h2><ul>{traps(TRAPS['unpress'], 'htm')}</ul></div>
<footer>For information media. Not an official record. | Copyright | Fraud alert | Privacy notice | Terms of use</footer></body></html>"""


def envjp(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | Ministry of the Environment, Government of Japan</title></head>
<body><div id="head">Ministry of the Environment, Government of Japan <a href="/en/">Home</a> <a href="/en/press/">Press Releases</a> <a href="/en/policy/">Policies</a></div>
<div id="topicpath">Home &gt; Press Releases &gt; {html.escape(a['title'])}</div>
<div id="main"><h1>{a['title']}</h1>
<p class="date">{d.strftime('%B')} {d.day}, {d.year}</p>
<div id="main-text">
{paras(a)}
</div>
<p class="pagetop"><a href="#head">Page Top</a></p></div>
<div id="side"><h3>Related Press Releases</h3><ul>{traps(TRAPS['envjp'], 'html')}</ul></div>
<div id="foot">Copyright Ministry of the Environment, Government of Japan. All Rights Reserved.</div></body></html>"""


PAGES = {"g20id": g20id, "unpress": unpress, "envjp": envjp}


def _listing(items, page: int, last: bool) -> str:
    links = "".join(f'<div class="news-item"><span class="date">{a["date"]}</span> '
                    f'<h3><a href="{a["path"]}">{html.escape(a["title"])}</a></h3></div>' for a in items)
    nxt = "" if last else f'<a class="next" href="/en/media/news/?page={page + 1}">Next &raquo;</a>'
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>News - G20 Presidency of Indonesia</title></head>
<body><div class="news-list">{links}</div><div class="pagination">{nxt}</div></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 16:30:00 GMT</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:120])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Meetings Coverage and Press Releases - Climate Change</title><link>{{{{base}}}}/en/</link>
<description>Press releases on climate change</description>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    gb = sorted(site("g20id"), key=lambda a: a["date"], reverse=True)
    files = {"g20id/en/media/news/index.html": _listing(gb[:2], 1, False),
             "g20id/en/media/news__page-2.html": _listing(gb[2:], 2, True),
             "unpress/feeds/climate.xml": _feed(site("unpress")),
             "envjp/sitemap.xml": _sitemap(site("envjp"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
