"""Write the eighty-eighth test web (tests/eightyeighthweb.py) from articles.py: sites/, gold.json, the portal's
listing, the English edition's sitemap and the newsroom's RSS feed.

Three sites: `yzgov` (中国扬州, the city's Chinese portal in GBK: a "您当前的位置：首页 > 新闻中心 > 扬州要闻" trail, a
"发布时间：… 来源：… 字体：[大 中 小]" line, 【打印本页】【关闭窗口】, a "相关阅读" rail of trap headlines, a 主办/承办
footer with its ICP number), `yzen` (Yangzhou, China, the city's English edition found through its sitemap: a
"Home > News > Local News" trail, an "Updated: … | Source: …" line, "Print | Close", a "Related stories" rail of trap
headlines, a copyright footer) and `lahti` (the City of Lahti's newsroom read through its RSS feed: a "Lahti.fi >
News" trail, "Published 20.5.2025", a share row, "Further information", a "Read also" rail of trap headlines, the
city's postal address). The gold was written from the texts before the extractor was run on them; run
`python tests/data/eightyeighthweb/build.py`.
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
    "yzgov": ["我市与韩国一城市签署友好交流合作备忘录", "我市承诺2028年前实现碳达峰 2050年实现碳中和"],
    "yzen": ["Yangzhou and Dutch port city sign clean energy MOU",
             "Yangzhou pledges to cut carbon intensity 25% by 2028 from 2020 levels"],
    "lahti": ["Lahti and Swedish city sign hydrogen cooperation agreement",
              "Lahti commits to carbon neutrality by 2027"],
}
CHROME = {
    "yzgov": ["您当前的位置", "字体：", "打印本页", "关闭窗口", "相关阅读", "主办：扬州市人民政府办公室"],
    "yzen": ["Updated:", "Print | Close", "Related stories", "Copyright © The People's Government of Yangzhou"],
    "lahti": ["Share: Facebook", "Further information", "Read also", "P.O. Box 126"],
}


def yzgov(a) -> str:
    body = "\n".join(f"<p>　　{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{a['title']}_扬州要闻_中国扬州</title>
<meta name="ArticleTitle" content="{html.escape(a['title'])}"><meta name="PubDate" content="{a['date']} 09:12">
<meta name="ContentSource" content="{a['source']}"></head>
<body><div class="head"><a href="/">中国扬州</a> <a href="/zgyz/yzyw/">新闻中心</a> <a href="/zfxxgk/">政府信息公开</a> <a href="/zmhd/">政民互动</a> <a href="/en/">English</a> <span>无障碍 | 长者模式</span></div>
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/zgyz/">新闻中心</a> &gt; <a href="/zgyz/yzyw/">扬州要闻</a></div>
<div class="detail"><h1 class="title">{a['title']}</h1>
<div class="info">发布时间：{a['date']} 09:12 来源：{a['source']} 字体：[<a>大</a> <a>中</a> <a>小</a>]</div>
<div class="TRS_Editor">
{body}
</div>
<div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】 <span>扫一扫在手机打开当前页</span></div></div>
<div class="relate"><h3>相关阅读</h3><ul>{traps(TRAPS['yzgov'], 'shtml')}</ul></div>
<div class="foot">主办：扬州市人民政府办公室 承办：扬州市大数据管理局 苏ICP备05009381号 网站标识码：3210000003</div></body></html>"""


def yzen(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Yangzhou, China</title>
<meta name="publishdate" content="{a['date']}"></head>
<body><div class="top">Yangzhou, China | <a href="/">中文</a></div>
<nav><a href="/en/">Home</a> <a href="/en/news/">News</a> <a href="/en/business/">Business</a> <a href="/en/travel/">Travel</a> <a href="/en/living/">Living</a></nav>
<div class="crumb"><a href="/en/">Home</a> &gt; <a href="/en/news/">News</a> &gt; Local News</div>
<div class="article"><h1>{html.escape(a['title'])}</h1>
<div class="info">Updated: {a['date']} | Source: {a['source']}</div>
<div class="content">
{paras(a)}
</div>
<div class="tools">Print | Close</div></div>
<div class="related"><h3>Related stories</h3><ul>{traps(TRAPS['yzen'], 'html')}</ul></div>
<footer>Copyright © The People's Government of Yangzhou Municipality. All rights reserved.</footer></body></html>"""


def lahti(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Lahti</title>
<meta property="og:title" content="{html.escape(a['title'])}">
<meta property="article:published_time" content="{a['date']}T11:30:00+03:00"></head>
<body><header><a href="/en/">Lahti</a> <nav><a href="/en/services/">Services</a> <a href="/en/city/">The City</a> <a href="/en/news/">News</a> <a href="/">Suomeksi</a></nav></header>
<div class="breadcrumbs"><a href="/en/">Lahti.fi</a> &gt; <a href="/en/news/">News</a></div>
<main><article class="news"><h1>{html.escape(a['title'])}</h1>
<p class="published">Published <time datetime="{a['date']}T11:30:00+03:00">{d.day}.{d.month}.{d.year} 11.30</time></p>
<div class="news-body">
{paras(a)}
<p class="contact">Further information: {html.escape(a['contact'])}, firstname.lastname@lahti.example</p>
</div>
<div class="share">Share: Facebook | X | LinkedIn | Email</div></article>
<aside class="read-also"><h2>Read also</h2><ul>{traps(TRAPS['lahti'], 'html')}</ul></aside></main>
<footer>City of Lahti, P.O. Box 126, 15141 Lahti, Finland | Switchboard +358 3 814 11</footer></body></html>"""


PAGES = {"yzgov": yzgov, "yzen": yzen, "lahti": lahti}


def _yzgov_listing(items) -> str:
    links = "".join(f'<li><a href="{a["path"]}" target="_blank" title="{html.escape(a["title"])}">{a["title"]}</a>'
                    f'<span class="date">{a["date"]}</span></li>' for a in items)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>扬州要闻_中国扬州</title></head>
<body><div class="location">您当前的位置：首页 &gt; 新闻中心 &gt; 扬州要闻</div><div class="list-box"><ul>{links}</ul></div>
<div class="page">共{len(items)}条 第1页</div></body></html>"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def _feed(items) -> str:
    out = []
    for a in items:
        pub = date.fromisoformat(a["date"]).strftime("%a, %d %b %Y") + " 11:30:00 +0300"
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<guid>{{{{base}}}}{a['path']}</guid><pubDate>{pub}</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:140])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lahti - News</title><link>{{{{base}}}}/en/news/</link>
<description>News from the City of Lahti</description>{''.join(out)}</channel></rss>
"""


def build() -> None:
    from gold import gold

    site = lambda s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True)  # noqa: E731
    files = {"yzgov/zgyz/yzyw/index.shtml": _yzgov_listing(site("yzgov")),
             "yzen/sitemap.xml": _sitemap(site("yzen")),
             "lahti/en/news/feed/index.xml": _feed(site("lahti"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"yzgov": "gbk"})


if __name__ == "__main__":
    build()
