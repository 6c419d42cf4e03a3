"""Write the hundred-and-fifth test web (tests/hundredfifthweb.py) from articles.py: sites/, gold.json, the
foreign-affairs portal's sitemap, the sister-state site's paged listing and the news site's RSS feed (in GBK, as its
pages).

Three sites: `fjfao` (福建省人民政府外事办公室, a foreign-affairs portal found through its sitemap: "当前位置：首页 >
政务公开 > 工作动态", "发布时间：… 来源：…", 【字号：大 中 小】, 【打印本页】【关闭窗口】, a "热点信息" rail of trap
headlines, a 主办单位 footer), `tasgp` (Tasmania Global Partnerships, an English sister-state site: "Home > Sister
states > …", "Published … | …", timelines as `<ul class="timeline">` of dated entries, "Share this page", a "Related
news" rail of trap headlines, an Acknowledgement of Country footer; its listing paged by "Older posts") and `rcnews`
(榕城新闻网, a news site in GBK read through its RSS feed in GBK: "榕城新闻网 > 福州新闻 > 对外交流", "来源：榕城新闻网
作者：…", "【责任编辑：…】", a "热门推荐" rail of trap headlines, a 版权所有 footer). The gold was written from the
texts before the extractor was run on them; run `python tests/data/hundredfifthweb/build.py`.
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
    "fjfao": ["我省与大洋洲友好省州签署海洋经济合作备忘录", "某友好州承诺2030年实现100%可再生能源供电"],
    "tasgp": ["Tasmanian port and Chinese shipping line sign green corridor pact",
              "Island council pledges net zero emissions by 2035"],
    "rcnews": ["福州企业与澳洲公司签署绿氢合作协议", "沿海城市联盟承诺2028年前实现碳达峰"],
}
CHROME = {
    "fjfao": ["当前位置：", "字号：", "打印本页", "关闭窗口", "热点信息", "主办单位：福建省人民政府外事办公室"],
    "tasgp": ["Share this page", "Related news", "acknowledges the Tasmanian Aboriginal people"],
    "rcnews": ["责任编辑：", "热门推荐", "版权所有 榕城新闻网"],
}
PER_PAGE = 2  # the sister-state site's listing: 2 posts a page, "Older posts" to the next


def fjfao(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_福建省人民政府外事办公室</title>
<meta name="ArticleTitle" content="{html.escape(a['title'])}"><meta name="PubDate" content="{a['date']} 10:30">
<meta name="ContentSource" content="{a['source']}"></head>
<body><div class="head">福建省人民政府外事办公室 | <a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/yhsz/">友好省州</a> <a href="/lsfw/">领事服务</a> <a href="/hdjl/">互动交流</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/xxgk/gzdt/">工作动态</a></div>
<div class="detail"><h1>{a['title']}</h1>
<div class="detail-info">发布时间：{a['date']} 10:30 来源：{a['source']} 【字号：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor">
{paras(a)}
</div>
<div class="detail-tool">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div>
<div class="rdxx"><h3>热点信息</h3><ul>{traps(TRAPS['fjfao'], 'htm')}</ul></div>
<div class="footer">主办单位：福建省人民政府外事办公室 闽ICP备05021487号 网站标识码：3500000031</div></body></html>"""


def _timeline(a) -> str:
    items = "".join(f'<li><span class="when">{html.escape(w)}</span> &ndash; {html.escape(t)}</li>'
                    for w, t in a.get("entries", []))
    return f'<ul class="timeline">{items}</ul>' if items else ""


def tasgp(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Tasmania Global Partnerships</title>
<meta property="article:published_time" content="{a['date']}T09:00:00+10:00"></head>
<body><header><a class="brand" href="/">Tasmania Global Partnerships</a>
<nav><a href="/sister-states/">Sister states</a> <a href="/news/">News</a> <a href="/trade/">Trade and investment</a> <a href="/contact/">Contact</a></nav></header>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/news/">News</a></div>
<main><article><h1>{html.escape(a['title'])}</h1>
<p class="meta">Published {d.day} {d.strftime('%B')} {d.year} | {html.escape(a['source'])}</p>
<div class="entry-content">
{paras(a)}
{_timeline(a)}
</div>
<div class="share">Share this page: Facebook | LinkedIn | Email</div></article>
<aside class="related"><h2>Related news</h2><ul>{traps(TRAPS['tasgp'], 'html')}</ul></aside></main>
<footer><p>The Tasmanian Government acknowledges the Tasmanian Aboriginal people as the traditional owners of the land.</p>
<p>Copyright State of Tasmania</p></footer></body></html>"""


def rcnews(a) -> str:
    d = date.fromisoformat(a["date"])
    body = "\n".join(f"<p>　　{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{a['title']}_榕城新闻网</title></head>
<body><div class="top"><a href="/">榕城新闻网</a> <a href="/fz/">福州新闻</a> <a href="/dwjl/">对外交流</a> <a href="/cj/">财经</a></div>
<div class="path"><a href="/">榕城新闻网</a> &gt; <a href="/fz/">福州新闻</a> &gt; <a href="/dwjl/">对外交流</a></div>
<div class="cont"><h1>{a['title']}</h1>
<div class="laiyuan">{d.year}-{d.month:02d}-{d.day:02d} 08:20:15 来源：榕城新闻网 作者：{a['author']}</div>
<div class="cont_txt">
{body}
</div>
<div class="bianji">【责任编辑：黄雅琴】</div></div>
<div class="rmtj"><h3>热门推荐</h3><ul>{traps(TRAPS['rcnews'], 'shtml')}</ul></div>
<div class="footer">版权所有 榕城新闻网 闽ICP备13001825号</div></body></html>"""


PAGES = {"fjfao": fjfao, "tasgp": tasgp, "rcnews": rcnews}


def _listing(items, page: int, last: bool) -> str:
    links = "".join(f'<article class="post"><h2><a href="{a["path"]}">{html.escape(a["title"])}</a></h2>'
                    f'<time>{a["date"]}</time></article>' for a in items)
    nxt = "" if last else f'<a class="next" href="/news/page/{page + 1}/">Older posts</a>'
    return f"""<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>News | Tasmania Global Partnerships</title></head>
<body><h1>News</h1><div class="posts">{links}</div><div class="nav-links">{nxt}</div></body></html>"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def _feed(items) -> str:
    out = []
    for a in items:
        pub = date.fromisoformat(a["date"]).strftime("%a, %d %b %Y") + " 08:20:15 +0800"
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{pub}</pubDate><description>{html.escape(a['paras'][0][:60])}</description></item>")
    return f"""<?xml version="1.0" encoding="gbk"?>
<rss version="2.0"><channel><title>榕城新闻网-对外交流</title><link>{{{{base}}}}/dwjl/</link>
<description>榕城新闻网对外交流频道</description>{''.join(out)}</channel></rss>
"""


def _file(a) -> str:
    return a["path"].lstrip("/") + ("index.html" if a["path"].endswith("/") else "")


def build() -> None:
    from gold import gold

    site = lambda s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True)  # noqa: E731
    news = site("tasgp")
    pages = [news[i:i + PER_PAGE] for i in range(0, len(news), PER_PAGE)]
    files = {("tasgp/news/index.html" if n == 1 else f"tasgp/news/page/{n}/index.html"):
             _listing(items, n, n == len(pages)) for n, items in enumerate(pages, 1)}
    files |= {"fjfao/sitemap.xml": _sitemap(site("fjfao")), "rcnews/rss/dwjl.xml": _feed(site("rcnews"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), file=_file, encodings={"rcnews": "gbk"})


if __name__ == "__main__":
    build()
