"""Write the thirty-ninth test web (tests/thirtyninthweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites of different genres: `mbnews` (a provincial government newsroom: breadcrumbs above the headline, the
release date and the issuing office in one line, a "Media contacts" block with a telephone number under the text,
"Recent releases") and `labnews` (a university and laboratory news site: "Posted ... by ..." under the headline, a
tag cloud, "Share this story" and "More stories"). The gold was written from the texts before the extractor was run on
them; run `python tests/data/thirtyninthweb/build.py`.
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
    "mbnews": ["Province and partner state sign hydrogen accord", "Premier pledges net-zero grid by 2035"],
    "labnews": ["Lab signs carbon capture pact with Chinese academy", "University commits to carbon-neutral campus "
                "by 2030"],
}
CHROME = {
    "mbnews": ["Media contacts", "Recent releases", "Communications Services Manitoba"],
    "labnews": ["More stories", "Share this story", "Browse by tag"],
}


def _day(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def mbnews(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Province of Manitoba News</title></head>
<body><header><div class="gov-brand">Province of Manitoba</div><nav class="top"><a href="/residents/">Residents</a>
<a href="/business/">Business</a> <a href="/news/">News</a></nav></header>
<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news/">News Releases</a>
</li><li>{html.escape(a['section'])}</li></ol></nav>
<main><div class="release"><h1>{html.escape(a['title'])}</h1>
<p class="release-meta"><span class="release-date">{_day(d)}</span> · <span class="office">{html.escape(a['section'])}</span></p>
<div class="release-body">{paras(a)}</div>
<p class="dash">- 30 -</p>
<div class="media-contacts"><h2>Media contacts</h2><p>Communications Services Manitoba: 204-945-3746 or
newsroom@example.gov.mb.ca</p><p>Government Communications, after hours: 204-945-1494</p></div></div>
<aside class="recent"><h2>Recent releases</h2><ul>{traps(TRAPS['mbnews'], 'html')}</ul></aside></main>
<footer>Province of Manitoba · Disclaimer · Privacy · Accessibility</footer>
</body></html>"""


def labnews(a) -> str:
    d = date.fromisoformat(a["date"])
    tags = " ".join(f'<a class="tag" href="/tags/{t.replace(" ", "-")}/">{html.escape(t)}</a>' for t in a["tags"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Frontier Research News</title>
<meta property="article:published_time" content="{a['date']}T09:00:00-05:00"></head>
<body><header class="site"><a href="/">Frontier Research News</a> <nav><a href="/stories/">Stories</a>
<a href="/labs/">Labs</a> <a href="/campus/">Campus</a> <a href="/media/">For media</a></nav></header>
<article class="story"><h1>{html.escape(a['title'])}</h1>
<p class="posted">Posted <time datetime="{a['date']}">{_day(d)}</time> by {html.escape(a['author'])}</p>
<div class="story-body">{paras(a)}</div>
<div class="share">Share this story: <a href="#">Email</a> <a href="#">LinkedIn</a> <a href="#">Bluesky</a></div>
<div class="story-tags">Tags: {tags}</div></article>
<aside class="tagcloud"><h2>Browse by tag</h2><a href="/tags/hydrogen/">hydrogen</a> <a href="/tags/batteries/">batteries</a>
<a href="/tags/climate/">climate</a> <a href="/tags/china/">China</a> <a href="/tags/fusion/">fusion</a>
<a href="/tags/partnerships/">partnerships</a></aside>
<aside class="more"><h2>More stories</h2><ul>{traps(TRAPS['labnews'], 'html')}</ul></aside>
<footer>Frontier Research News · a news service of member universities and national laboratories</footer>
</body></html>"""


PAGES = {"mbnews": mbnews, "labnews": labnews}
LISTINGS = {"mbnews": "news/index.html", "labnews": "stories/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
