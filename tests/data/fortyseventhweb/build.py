"""Write the forty-seventh test web (tests/fortyseventhweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites: `cnca` (a city network's newsroom: a "Member cities" sidebar listing cities that is no record, a
"Press contact" box, "Read more news" with trap headlines) and `ecoblog` (an NGO blog: an author card with a bio, a
"Tags:" list, "Share this post", a "Newsletter" signup and "Popular posts"). The gold was written from the texts before
the extractor was run on them; run `python tests/data/fortyseventhweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "cnca": ["Thirty mayors sign zero-waste declaration in Oslo", "Alliance member commits to net zero by 2035"],
    "ecoblog": ["NGO and port city sign clean shipping MOU", "Capital pledges to halve car traffic by 2030"],
}
CHROME = {
    "cnca": ["Member cities", "Press contact", "Read more news"],
    "ecoblog": ["Share this post", "Sign up to our newsletter", "Popular posts"],
}
MEMBERS = ["Copenhagen", "Oslo", "Stockholm", "Helsinki", "Minneapolis", "Portland", "Vancouver", "Yokohama"]
TAGS = {"eb01": ["China", "Clean air", "Environmental law"], "eb02": ["Renewables", "Cities", "France"],
        "eb03": ["Transport", "Campaigns"]}


def cnca(a) -> str:
    members = "".join(f"<li>{m}</li>" for m in MEMBERS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | CNCA Newsroom</title>
<meta property="article:published_time" content="{a['date']}T10:00:00+00:00"></head>
<body><header><nav><a href="/">Home</a> <a href="/about/">About</a> <a href="/newsroom/">Newsroom</a>
<a href="/members/">Members</a></nav></header>
<main><article><h1 class="news-title">{html.escape(a['title'])}</h1>
<p class="news-date"><time datetime="{a['date']}">{a['date']}</time> · News</p>
<div class="news-body">{_paras(a)}</div>
<div class="press"><h4>Press contact</h4><p>press@example.org · +45 00 00 00 00</p></div></article>
<aside class="sidebar"><h3>Member cities</h3><ul>{members}</ul>
<h3>Read more news</h3><ul>{traps(TRAPS['cnca'], 'html')}</ul></aside></main>
<footer>© Carbon Neutral Cities Alliance. Privacy · Cookies</footer>
</body></html>"""


def ecoblog(a) -> str:
    tags = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/">{t}</a>' for t in TAGS[a["id"]])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - ClientEarth blog</title>
<meta property="article:published_time" content="{a['date']}T08:30:00Z"></head>
<body><div class="site-header"><a href="/">ClientEarth</a> <a href="/blog/">Blog</a> <a href="/donate/">Donate</a></div>
<div class="post"><h1 class="post-title">{html.escape(a['title'])}</h1>
<div class="byline">Posted on {a['date']}</div>
<div class="post-content">{_paras(a)}</div>
<div class="author-card"><strong>Mei Hollis</strong> <span>Senior policy adviser, cities and climate. Mei writes about
city networks and clean air law.</span></div>
<div class="tags">Tags: {tags}</div>
<div class="share">Share this post: Twitter · LinkedIn · Email</div></div>
<div class="sidebar"><h3>Popular posts</h3><ul>{traps(TRAPS['ecoblog'], 'html')}</ul>
<form class="newsletter"><label>Sign up to our newsletter</label><input type="email"></form></div>
<div class="footer">ClientEarth is a registered charity. Privacy policy</div>
</body></html>"""


PAGES = {"cnca": cnca, "ecoblog": ecoblog}
LISTINGS = {"cnca": "newsroom/index.html", "ecoblog": "blog/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
