"""Write the eighty-first test web (tests/eightyfirstweb.py) from articles.py: sites/, gold.json, listings, feed and
sitemap.

Three sites: `ngzx` (能港在线, a Chinese energy-industry portal in GBK labelled gb2312: "能港网讯：" leads, a
"来源：… 作者：… 关键词：" line, a 特别声明 reposting disclaimer, 【责任编辑：…】, a 热点排行 rail of trap headlines,
a WeChat QR box; its listing paged by "下一页"), `tidegrid` (Tide & Grid, an English trade-press site on ports,
shipping and power, read through its RSS feed: a kicker, a byline with <time>, tags, a share row, a "Most read"
rail of trap headlines, a newsletter box) and `newsroom` (Sembcorp's media releases, found through its sitemap: a
cookie banner, a breadcrumb, a dateline, "About Sembcorp", forward-looking statements and media contacts inside the
release, a "Download PDF" link, a "Related News" rail of trap headlines). The gold was written from the texts before
the extractor was run on them; run `python tests/data/eightyfirstweb/build.py`.
"""
from __future__ import annotations

import html
import json
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import paras, traps, write_web  # noqa: E402

TRAPS = {
    "ngzx": ["两大港口集团签署绿色燃料加注框架协议", "某能源集团承诺2045年实现碳中和 煤电2035年前全部退出"],
    "tidegrid": ["Two ports and a ferry line sign Baltic methanol corridor pact",
                 "Utility vows to cut absolute emissions 60% by 2030 from 2020 base"],
    "newsroom": ["Sembcorp and partner sign 1GW renewable energy import agreement",
                 "Sembcorp commits to net zero by 2045"],
}
CHROME = {
    "ngzx": ["特别声明：", "责任编辑", "热点排行", "扫一扫关注", "投稿与新闻线索"],
    "tidegrid": ["Get the Tide & Grid Daily briefing", "Share: LinkedIn", "Most read", "Subscribe | Sign in"],
    "newsroom": ["This website uses cookies", "Download PDF", "Related News", "Co Registration No."],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ngzx(a) -> str:
    body = "\n".join(f"<p>　　{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{a['title']}-能港在线</title>
<meta name="keywords" content="港口,航运,绿色燃料,碳中和"><meta name="description" content="{html.escape(a['paras'][0][:60])}"></head>
<body><div class="top"><a href="/">能港在线</a> | <a href="/dl/">电力</a> | <a href="/gh/">港航</a> | <a href="/xny/">新能源</a> | <a href="/qn/">氢能</a> <span class="login">登录 注册</span></div>
<div class="crumb"><a href="/">能港在线</a> &gt; <a href="/gjhz/">国际合作</a> &gt; 正文</div>
<div class="cc-article"><h1>{a['title']}</h1>
<div class="cc-headline"><span>{a['date']} 09:31</span> <span>来源：能港在线</span> <span>作者：{a['author']}</span> <span>关键词：绿色燃料 港口 碳中和</span></div>
<div class="cc-body">
{body}
</div>
<div class="disclaimer">特别声明：能港在线转载其他网站内容，出于传递更多信息而非盈利之目的，同时并不代表赞成其观点或证实其描述，内容仅供参考。版权归原作者所有，若有侵权，请联系我们删除。</div>
<div class="editor">【责任编辑：赵宁】</div>
<div class="contact">投稿与新闻线索：电话 010-5861 2200 邮箱 news@ngzx.example</div></div>
<div class="right"><h3>热点排行</h3><ul>{traps(TRAPS['ngzx'], 'shtml')}</ul>
<div class="qr">扫一扫关注能港在线微信公众号</div></div>
<div class="footer">Copyright &copy; 能港在线 京ICP备20231107号</div></body></html>"""


def tidegrid(a) -> str:
    d = date.fromisoformat(a["date"])
    url = "{{base}}" + a["path"]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Tide &amp; Grid</title>
<link rel="canonical" href="{url}"><meta property="og:title" content="{html.escape(a['title'])}">
<meta property="article:published_time" content="{a['date']}T07:45:00+00:00"></head>
<body><div class="topbar">Subscribe | Sign in | Tide &amp; Grid &#8212; news for ports, shipping and power</div>
<nav class="main-nav"><a href="/ports/">Ports</a> <a href="/shipping/">Shipping</a> <a href="/power/">Power</a> <a href="/podcast/">Podcast</a></nav>
<article class="post"><div class="kicker">{a['kicker']}</div><h1 class="post-title">{html.escape(a['title'])}</h1>
<p class="byline">By <a href="/author/">{a['author']}</a> &middot; <time datetime="{a['date']}T07:45:00Z">{MONTHS[d.month - 1]} {d.day}, {d.year}</time></p>
<div class="post-content">
{paras(a)}
</div>
<div class="post-tags">Tags: <a>decarbonisation</a> <a>{a['kicker'].lower()}</a></div>
<div class="share">Share: LinkedIn &middot; X &middot; Email</div></article>
<aside class="sidebar"><h3>Most read</h3><ol>{traps(TRAPS['tidegrid'], 'html')}</ol>
<div class="newsletter">Get the Tide &amp; Grid Daily briefing in your inbox every weekday morning. <a>Sign up</a></div></aside>
<footer>&copy; {d.year} Tide &amp; Grid Media Ltd. All rights reserved. <a>Privacy</a> <a>Advertise</a></footer></body></html>"""


def newsroom(a) -> str:
    d = date.fromisoformat(a["date"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": f"{a['date']}T08:00:00+08:00", "publisher": {"@type": "Organization", "name": "Sembcorp"}}
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Sembcorp Industries</title>
<meta name="description" content="{html.escape(a['paras'][0][:150])}">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><div class="cookie-banner">This website uses cookies to ensure you get the best experience. <button>Accept</button></div>
<header class="site-header"><a href="/en/">Sembcorp</a> <nav><a href="/en/about-us/">About Us</a> <a href="/en/businesses/">Businesses</a> <a href="/en/sustainability/">Sustainability</a> <a href="/en/investor-relations/">Investor Relations</a> <a href="/en/media/">Media</a></nav></header>
<div class="breadcrumb"><a href="/en/">Home</a> &gt; <a href="/en/media/">Media</a> &gt; Media Releases</div>
<main class="release"><p class="release-date">{d.day} {MONTHS[d.month - 1][:3]} {d.year}</p><h1>{html.escape(a['title'])}</h1>
<div class="release-body">
{paras(a)}
<h3>About Sembcorp Industries</h3>
<p>{html.escape(a['about'])}</p>
<h3>Forward-looking statements</h3>
<p>{html.escape(a['forward'])}</p>
<p class="contacts">{html.escape(a['contacts'])}</p>
</div>
<p class="download"><a href="/media/releases/{d.year}{d.month:02d}{d.day:02d}.pdf">Download PDF (245KB)</a></p></main>
<aside class="related"><h3>Related News</h3><ul>{traps(TRAPS['newsroom'], 'html')}</ul></aside>
<footer>&copy; Sembcorp Industries Ltd. Co Registration No. 199802418D | <a>Terms of Use</a> | <a>Privacy Statement</a></footer></body></html>"""


PAGES = {"ngzx": ngzx, "tidegrid": tidegrid, "newsroom": newsroom}


def _ngzx_listing(items, page: int, last: bool) -> str:
    links = "".join(f'<li><a href="{a["path"]}" target="_blank">{a["title"]}</a><span>{a["date"]}</span></li>'
                    for a in items)
    nxt = "" if last else f'<a class="next" href="index_{page + 1}.html">下一页</a>'
    prev = '<a class="prev" href="index.html">上一页</a>' if page > 1 else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>国际合作-能港在线</title></head>
<body><div class="crumb">能港在线 &gt; 国际合作</div><ul class="list-a">{links}</ul>
<div class="pagebar">{prev} <span>第{page}页</span> {nxt}</div></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        pub = d.strftime("%a, %d %b %Y") + " 07:45:00 +0000"
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f'<guid isPermaLink="true">{{{{base}}}}{a["path"]}</guid><pubDate>{pub}</pubDate>'
                   f"<dc:creator>{a['author']}</dc:creator><category>{a['kicker']}</category>"
                   f"<description>{html.escape(a['paras'][0][:120])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Tide &amp; Grid</title>
<link>{{{{base}}}}/</link><description>News for ports, shipping and power</description>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    ng = sorted(site("ngzx"), key=lambda a: a["date"], reverse=True)
    files = {"ngzx/gjhz/index.html": _ngzx_listing(ng[:3], 1, False),
             "ngzx/gjhz/index_2.html": _ngzx_listing(ng[3:], 2, True),
             "tidegrid/rss/news.xml": _feed(site("tidegrid")),
             "newsroom/sitemap.xml": _sitemap(site("newsroom"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"ngzx": "gbk"})


if __name__ == "__main__":
    build()
