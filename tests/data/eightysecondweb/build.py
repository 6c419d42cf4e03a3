"""Write the eighty-second test web (tests/eightysecondweb.py) from articles.py: sites/, gold.json, the listings and
the feed.

Three sites: `osunews` (a US university newsroom: "Ohio State News" header, a byline and date line, a "Share:" row, a
"Related stories" rail of trap headlines, a university footer; one listing page), `tjnews` (a Chinese university
news site: "当前位置：首页 > 学校要闻", "发布时间：... 来源：...", "责任编辑：", a "热点新闻" rail of trap headlines;
listing index.html -> index_1.html through "下一页") and `crosscur` (an NGO/foundation blog: "Posted on ... by ...",
"Filed under:", "Share this:", a "More from the blog" widget of trap headlines, a newsletter box and a donate footer;
found only through its RSS feed). The gold was written from the texts before the extractor was run on them; run
`python tests/data/eightysecondweb/build.py`.
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

E = html.escape
TRAPS = {
    "osunews": ["Big Ten universities sign campus emissions compact", "University pledges net-zero stadium by 2030"],
    "tjnews": ["我校与多所高校签署碳中和联合行动宣言", "某高校承诺2028年前实现校园碳中和"],
    "crosscur": ["Foundation and province ink clean-air memorandum", "NGO coalition pledges 50 percent emissions cut by 2030"],
}
CHROME = {
    "osunews": ["Related stories", "Share: Facebook", "Office of Marketing and Communications"],
    "tjnews": ["热点新闻", "责任编辑：", "同济大学新闻中心 版权所有"],
    "crosscur": ["More from the blog", "Share this:", "Filed under:", "Sign up for our newsletter"],
}


def osunews(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} | Ohio State News</title>
<meta property="article:published_time" content="{a['date']}T09:00:00-05:00"></head>
<body><header class="site-header"><a href="/">Ohio State News</a>
<nav><a href="/campus/">Campus</a> <a href="/research/">Research</a> <a href="/sustainability/">Sustainability</a></nav></header>
<main><article class="news-article"><h1 class="headline">{E(a['title'])}</h1>
<p class="byline">By {E(a['byline'])}, Ohio State News</p>
<p class="pubdate">Ohio State News | {d:%B} {d.day}, {d.year}</p>
<div class="article-body">
{paras(a)}
</div>
<div class="share">Share: Facebook | X | LinkedIn | Email</div>
</article></main>
<aside class="related"><h2>Related stories</h2><ul>{traps(TRAPS['osunews'], 'html')}</ul></aside>
<footer>&copy; {d.year} The Ohio State University | Office of Marketing and Communications</footer>
</body></html>"""


def tjnews(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-同济大学新闻网</title></head>
<body><div class="header">同济大学新闻网 | <a href="/">首页</a> <a href="/xxyw/index.html">学校要闻</a> <a href="/zhxw/">综合新闻</a></div>
<div class="location">当前位置：首页 &gt; 学校要闻 &gt; 正文</div>
<div class="article"><h1 class="arti_title">{a['title']}</h1>
<p class="arti_metas"><span>发布时间：{a['date']}</span> <span>来源：新闻中心</span> <span>浏览次数：2318</span></p>
<div class="wp_articlecontent">
{paras(a)}
</div>
<p class="editor">文字：宣传部 责任编辑：王雯</p></div>
<div class="hot"><h3>热点新闻</h3><ul>{traps(TRAPS['tjnews'], 'htm')}</ul></div>
<div class="footer">同济大学新闻中心 版权所有</div></body></html>"""


def crosscur(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{E(a['title'])} &#8211; Crosscurrents</title></head>
<body class="single-post"><header><div class="site-title"><a href="/">Crosscurrents</a></div>
<div class="tagline">Notes from the Pacific Climate Foundation's China program</div></header>
<article class="post"><h1 class="entry-title">{E(a['title'])}</h1>
<div class="entry-meta">Posted on <time class="entry-date" datetime="{a['date']}T08:30:00+00:00">{d:%B} {d.day}, {d.year}</time> by {E(a['byline'])}</div>
<div class="entry-content">
{paras(a)}
</div>
<div class="entry-footer">Filed under: China Program, Partnerships</div>
<div class="sharedaddy">Share this: Twitter Facebook LinkedIn</div></article>
<aside class="widget"><h3>More from the blog</h3><ul>{traps(TRAPS['crosscur'], 'html')}</ul></aside>
<div class="newsletter">Sign up for our newsletter</div>
<footer>Pacific Climate Foundation is a 501(c)(3) nonprofit. <a href="/donate/">Donate</a></footer>
</body></html>"""


PAGES = {"osunews": osunews, "tjnews": tjnews, "crosscur": crosscur}


def _osu_listing(items) -> str:
    links = "".join(f'<div class="teaser"><h3><a href="{E(a["path"])}">{E(a["title"])}</a></h3>'
                    f'<span class="date">{a["date"]}</span></div>' for a in items)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ohio State News</title></head><body>
<div class="news-list">{links}</div></body></html>"""


def _tj_listing(items, next_href) -> str:
    links = "".join(f'<li><a href="{E(a["path"])}">{a["title"]}</a><span>{a["date"]}</span></li>' for a in items)
    nxt = f'<a class="next" href="{next_href}">下一页</a>' if next_href else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>学校要闻-同济大学新闻网</title></head><body>
<ul class="news_list">{links}</ul><div class="page"><span>共{5}条</span>{nxt}</div></body></html>"""


def _feed(items) -> str:
    entries = "".join(f"<item><title>{E(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                      f"<pubDate>{date.fromisoformat(a['date']):%a, %d %b %Y} 08:30:00 +0000</pubDate></item>"
                      for a in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Crosscurrents</title>'
            f"<link>{{{{base}}}}/</link>{entries}</channel></rss>\n")


def build() -> None:
    from gold import gold

    by = {s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True) for s in PAGES}
    files = {"osunews/news/index.html": _osu_listing(by["osunews"]),
             "tjnews/xxyw/index.html": _tj_listing(by["tjnews"][:3], "index_1.html"),
             "tjnews/xxyw/index_1.html": _tj_listing(by["tjnews"][3:], None),
             "crosscur/feed.xml": _feed(by["crosscur"])}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
