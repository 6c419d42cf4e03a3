"""Write the ninety-fourth test web (tests/ninetyfourthweb.py) from articles.py: sites/, gold.json, the feed, the
sitemap and the paged listing.

Three sites: `pathblog` (an NGO's English analysis blog read through its RSS feed: a "Blog / Analysis" trail, an
author box, "Share this post", a "Related analysis" rail of trap headlines and a newsletter footer), `qdzk` (a think
tank's Chinese WeChat-style site found through its sitemap: "原创", "点击蓝字 关注我们", "阅读原文", "往期推荐" rail
of trap headlines, "喜欢此内容的人还喜欢") and `geapp` (an energy alliance's English newsroom, paged by "?page=2": a
"Home > Newsroom" trail, "Press contact", a "More news" rail of trap headlines). The gold was written from the texts
before the extractor was run on them; run `python tests/data/ninetyfourthweb/build.py`.
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
    "pathblog": ["Ten Mayors Pledge to Halve Transport Emissions by 2030",
                 "Utilities Sign Accord to Reach 80% Clean Power by 2035"],
    "qdzk": ["三省签署协议共建零碳产业园", "某市承诺2028年实现碳达峰"],
    "geapp": ["Alliance Signs Memorandum with Five African Governments on Mini-Grids",
              "Country Commits to 70% Renewable Electricity by 2030"],
}
CHROME = {
    "pathblog": ["Related analysis", "Share this post", "Sign up for our newsletter"],
    "qdzk": ["点击蓝字", "往期推荐", "喜欢此内容的人还喜欢", "阅读原文"],
    "geapp": ["More news", "Press contact", "Global Energy Alliance for People and Planet. All rights reserved."],
}


def pathblog(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Pathway Lab</title>
<meta property="article:published_time" content="{a['date']}T09:00:00+00:00"></head>
<body><header class="site-header"><a href="/">Pathway Lab</a> <nav><a href="/blog/">Blog</a> <a href="/reports/">Reports</a> <a href="/data/">Data</a> <a href="/about/">About</a></nav></header>
<div class="trail">Blog / Analysis</div>
<article class="post"><h1 class="post-title">{html.escape(a['title'])}</h1>
<div class="post-meta">By the Pathway Lab energy team &middot; <time datetime="{a['date']}">{d.day} {d.strftime('%B')} {d.year}</time> &middot; 6 min read</div>
<div class="post-body">
{paras(a)}
</div>
<div class="share-row">Share this post: LinkedIn | X | Email</div></article>
<aside class="related"><h3>Related analysis</h3><ul>{traps(TRAPS['pathblog'], 'html')}</ul></aside>
<footer><div class="newsletter">Sign up for our newsletter</div>&copy; Pathway Lab, an independent non-profit.</footer></body></html>"""


def qdzk(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}</title>
<meta property="og:title" content="{a['title']}"></head>
<body><div class="rich_media">
<h1 class="rich_media_title">{a['title']}</h1>
<div class="rich_media_meta_list"><span class="original">原创</span> <span class="author">能源气候组</span> <a class="nickname">青岱智库</a> <em id="publish_time">{d.year}年{d.month:02d}月{d.day:02d}日 18:30</em></div>
<div class="rich_media_content" id="js_content">
<p>点击蓝字 关注我们</p>
{paras(a)}
<p>编辑：林夏 审核：孟川</p>
</div>
<div class="rich_media_tool"><a href="#">阅读原文</a> 阅读 2318 在看 41</div>
<div class="related"><h3>往期推荐</h3><ul>{traps(TRAPS['qdzk'], 'html')}</ul></div>
<div class="like">喜欢此内容的人还喜欢</div></div></body></html>"""


def geapp(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Newsroom</title></head>
<body><div class="topbar">Global Energy Alliance for People and Planet <a href="/">Home</a> <a href="/newsroom/">Newsroom</a> <a href="/our-work/">Our work</a></div>
<div class="crumbs">Home &gt; Newsroom</div>
<div class="press"><p class="kicker">Press release</p><h1>{html.escape(a['title'])}</h1>
<p class="pubdate">{d.strftime('%B')} {d.day}, {d.year}</p>
<div class="press-body">
{paras(a)}
</div>
<p class="contact">Press contact: media@geapp.example</p></div>
<div class="more"><h3>More news</h3><ul>{traps(TRAPS['geapp'], 'html')}</ul></div>
<footer>&copy; Global Energy Alliance for People and Planet. All rights reserved.</footer></body></html>"""


PAGES = {"pathblog": pathblog, "qdzk": qdzk, "geapp": geapp}


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 09:00:00 +0000</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:140])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Pathway Lab - Analysis</title><link>{{{{base}}}}/blog/</link>
<description>Analysis from Pathway Lab</description>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def _listing(items, page: int, last: bool) -> str:
    links = "".join(f'<div class="card"><span class="date">{a["date"]}</span> '
                    f'<h3><a href="{a["path"]}">{html.escape(a["title"])}</a></h3></div>' for a in items)
    nxt = "" if last else f'<a class="next" href="/newsroom/?page={page + 1}">Older news</a>'
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Newsroom</title></head>
<body><div class="cards">{links}</div><div class="pager">{nxt}</div></body></html>"""


def build() -> None:
    from gold import gold

    site = lambda s: sorted([a for a in ARTICLES if a["site"] == s], key=lambda a: a["date"], reverse=True)  # noqa: E731
    ga = site("geapp")
    files = {"pathblog/feed.xml": _feed(site("pathblog")),
             "qdzk/sitemap.xml": _sitemap(site("qdzk")),
             "geapp/newsroom/index.html": _listing(ga[:2], 1, False),
             "geapp/newsroom__page-2.html": _listing(ga[2:], 2, True)}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
