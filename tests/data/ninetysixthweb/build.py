"""Write the ninety-sixth test web (tests/ninetysixthweb.py) from articles.py: sites/, gold.json, the sitemap index and
its sitemaps, the paged listing and the feed.

Three sites: `afwire` (an English aviation and shipping fuels trade-news site found through its sitemap index: a
"Fuels > Aviation" kicker, a "By ... | <date>" byline, a "Share:" row, a newsletter box, "Most read" traps, a copyright
footer), `mhnyw` (a Chinese civil-aviation / energy portal, GBK bytes labelled charset=gb2312: a "您现在的位置：首页 >
绿色民航" trail, a "发布时间/来源/作者" line, "责任编辑：", 【收藏】【打印】, 热点推荐 traps, 京ICP备 footer; its listing paged by
下一页) and `tjport` (a port group's bilingual newsroom read through its RSS feed: English releases with "Source: ...
| Date: ..." and Chinese ones with "来源：... 日期：...", "Related news / 相关新闻" traps, an address footer). The gold was
written from the texts before the extractor was run on them; run `python tests/data/ninetysixthweb/build.py`.
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
    "afwire": ["Three Asian carriers sign SAF offtake pact with Singapore refiner",
               "Port alliance pledges net-zero bunkering by 2040"],
    "mhnyw": ["多家航司与燃料企业签署可持续航空燃料采购协议", "某机场集团承诺2030年实现碳中和"],
    "tjport": ["Port group signs ammonia bunkering pact with European shipping line",
               "集团与欧洲港口签署绿色航运走廊合作备忘录"],
}
CHROME = {
    "afwire": ["Most read", "Sign up to our free newsletter", "Share:", "AeroMarine Fuels Wire Ltd"],
    "mhnyw": ["热点推荐", "责任编辑：", "【收藏】", "京ICP备"],
    "tjport": ["Related news", "相关新闻", "Source: Tianjin Port Group", "Xingang Second Road"],
}


def afwire(a) -> str:
    d = date.fromisoformat(a["date"])
    t = html.escape(a["title"])
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{t} | AeroMarine Fuels Wire</title>
<meta property="og:title" content="{t}"><meta property="article:published_time" content="{a['date']}T07:30:00+00:00">
</head><body><header class="masthead"><a href="/">AeroMarine Fuels Wire</a> <nav><a href="/aviation/">Aviation</a>
<a href="/shipping/">Shipping</a> <a href="/policy/">Policy</a> <a href="/events/">Events</a></nav></header>
<main><article><p class="kicker">Fuels &gt; Aviation &amp; Shipping</p>
<h1 class="headline">{t}</h1>
<p class="byline">By Karen Holt | {d.day} {d.strftime('%B %Y')}</p>
<div class="entry-content">
{paras(a)}
</div>
<div class="share">Share: LinkedIn | X | Email</div>
<div class="newsletter">Sign up to our free newsletter for the week's fuel deals.</div></article>
<aside class="most-read"><h3>Most read</h3><ol>{traps(TRAPS['afwire'], 'html')}</ol></aside></main>
<footer>&copy; 2026 AeroMarine Fuels Wire Ltd. All rights reserved. | Privacy | Advertise</footer></body></html>"""


def mhnyw(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{a['title']}--民航能源网</title></head>
<body><div class="topbar">民航能源网 | 设为首页 | 加入收藏</div>
<div class="menu"><a href="/">首页</a> <a href="/lsmh/">绿色民航</a> <a href="/hyzx/">航油资讯</a> <a href="/gkny/">港口能源</a></div>
<div class="weizhi">您现在的位置：首页 &gt; 绿色民航 &gt; 正文</div>
<div class="wz_box"><h2 class="wz_title">{a['title']}</h2>
<div class="wz_info">发布时间：{d.year}-{d.month:02d}-{d.day:02d} 08:41  来源：民航能源网  作者：刘畅</div>
<div class="wz_con">
{paras(a)}
</div>
<div class="bianji">责任编辑：王蕾</div><div class="tools">【收藏】【打印】</div></div>
<div class="rdtj"><h3>热点推荐</h3><ul>{traps(TRAPS['mhnyw'], 'html')}</ul></div>
<div class="foot">民航能源网 版权所有 京ICP备12034567号</div></body></html>"""


def tjport(a) -> str:
    d = date.fromisoformat(a["date"])
    t = html.escape(a["title"])
    if a["lang"] == "en":
        head = (f'<div class="crumb">Home &gt; News Center &gt; Group News</div><h1>{t}</h1>'
                f'<div class="info">Source: Tianjin Port Group | Date: {a["date"]}</div>')
        rel, lang, foot = "Related news", "en", "Tianjin Port (Group) Co., Ltd. | 35 Xingang Second Road, Binhai New Area"
    else:
        head = (f'<div class="crumb">首页 &gt; 新闻中心 &gt; 集团要闻</div><h1>{t}</h1>'
                f'<div class="info">来源：天津港集团 日期：{d.year}年{d.month}月{d.day}日</div>')
        rel, lang, foot = "相关新闻", "zh-CN", "天津港（集团）有限公司 地址：天津市滨海新区新港二号路35号 Xingang Second Road"
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{t}</title></head>
<body><div class="header">Tianjin Port Group 天津港集团 | <a href="/en/">English</a> | <a href="/cn/">中文</a></div>
{head}
<div class="content">
{paras(a)}
</div>
<div class="related"><h3>{rel}</h3><ul>{traps(TRAPS['tjport'], 'html')}</ul></div>
<div class="footer">{foot}</div></body></html>"""


PAGES = {"afwire": afwire, "mhnyw": mhnyw, "tjport": tjport}


def _urlset(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}T08:00:00+00:00</lastmod></url>"
                   for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def _sitemap_index(names) -> str:
    maps = "".join(f"<sitemap><loc>{{{{base}}}}/{n}</loc></sitemap>" for n in names)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>
"""


def _mh_listing(items, page: int, last: bool) -> str:
    links = "".join(f'<li><span class="date">{a["date"]}</span><a href="{a["path"]}" target="_blank">{a["title"]}</a>'
                    f'</li>' for a in items)
    prev = "" if page == 1 else '<a href="/lsmh/index.html">上一页</a>'
    nxt = "" if last else f'<a class="next" href="/lsmh/index_{page + 1}.html">下一页</a>'
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>绿色民航--民航能源网</title>
</head><body><div class="list_box"><ul>{links}</ul></div>
<div class="fenye">{prev} 第{page}页 {nxt}</div></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 09:00:00 +0800</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:100])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tianjin Port Group - News Center</title><link>{{{{base}}}}/en/news/</link>
<description>News of Tianjin Port Group</description>{''.join(out)}</channel></rss>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    aw, mh = site("afwire"), site("mhnyw")
    files = {"afwire/sitemap_index.xml": _sitemap_index(["news-sitemap-1.xml", "news-sitemap-2.xml"]),
             "afwire/news-sitemap-1.xml": _urlset(aw[:2]),
             "afwire/news-sitemap-2.xml": _urlset(aw[2:]),
             "mhnyw/lsmh/index.html": _mh_listing(mh[:3], 1, False),
             "mhnyw/lsmh/index_2.html": _mh_listing(mh[3:], 2, True),
             "tjport/rss/news.xml": _feed(site("tjport"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"mhnyw": "gb2312"})


if __name__ == "__main__":
    build()
