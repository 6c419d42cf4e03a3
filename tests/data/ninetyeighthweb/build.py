"""Write the ninety-eighth test web (tests/ninetyeighthweb.py) from articles.py: sites/, gold.json, listings, feed and
sitemap.

Three sites: `zqnw` (中企能源网, a central-SOE energy news portal in GBK sent as charset=gb2312 and found through its
sitemap: a table layout, a 当前位置 trail, a "发布时间：... 来源：... 作者：..." line, 【字号：大 中 小】, 【责任编辑：...】,
上一篇/下一篇, 相关新闻 and 热点排行 rails of trap headlines, a 京ICP footer), `minenergy` (the English newsroom of
Azerbaijan's Ministry of Energy, its listing paged by "Next »": a flag strip, a "News" label with the date as
"23 April 2025, 16:40", a "Print" link, "Other news" traps, the ministry's address footer) and `orientwire` (an
English wire read through its RSS feed: a markets strip, a dateline, "By ... | 3 min read", "Most read" traps, a
newsletter box, "Trust Principles"). The gold was written from the texts before the extractor was run on them; run
`python tests/data/ninetyeighthweb/build.py`.
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
    "zqnw": ["两大发电集团与中东主权基金签署新能源投资框架协议", "某光伏龙头承诺2030年前实现全产业链碳中和"],
    "minenergy": ["Ministry signs green energy corridor memorandum with neighbouring states",
                  "Azerbaijan pledges 50 percent cut in flaring by 2030"],
    "orientwire": ["Gulf wealth fund, Chinese utility sign 3 GW solar deal",
                   "Asian turbine maker vows net zero across supply chain by 2035"],
}
CHROME = {
    "zqnw": ["相关新闻", "热点排行", "【责任编辑：", "【字号：", "京ICP备"],
    "minenergy": ["Other news", "Print", "Ministry of Energy of the Republic of Azerbaijan, 88 Hasan bey Zardabi"],
    "orientwire": ["Most read", "Sign up for the Energy Transition briefing", "OrientWire Trust Principles",
                   "3 min read"],
}


def zqnw(a) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{a['title']}-中企能源网</title>
<meta name="publishdate" content="{a['date']}"></head>
<body><table width="1000" align="center"><tr><td class="logo">中企能源网 www.zqnw.example</td>
<td class="nav"><a href="/">首页</a> | <a href="/gjhz/">国际合作</a> | <a href="/qyxw/">企业新闻</a></td></tr></table>
<table width="1000" align="center"><tr><td width="680" valign="top">
<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/gjhz/">国际合作</a> &gt; 正文</div>
<h1 class="biaoti">{a['title']}</h1>
<div class="xinxi">发布时间：{a['date']} 08:32　来源：中企能源网　作者：本网记者　【字号：大 中 小】</div>
<div class="zhengwen">
{paras(a)}
</div>
<div class="bianji">【责任编辑：孙立新】</div>
<div class="fanye">上一篇：<a href="/x/a.html">能源企业加快数字化转型</a> 下一篇：<a href="/x/b.html">电力市场建设稳步推进</a></div>
<div class="xiangguan"><h3>相关新闻</h3><ul>{traps(TRAPS['zqnw'][:1], 'html')}</ul></div>
</td><td width="300" valign="top"><div class="paihang"><h3>热点排行</h3><ul>{traps(TRAPS['zqnw'], 'html')}</ul></div>
</td></tr></table>
<div class="foot">中企能源网 版权所有 京ICP备12034567号</div></body></html>"""


def minenergy(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Ministry of Energy</title></head>
<body><div class="topbar">Republic of Azerbaijan | <a href="/az/">AZ</a> <a href="/en/">EN</a> <a href="/ru/">RU</a></div>
<header><a href="/en/">Ministry of Energy of the Republic of Azerbaijan</a>
<nav><a href="/en/about/">About</a> <a href="/en/news/">News</a> <a href="/en/legislation/">Legislation</a></nav></header>
<section class="news-detail"><span class="label">News</span>
<h2 class="news-title">{html.escape(a['title'])}</h2>
<div class="news-date">{d.day} {d.strftime('%B %Y')}, 16:40</div>
<div class="news-text">
{paras(a)}
</div><a class="print" href="#">Print</a></section>
<aside class="other-news"><h3>Other news</h3><ul>{traps(TRAPS['minenergy'], 'html')}</ul></aside>
<footer>Ministry of Energy of the Republic of Azerbaijan, 88 Hasan bey Zardabi street, Baku AZ1012 |
Tel: (+994 12) 598 16 06</footer></body></html>"""


def orientwire(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | OrientWire</title>
<meta property="article:published_time" content="{a['date']}T09:12:00Z"></head>
<body><div class="ticker">Brent 74.31 -0.4% | Gold 2,651 +0.2% | CNY 7.12</div>
<header class="masthead">OrientWire <nav><a href="/world/">World</a> <a href="/business/">Business</a>
<a href="/energy/">Energy</a></nav></header>
<article><h1>{html.escape(a['title'])}</h1>
<div class="byline">By OrientWire staff | <time datetime="{a['date']}T09:12:00Z">{a['date']}</time> | 3 min read</div>
<div class="article-body">
{paras(a)}
</div></article>
<section class="most-read"><h3>Most read</h3><ol>{traps(TRAPS['orientwire'], 'html')}</ol></section>
<div class="newsletter">Sign up for the Energy Transition briefing, every weekday.</div>
<footer>All quotes delayed a minimum of 15 minutes. <a href="/trust">OrientWire Trust Principles</a></footer>
</body></html>"""


PAGES = {"zqnw": zqnw, "minenergy": minenergy, "orientwire": orientwire}


def _mn_listing(items, page: int, last: bool) -> str:
    links = "".join(f'<div class="news-item"><a class="news-link" href="{a["path"]}">{html.escape(a["title"])}</a>'
                    f'<span class="date">{a["date"]}</span></div>' for a in items)
    nxt = "" if last else f'<a class="next" href="/en/news/?page={page + 1}">Next &raquo;</a>'
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>News | Ministry of Energy</title></head>
<body><div class="news-list">{links}</div><div class="pagination">{nxt}</div></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 09:12:00 GMT</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:140])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>OrientWire - Energy</title><link>{{{{base}}}}/energy/</link>
<description>Energy news from OrientWire</description>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>2025-05-01</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    mn = site("minenergy")
    files = {"minenergy/en/news/index.html": _mn_listing(mn[:2], 1, False),
             "minenergy/en/news__page-2.html": _mn_listing(mn[2:], 2, True),
             "orientwire/rss/energy.xml": _feed(site("orientwire")),
             "zqnw/sitemap.xml": _sitemap(site("zqnw"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"zqnw": "gbk"})


if __name__ == "__main__":
    build()
