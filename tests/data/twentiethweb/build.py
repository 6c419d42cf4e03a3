"""Write the twentieth test web (tests/twentiethweb.py) from articles.py: sites/, gold.json and the listings.

Three English sites of different genres: `ops` (a summit's own newsroom: "Published 13 December 2017" under the
title, directory permalinks, "Watch the replay" chrome), `mdl` (a newspaper with wire datelines, extensionless
permalinks, "Most popular" chrome) and `tti` (a think-tank blog: "Posted by ... on June 25, 2018", "Related insights"
and "Donate" chrome). The gold was written from the texts before the extractor was run on them; run
`python tests/data/twentiethweb/build.py`.
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
from webbuild import listings, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "ops": ["Ten cities pledge net zero by 2030 at the summit", "Coalition signs green finance charter in Paris"],
    "mdl": ["Bank pledges to halve its emissions by 2035", "Mayors sign clean air accord in Berlin"],
    "tti": ["Country commits to 70 percent renewables by 2030", "Ministers sign declaration on coal exit"],
}
CHROME = {
    "ops": ["Watch the replay", "One Planet Summit secretariat"],
    "mdl": ["The Meridian Ledger. All rights reserved", "Subscribe for $1 a week"],
    "tti": ["Support our research: donate", "Sign up for our briefings"],
}


def _day(iso: str, fmt: str) -> str:
    d = date.fromisoformat(iso)
    return fmt.format(d=d.day, month=d.strftime("%B"), y=d.year)


def ops(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | One Planet Summit</title>
<meta property="article:published_time" content="{a['date']}T10:00:00+01:00"></head>
<body><header class="site-header"><a href="/en/">One Planet Summit</a> <a href="/en/news/">News</a>
<a href="/en/coalitions/">Coalitions</a> <a href="/en/live/">Watch the replay</a></header>
<main><article class="news"><h1>{html.escape(a['title'])}</h1>
<p class="news-date">Published {_day(a['date'], '{d} {month} {y}')}</p>
<div class="news-body">{_paras(a)}</div></article>
<section class="latest"><h2>Latest news</h2><ul>{traps(TRAPS['ops'], 'html')}</ul></section></main>
<footer>© One Planet Summit secretariat · <a href="/en/live/">Watch the replay</a></footer>
</body></html>"""


def mdl(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - The Meridian Ledger</title></head>
<body><nav><a href="/">The Meridian Ledger</a> <a href="/world/">World</a> <a href="/climate/">Climate</a>
<a href="/subscribe/">Subscribe for $1 a week</a></nav>
<article><h1 class="story-title">{html.escape(a['title'])}</h1>
<div class="byline">By Meridian staff · <time datetime="{a['date']}T18:41:00Z">{_day(a['date'], '{month} {d}, {y}')}
6:41 PM UTC</time></div>
<div class="story-body">{_paras(a)}</div></article>
<aside class="most-popular"><h3>Most popular</h3><ol>{traps(TRAPS['mdl'], 'html')}</ol></aside>
<footer>© The Meridian Ledger. All rights reserved</footer>
</body></html>"""


def tti(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} — Transition Tracker Institute</title>
<meta property="article:published_time" content="{a['date']}"></head>
<body><div class="masthead"><a href="/">Transition Tracker Institute</a> <a href="/insights/">Insights</a>
<a href="/donate/">Support our research: donate</a></div>
<div class="post"><h1 class="post-title">{html.escape(a['title'])}</h1>
<p class="post-meta">Posted by Maria Keller on {_day(a['date'], '{month} {d}, {y}')} in Insights</p>
<div class="post-content">{_paras(a)}</div></div>
<div class="related"><h4>Related insights</h4><ul>{traps(TRAPS['tti'], 'html')}</ul></div>
<div class="signup">Sign up for our briefings</div>
</body></html>"""


PAGES = {"ops": ops, "mdl": mdl, "tti": tti}
LISTINGS = {"ops": "en/news/index.html", "mdl": "world/index.html", "tti": "insights/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
