"""Write the hundred-fourth test web (tests/hundredfourthweb.py) from articles.py: sites/, gold.json, the newsroom's
sitemap, the forestry bureau's two listing pages and the news agency's RSS feed.

Three sites: `wetlands` (Wetlands International's English newsroom, found through its sitemap: a "Home / News /
<region>" trail, "Published <date> · By …", "Share this story", a "Related news" rail of trap headlines, a "Sign up
for our newsletter" box and a foundation footer), `gdly` (广东省林业局's portal in the TRS style, UTF-8: a "当前位置：首页 >
信息公开 > 工作动态" trail, a "发布时间：… 来源：… 【字体：大 中 小】" line, a TRS_Editor body, "【打印本页】【关闭窗口】",
a "相关链接" rail of trap headlines, a "主办：广东省林业局 … 粤ICP备" footer and a listing of two pages linked by "下一页")
and `pia` (a Philippine government English news site read through its RSS feed: "By … | <date>", a "PIA <region>"
label, wire datelines "(PIA) --", "Tags:", a "Latest news" rail of trap headlines and a public-domain footer). The gold
was written from the texts before the extractor was run on them; run `python tests/data/hundredfourthweb/build.py`.
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
    "wetlands": ["Five coastal nations sign pact to restore a million hectares of mangroves",
                 "River basin authority commits to 50 percent emissions cut by 2035"],
    "gdly": ["两省区签署红树林保护合作协议 共建蓝碳示范区", "某市承诺2030年前实现碳中和 森林覆盖率达到60%"],
    "pia": ["DENR, provinces sign pact to plant one million trees by 2028",
            "City vows net-zero government operations by 2040"],
}
CHROME = {
    "wetlands": ["Share this story", "Related news", "Sign up for our newsletter",
                 "Stichting Wetlands International"],
    "gdly": ["相关链接", "打印本页", "关闭窗口", "粤ICP备", "当前位置"],
    "pia": ["Latest news", "Tags:", "public domain", "Philippine Information Agency. All rights"],
}


def wetlands(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Wetlands International</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['date']}T10:00:00+02:00"></head>
<body><header class="site-header"><a href="/">Wetlands International</a>
<nav><a href="/our-work/">Our work</a> <a href="/news/">News</a> <a href="/publications/">Publications</a> <a href="/donate/">Donate</a></nav></header>
<div class="breadcrumb">Home / News / {a['region']}</div>
<main><article class="node--type-news"><h1 class="page-title">{html.escape(a['title'])}</h1>
<div class="meta">Published {d.day} {d.strftime('%B')} {d.year} &middot; By {a['author']}</div>
<div class="field--name-body">
{paras(a)}
</div>
<div class="share">Share this story: LinkedIn | Facebook | Email</div></article>
<aside class="related"><h2>Related news</h2><ul>{traps(TRAPS['wetlands'], 'html')}</ul></aside>
<aside class="newsletter">Sign up for our newsletter and get wetland stories in your inbox.</aside></main>
<footer>&copy; {d.year} Stichting Wetlands International. Registered in the Netherlands. Privacy | Cookies</footer></body></html>"""


def gdly(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{a['title']}_广东省林业局</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 10:32">
<meta name="ContentSource" content="{a['source']}"></head>
<body><div class="top">广东省林业局 | 无障碍 | 长者模式</div>
<div class="nav"><a href="/">首页</a> <a href="/xxgk/">信息公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/lyzt/">林业专题</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/gzdt/">工作动态</a></div>
<div class="article"><h1>{a['title']}</h1>
<div class="info">发布时间：{d.year}-{d.month:02d}-{d.day:02d} 10:32　来源：{a['source']}　【字体：大 中 小】</div>
<div class="TRS_Editor">
{paras(a)}
</div>
<div class="tools">【打印本页】【关闭窗口】</div></div>
<div class="xglj"><h3>相关链接</h3><ul>{traps(TRAPS['gdly'], 'html')}</ul></div>
<div class="footer">主办：广东省林业局　地址：广州市天河区广州大道北1921号　粤ICP备05070829号　网站标识码：4400000087</div></body></html>"""


def pia(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Philippine Information Agency</title>
<meta name="description" content="{html.escape(a['paras'][0][:150])}"></head>
<body><div class="gov-bar">Republic of the Philippines | GOVPH</div>
<header><a href="/">Philippine Information Agency</a> <nav><a href="/news">News</a> <a href="/regions">Regions</a> <a href="/features">Features</a> <a href="/videos">Videos</a></nav></header>
<main><article><span class="label">PIA {a['region']}</span><h1>{html.escape(a['title'])}</h1>
<div class="byline">By {a['author']} | {d.strftime('%B')} {d.day}, {d.year}</div>
<div class="article-content">
{paras(a)}
</div>
<div class="tags">Tags: climate, environment, {a['region']}</div></article>
<aside class="latest"><h3>Latest news</h3><ul>{traps(TRAPS['pia'], 'html')}</ul></aside></main>
<footer>All content is in the public domain unless otherwise stated. &copy; Philippine Information Agency. All rights reserved.</footer></body></html>"""


PAGES = {"wetlands": wetlands, "gdly": gdly, "pia": pia}


def _gdly_listing(items, page: int, pages: int) -> str:
    links = "".join(f'<li><a href="{a["path"]}" title="{a["title"]}">{a["title"]}</a><span>{a["date"]}</span></li>'
                    for a in items)
    name = lambda n: "index.html" if n == 0 else f"index_{n}.html"  # noqa: E731 - TRS numbering: index, index_1, ...
    prev = f'<a class="prev" href="/xxgk/gzdt/{name(page - 1)}">上一页</a>' if page > 0 else ""
    nxt = f'<a class="next" href="/xxgk/gzdt/{name(page + 1)}">下一页</a>' if page < pages - 1 else ""
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>工作动态_广东省林业局</title></head>
<body><div class="position">当前位置：首页 &gt; 信息公开 &gt; 工作动态</div><ul class="list">{links}</ul>
<div class="page">{prev} 第{page + 1}页/共{pages}页 {nxt}</div></body></html>"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{html.escape(a['path'])}</loc><lastmod>{a['date']}</lastmod></url>"
                   for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def _feed(items) -> str:
    out = []
    for a in items:
        pub = date.fromisoformat(a["date"]).strftime("%a, %d %b %Y") + " 14:05:00 +0800"
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<guid isPermaLink=\"true\">{{{{base}}}}{a['path']}</guid><pubDate>{pub}</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:120])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Philippine Information Agency - News</title><link>{{{{base}}}}/news</link>
<description>News from the Philippine Information Agency</description>{''.join(out)}</channel></rss>
"""


def build() -> None:
    from gold import gold

    site = lambda s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True)  # noqa: E731
    gd = site("gdly")
    files = {"wetlands/sitemap.xml": _sitemap(site("wetlands")),
             "gdly/xxgk/gzdt/index.html": _gdly_listing(gd[:3], 0, 2),
             "gdly/xxgk/gzdt/index_1.html": _gdly_listing(gd[3:], 1, 2),
             "pia/feed/news.xml": _feed(site("pia"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
