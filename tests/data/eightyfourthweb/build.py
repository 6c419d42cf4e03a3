"""Write the eighty-fourth test web (tests/eightyfourthweb.py) from articles.py: sites/, gold.json, listings, feed
and sitemap.

Three sites: `nswnews` (an Australian state government newsroom: "Media release" label, "Published:" line, a
"Quick facts" list inside the text, "Media contact" box, "Related news" traps, an Acknowledgement of Country footer;
its listing paged by "Next"), `bwpress` (a German Land's English press office read through its RSS feed: a
"Stuttgart, 1 February 2023" line, a share row, "More press releases" traps, the ministry's address footer) and
`sxgov` (a Chinese provincial portal in GBK sent as charset=gbk and found through its sitemap: a 当前位置 trail, a
"来源：...  发布时间：...  【字体：大 中 小】" line, 【打印】【关闭】, 扫一扫在手机打开当前页, 热点新闻 traps, 网站标识码
footer). The gold was written from the texts before the extractor was run on them; run
`python tests/data/eightyfourthweb/build.py`.
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
    "nswnews": ["NSW and Queensland sign hydrogen export pact", "Council pledges 80 per cent emissions cut by 2030"],
    "bwpress": ["State and Alsace sign Upper Rhine climate accord",
                "District vows climate-neutral administration by 2035"],
    "sxgov": ["两市签署新能源合作框架协议 共建绿电基地", "某县承诺2028年前实现碳达峰"],
}
CHROME = {
    "nswnews": ["Related news", "Media contact", "Acknowledgement of Country", "Media release"],
    "bwpress": ["More press releases", "Share this page", "Richard-Wagner-Straße 15"],
    "sxgov": ["热点新闻", "【打印】", "【关闭】", "扫一扫在手机打开当前页", "网站标识码"],
}


def nswnews(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | NSW Government</title>
<meta name="dcterms.date" content="{a['date']}"></head>
<body><div class="nsw-masthead">A NSW Government website</div>
<nav class="nsw-breadcrumbs"><a href="/">Home</a> &gt; <a href="/news/">News</a></nav>
<main><span class="nsw-tag">Media release</span>
<h1>{html.escape(a['title'])}</h1>
<p class="published">Published: {d.day} {d.strftime('%B %Y')}</p>
<div class="nsw-wysiwyg-content">
{paras(a)}
</div>
<aside class="contact"><h3>Media contact</h3><p>Premier's media office 02 9228 5239</p></aside></main>
<div class="related"><h3>Related news</h3><ul>{traps(TRAPS['nswnews'], 'html')}</ul></div>
<footer><p>Acknowledgement of Country: we acknowledge the Traditional Custodians of the lands where we work.</p>
<p>Copyright State of New South Wales</p></footer></body></html>"""


def bwpress(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Baden-Württemberg.de</title></head>
<body><div class="header">Baden-Württemberg.de | State Ministry | <a href="/de/">Deutsch</a></div>
<div class="content"><p class="kicker">Press release</p>
<h1>{html.escape(a['title'])}</h1>
<p class="dateline">Stuttgart, {d.day} {d.strftime('%B %Y')}</p>
<div class="article-text">
{paras(a)}
</div>
<div class="share">Share this page: Facebook | X | LinkedIn | E-mail</div></div>
<div class="more"><h3>More press releases</h3><ul>{traps(TRAPS['bwpress'], 'html')}</ul></div>
<div class="footer">Staatsministerium Baden-Württemberg, Richard-Wagner-Straße 15, 70184 Stuttgart</div></body></html>"""


def sxgov(a) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{a['title']}_山西省人民政府</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 09:30"></head>
<body><div class="top">山西省人民政府 <a href="/">首页</a> <a href="/ywdt/">要闻动态</a> <a href="/zfxxgk/">政府信息公开</a></div>
<div class="crumb">当前位置：首页 &gt; 要闻动态 &gt; 山西要闻</div>
<div class="article"><h1>{a['title']}</h1>
<div class="info">来源：山西日报  发布时间：{a['date']} 09:30  【字体：大 中 小】</div>
<div class="view TRS_UEDITOR">{paras(a)}</div>
<div class="tool">【打印】【关闭】 扫一扫在手机打开当前页</div></div>
<div class="hot"><h3>热点新闻</h3><ul>{traps(TRAPS['sxgov'], 'shtml')}</ul></div>
<div class="foot">山西省人民政府办公厅主办 网站标识码1400000001 晋ICP备05000001号</div></body></html>"""


PAGES = {"nswnews": nswnews, "bwpress": bwpress, "sxgov": sxgov}


def _nsw_listing(items, page: int, last: bool) -> str:
    links = "".join(f'<div class="nsw-list-item"><h3><a href="{a["path"]}">{html.escape(a["title"])}</a></h3>'
                    f'<p>{a["date"]}</p></div>' for a in items)
    nxt = "" if last else f'<li class="next"><a href="/news/?page={page + 1}">Next</a></li>'
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>News | NSW Government</title></head>
<body><div class="nsw-list">{links}</div><ul class="pager">{nxt}</ul></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 11:00:00 +0100</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:120])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Baden-Württemberg.de - Press releases</title><link>{{{{base}}}}/en/press/</link>
<description>Press releases of the state government</description>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>2024-06-30</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    ns = site("nswnews")
    files = {"nswnews/news/index.html": _nsw_listing(ns[:2], 0, False),
             "nswnews/news__page-1.html": _nsw_listing(ns[2:], 1, True),
             "bwpress/en/press/feed.xml": _feed(site("bwpress")),
             "sxgov/sitemap.xml": _sitemap(site("sxgov"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"sxgov": "gbk"})


if __name__ == "__main__":
    build()
