"""Write the twelfth test web (tests/twelfthweb.py) from articles.py: sites/, gold.json and the listings.

Three English sites: `govwire` (a wire of provincial and state government releases: dcterms meta, "Quick Facts"
lists, "– 30 –" ends, media contacts), `insights` (a think tank's commentary: byline with the date,
article:published_time, numbered takeaways, newsletter box) and `campus` (a university and national-lab newsroom:
JSON-LD datePublished, "###", an "About Berkeley Lab" boilerplate). The gold was written from the texts before the
extractor was run on them; run `python tests/data/twelfthweb/build.py`.
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
from webbuild import listings, traps, write_web  # noqa: E402

TRAPS = {
    "govwire": ["Province signs climate MOU with Chinese partner", "State commits to net zero by 2035"],
    "insights": ["Cities sign pact to cut emissions 50 percent by 2030", "Ten companies commit to 100% renewables"],
    "campus": ["University signs research agreement with Chinese academy", "Campus pledges carbon neutrality by 2030"],
}
CHROME = {
    "govwire": ["Media Contacts", "Subscribe to news releases"],
    "insights": ["Sign up for our newsletter", "© Climate Policy Insights"],
    "campus": ["About Berkeley Lab", "Media contact"],
}


def _body(a: dict) -> str:
    """Paragraphs, and ("ul"|"ol", items) as lists, escaped."""
    out = []
    for p in a["paras"]:
        if isinstance(p, tuple):
            items = "".join(f"<li>{html.escape(i)}</li>" for i in p[1])
            out.append(f"<{p[0]}>{items}</{p[0]}>")
        else:
            out.append(f"<p>{html.escape(p)}</p>")
    return "\n".join(out)


def _long(day: str) -> str:
    d = date.fromisoformat(day)
    return f"{d:%B} {d.day}, {d.year}"


def govwire(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Government News Wire</title>
<meta name="dcterms.issued" content="{a['date']}"><meta name="dcterms.type" content="News Release"></head>
<body><header class="gw-header"><a href="/">Government News Wire</a> <a href="/releases/">Releases</a>
<a href="/subscribe/">Subscribe to news releases</a></header>
<main><article class="release"><p class="kind">NEWS RELEASE</p><h1>{html.escape(a['title'])}</h1>
<p class="release-date">Released: {_long(a['date'])}</p>
<div class="release-body">{_body(a)}</div>
<div class="contacts"><h2>Media Contacts</h2><p>Press Secretary, Office of the Premier, 555-0100</p></div>
</article></main>
<aside class="more"><h2>More releases</h2><ul>{traps(TRAPS['govwire'], 'html')}</ul></aside>
<footer>Government News Wire · Privacy · Accessibility</footer></body></html>"""


def insights(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Climate Policy Insights</title>
<meta property="article:published_time" content="{a['date']}T09:00:00-04:00">
<meta property="og:title" content="{html.escape(a['title'])}"></head>
<body><nav class="site-nav"><a href="/">Climate Policy Insights</a> <a href="/insights/">Insights</a>
<a href="/research/">Research</a> <a href="/about/">About</a></nav>
<article class="insight"><h1 class="insight-title">{html.escape(a['title'])}</h1>
<div class="byline">By Jane Smith and Li Wei – {_long(a['date'])}</div>
<div class="insight-body">{_body(a)}</div></article>
<section class="related"><h2>Related</h2><ul>{traps(TRAPS['insights'], 'html')}</ul></section>
<div class="newsletter"><h3>Sign up for our newsletter</h3><p>Get insights in your inbox every week.</p></div>
<footer>© Climate Policy Insights. All rights reserved.</footer></body></html>"""


def campus(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} – News Center</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{html.escape(a['title'])}", "datePublished": "{a['date']}T08:00:00-07:00"}}</script></head>
<body><div class="masthead"><a href="/">News Center</a> <a href="/news/">News</a> <a href="/media/">For Media</a></div>
<article class="post"><h1>{html.escape(a['title'])}</h1>
<div class="post-date">{_long(a['date'])}</div>
<div class="post-content">{_body(a)}</div>
<div class="media-contact"><strong>Media contact</strong>: news@campus.example</div>
<div class="boilerplate"><h3>About Berkeley Lab</h3><p>Founded in 1931, Berkeley Lab's scientists have been
recognized with 16 Nobel Prizes. The lab is managed by the University of California.</p></div></article>
<aside class="popular"><h3>Popular</h3><ul>{traps(TRAPS['campus'], 'html')}</ul></aside>
<footer>News Center · Contact · Privacy</footer></body></html>"""


PAGES = {"govwire": govwire, "insights": insights, "campus": campus}
LISTINGS = {"govwire": "releases/index.html", "insights": "insights/index.html", "campus": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
