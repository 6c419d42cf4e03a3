"""Write the ninety-second test web (tests/ninetysecondweb.py) from articles.py: sites/, gold.json, the network's paged
listing, the city's RSS feed and the portal's sitemap.

Three sites: `eurocities` (a city network's English newsroom: a "Home / News" trail, "Published on 3 June 2022", topic
tags, a "Share this article" row, a "Related news" rail of trap headlines, a "Subscribe to our newsletter" box and the
Brussels address; found through a listing paged with "Next"), `kiel` (a German city's English press releases: "State
Capital Kiel" header, "Press release | Kiel, 13.09.2024", a "Contact:" line, "Back to overview", a "More press
releases" rail of trap headlines, the City Hall address; read through its RSS feed) and `qdgov` (a Chinese city portal
in Simplified Chinese: "当前位置：首页 > 政务要闻 > 青岛要闻", "发布日期：… 来源：…", 【字体：大 中 小】, 【打印】【关闭】, a
"热点专题" rail of trap headlines, a 主办/ICP footer; found through its sitemap, which also lists two pages that are
no articles). The gold was written from the texts before the extractor was run on them; run
`python tests/data/ninetysecondweb/build.py`.
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
    "eurocities": ["Twenty cities sign charter for zero-emission city logistics",
                   "Member cities pledge climate neutrality by 2035"],
    "kiel": ["Kiel and Danish partner city sign hydrogen agreement",
             "Kiel commits to 100 percent green electricity by 2030"],
    "qdgov": ["我市与欧洲港口城市签署绿色航运合作备忘录", "我市承诺2027年前实现碳达峰"],
}
CHROME = {
    "eurocities": ["Share this article", "Related news", "Subscribe to our newsletter", "Square de Meeûs 1"],
    "kiel": ["Back to overview", "More press releases", "Fleethörn 9", "Press release |"],
    "qdgov": ["当前位置", "字体：", "【打印】", "热点专题", "主办：青岛市人民政府办公厅"],
}


def eurocities(a) -> str:
    d = date.fromisoformat(a["date"])
    tags = " ".join(f'<a class="tag" href="/tag/{t.lower().replace(" ", "-")}/">{html.escape(t)}</a>' for t in a["tags"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Eurocities</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="{a['date']}T09:00:00+01:00"></head>
<body><header class="site-header"><a class="logo" href="/">Eurocities</a>
<nav><a href="/about/">About us</a> <a href="/news/">News</a> <a href="/events/">Events</a> <a href="/cities/">Member cities</a> <a href="/policy/">Policy</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/news/">News</a></div>
<main><article class="post"><h1 class="entry-title">{html.escape(a['title'])}</h1>
<p class="post-date">Published on {d.day} {d.strftime('%B')} {d.year}</p>
<div class="tags">{tags}</div>
<div class="entry-content">
{paras(a)}
</div>
<div class="share">Share this article: LinkedIn | X | Facebook | Email</div></article>
<aside class="related"><h2>Related news</h2><ul>{traps(TRAPS['eurocities'], 'html')}</ul></aside>
<div class="newsletter">Subscribe to our newsletter: the latest from Europe's cities, every two weeks.</div></main>
<footer>Eurocities asbl, Square de Meeûs 1, 1000 Brussels, Belgium | Privacy | Cookies</footer></body></html>"""


def kiel(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Landeshauptstadt Kiel</title>
<meta name="date" content="{a['date']}"></head>
<body><div id="header"><a href="/en/">State Capital Kiel</a> <span>Kiel.Sailing.City.</span> <a href="/de/">Deutsch</a></div>
<div id="nav"><a href="/en/city/">City &amp; administration</a> <a href="/en/press/">Press</a> <a href="/en/tourism/">Tourism</a> <a href="/en/business/">Business</a></div>
<div id="content"><p class="kicker">Press release | Kiel, {d.day:02d}.{d.month:02d}.{d.year}</p>
<h1>{html.escape(a['title'])}</h1>
<div class="text">
{paras(a)}
</div>
<p class="contact">Contact: {html.escape(a['contact'])}, presse@kiel.example, phone +49 431 901-0</p>
<p class="back"><a href="/en/press/">Back to overview</a></p></div>
<div id="sidebar"><h2>More press releases</h2><ul>{traps(TRAPS['kiel'], 'php')}</ul></div>
<div id="footer">State Capital Kiel, City Hall, Fleethörn 9, 24103 Kiel | Imprint | Data protection | Accessibility</div></body></html>"""


def qdgov(a) -> str:
    body = "\n".join(f"<p>　　{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_青岛要闻_青岛政务网</title>
<meta name="ArticleTitle" content="{html.escape(a['title'])}"><meta name="PubDate" content="{a['date']} 08:30"></head>
<body><div class="top">青岛政务网 | 青岛市人民政府门户网站 <a href="/en/">English</a> <span>无障碍浏览</span></div>
<div class="nav"><a href="/">首页</a> <a href="/zwyw/">政务要闻</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwyw/">政务要闻</a> &gt; <a href="/zwyw/qdyw/">青岛要闻</a></div>
<div class="article"><h1>{a['title']}</h1>
<div class="info">发布日期：{a['date']} 08:30 来源：{a['source']} 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor">
{body}
</div>
<div class="tools">【<a>打印</a>】【<a>关闭</a>】</div></div>
<div class="hot"><h3>热点专题</h3><ul>{traps(TRAPS['qdgov'], 'html')}</ul></div>
<div class="footer">主办：青岛市人民政府办公厅 承办：青岛市大数据发展管理局 鲁ICP备05002523号 网站标识码：3702000001</div></body></html>"""


PAGES = {"eurocities": eurocities, "kiel": kiel, "qdgov": qdgov}


def _listing(items, page: int, last: bool) -> str:
    cards = "".join(f'<article class="card"><h3><a href="{a["path"]}">{html.escape(a["title"])}</a></h3>'
                    f'<span class="date">{a["date"]}</span></article>' for a in items)
    nxt = "" if last else f'<a class="next" href="/news/page/{page + 1}/">Next</a>'
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News | Eurocities</title></head>
<body><div class="breadcrumb">Home / News</div><div class="news-list">{cards}</div>
<div class="pagination"><span>Page {page}</span> {nxt}</div></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        pub = date.fromisoformat(a["date"]).strftime("%a, %d %b %Y") + " 10:00:00 +0200"
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<guid isPermaLink=\"true\">{{{{base}}}}{a['path']}</guid><pubDate>{pub}</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:160])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>State Capital Kiel - Press releases</title><link>{{{{base}}}}/en/press/</link>
<description>Press releases of the State Capital Kiel in English</description><language>en</language>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    paths = [a["path"] for a in items] + ["/zwgk/index.html", "/about/index.html"]
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>2025-05-01</lastmod></url>" for p in paths)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True)  # noqa: E731
    eu = site("eurocities")
    files = {"eurocities/news/index.html": _listing(eu[:3], 1, False),
             "eurocities/news/page/2/index.html": _listing(eu[3:], 2, True),
             "kiel/en/press/feed.xml": _feed(site("kiel")),
             "qdgov/sitemap.xml": _sitemap(site("qdgov")),
             "qdgov/zwgk/index.html": "<html><head><meta charset=\"utf-8\"><title>政务公开</title></head><body>"
                                      "<ul><li>政府信息公开指南</li><li>政府信息公开年报</li></ul></body></html>",
             "qdgov/about/index.html": "<html><head><meta charset=\"utf-8\"><title>关于本网</title></head><body>"
                                       "<p>青岛政务网是青岛市人民政府门户网站。</p></body></html>"}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
