"""Write the ninety-fifth test web (tests/ninetyfifthweb.py) from articles.py: sites/, gold.json, the 外事 portal's
listing, the newsroom's sitemap and the news site's RSS feed.

Three sites, each with its own template, chrome and trap headlines:
* `jsfao` - 江苏省人民政府外事办公室: "您当前的位置：首页 > 外事动态", "信息来源：... 发布时间：... 字号：大 中 小",
  "【打印】【关闭】", a 热点链接 rail of trap headlines and a 苏ICP备 footer; its listing `div.xxgk_list li a`.
* `cagov` - a US governor's newsroom: "Home > Newsroom", "Press Release | Published: October 24, 2023", a share row
  ("Share this: Facebook Twitter Email"), a "Recent News" rail of trap headlines, "Back to Top" and a footer; found
  only through its sitemap.
* `cnprov` - an English-language Chinese news site: "Home | China | Regional", "Updated: 2023-10-25 09:12 | By ...",
  "Editor: ...", a "Related Stories" rail of trap headlines and a copyright footer; found only through its RSS feed.
The gold was written from the texts before the extractor was run on them; run
`python tests/data/ninetyfifthweb/build.py`.
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
    "jsfao": ["我省与友好州续签新能源合作备忘录", "友城承诺2035年实现碳达峰"],
    "cagov": ["State renews clean air pact with Asian province for five more years",
              "Governor pledges 90% clean electricity by 2035"],
    "cnprov": ["Province and US state extend green partnership to 2030", "City vows to cut carbon 65% by 2030"],
}
CHROME = {
    "jsfao": ["您当前的位置", "热点链接", "字号：", "【打印】", "苏ICP备"],
    "cagov": ["Recent News", "Share this:", "Back to Top", "Conditions of Use"],
    "cnprov": ["Related Stories", "Editor: Liu Yang", "Copyright 1995-", "Follow us"],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def jsfao(a) -> str:
    body = "\n".join(f"<p>　　{E(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{E(a['title'])}_江苏省人民政府外事办公室</title>
<meta name="PubDate" content="{a['date']} 10:20"></head>
<body><div class="head">江苏省人民政府外事办公室 | 江苏省人民政府港澳事务办公室</div>
<div class="nav"><a href="/">首页</a> <a href="/col/col61934/">外事动态</a> <a href="/col/col61935/">友城交流</a>
<a href="/col/col61936/">领事服务</a></div>
<div class="bt-position">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col61934/">外事动态</a></div>
<div class="main-txt"><h2 class="title">{E(a['title'])}</h2>
<div class="sp">信息来源：省外办美大处　发布时间：{a['date']} 10:20　字号：大 中 小</div>
<div id="zoom">
{body}
</div>
<div class="print">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div></div>
<div class="rdlj"><h3>热点链接</h3><ul>{traps(TRAPS['jsfao'], 'html')}</ul></div>
<div class="foot">主办单位：江苏省人民政府外事办公室　苏ICP备05009876号</div></body></html>"""


def cagov(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} | Governor of California</title>
<meta property="article:published_time" content="{a['date']}T12:00:00-07:00"></head>
<body><header><a class="brand" href="/">Office of the Governor</a>
<nav><a href="/newsroom/">Newsroom</a> <a href="/priorities/">Priorities</a> <a href="/contact/">Contact</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/newsroom/">Newsroom</a></div>
<article><h1>{E(a['title'])}</h1>
<p class="meta">Press Release | Published: {MONTHS[d.month - 1]} {d.day}, {d.year}</p>
<div class="entry-content">
{paras(a)}
</div>
<div class="share">Share this: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div></article>
<aside class="recent"><h2>Recent News</h2><ul>{traps(TRAPS['cagov'], 'html')}</ul></aside>
<p class="top"><a href="#">Back to Top</a></p>
<footer>Conditions of Use | Privacy Policy | Copyright © {d.year} State of California</footer></body></html>"""


def cnprov(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} - China Provinces Online</title></head>
<body><div class="topbar">China Provinces Online | Follow us</div>
<div class="crumbs"><a href="/">Home</a> | <a href="/china/">China</a> | <a href="/regional/">Regional</a></div>
<div class="story"><h1>{E(a['title'])}</h1>
<div class="info">Updated: {a['date']} 09:12 | By Zhou Min | China Provinces Online</div>
<div id="Content">
{paras(a)}
</div>
<p class="editor">Editor: Liu Yang</p></div>
<div class="related"><h3>Related Stories</h3><ul>{traps(TRAPS['cnprov'], 'htm')}</ul></div>
<div class="footer">Copyright 1995-{a['date'][:4]} China Provinces Online. All rights reserved.</div></body></html>"""


PAGES = {"jsfao": jsfao, "cagov": cagov, "cnprov": cnprov}


def extra_files() -> dict[str, str]:
    """The 外事 portal's listing, the newsroom's sitemap and the news site's RSS feed."""
    site = lambda s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True)  # noqa
    lis = "".join(f'<li><a href="{a["path"]}" target="_blank" title="{E(a["title"])}">{E(a["title"])}</a>'
                  f'<span class="date">{a["date"]}</span></li>' for a in site("jsfao"))
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>"
                   for a in site("cagov"))
    items = "".join(f"<item><title>{E(a['title'])}</title><link>{{{{base}}}}{E(a['path'])}</link>"
                    f"<pubDate>{date.fromisoformat(a['date']).strftime('%a, %d %b %Y')} 01:12:00 +0000</pubDate>"
                    f"<description>{E(a['paras'][0][:140])}</description></item>" for a in site("cnprov"))
    return {
        "jsfao/col/col61934/index.html": (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>外事动态_江苏省人民'
                                          f'政府外事办公室</title></head><body><div class="xxgk_list"><ul>{lis}</ul>'
                                          f'</div></body></html>'),
        "cagov/sitemap.xml": (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                              f'schemas/sitemap/0.9">{urls}</urlset>\n'),
        "cnprov/rss/regional.xml": (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>China '
                                    f'Provinces Online - Regional</title><link>{{{{base}}}}/regional/</link>'
                                    f'{items}</channel></rss>\n'),
    }


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, extra_files(), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
