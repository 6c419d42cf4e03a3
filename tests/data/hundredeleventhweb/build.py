"""Write the hundred-eleventh test web (tests/hundredeleventhweb.py) from articles.py: sites/, gold.json, the State
Chancellery's two listing pages, the foreign affairs office's two TRS listing pages and Ulsan's sitemap.

Three sites: `nds` (the Lower Saxony State Chancellery's English press releases: a "Home › Press › Press releases"
trail, "Press release No. … · Hanover, <date>", a press contact box, a "Further press releases" rail of trap headlines,
a Planckstraße footer and a listing of two pages linked by "Next page"), `gzfao` (广州市人民政府外事办公室 in the TRS
style, UTF-8: a "当前位置：首页 > 外事动态 > 友城交流" trail, a "发布时间：… 来源：… 浏览次数：" line, a TRS_Editor body,
"【打印】【关闭】", a "相关新闻" rail of trap headlines, a "主办单位 … 粤ICP备" footer and listing pages index.html and
index_1.html) and `ulsan` (Ulsan Metropolitan City's English news, found through its sitemap: query URLs, a
"Date | Views | Writer" table, "Prev / Next" rows, a "Popular News" rail of trap headlines and a City Hall footer).
The gold was written from the texts before the extractor was run on them; run
`python tests/data/hundredeleventhweb/build.py`.
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
    "nds": ["State and partner province sign hydrogen alliance for the North Sea coast",
            "District pledges 80 percent emissions cut by 2035"],
    "gzfao": ["我市与友城签署绿色港口合作备忘录 共建零碳航运走廊", "某区承诺2028年前实现碳达峰 可再生能源占比达到40%"],
    "ulsan": ["Ulsan and sister city sign offshore wind cooperation MOU",
              "City vows 50 percent greenhouse gas cut by 2030"],
}
CHROME = {
    "nds": ["Further press releases", "Press and Information Office", "Planckstraße", "Next page"],
    "gzfao": ["相关新闻", "【打印】", "【关闭】", "粤ICP备", "当前位置"],
    "ulsan": ["Popular News", "Views", "Prev", "Jungang-ro", "All rights reserved"],
}


def nds(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Lower Saxony State Chancellery</title>
<meta name="date" content="{a['date']}"></head>
<body><header><div class="logo">Niedersachsen. Klar.</div>
<nav><a href="/en/">Home</a> <a href="/en/government/">Government</a> <a href="/en/press/">Press</a> <a href="/en/europe-international/">Europe &amp; International</a></nav></header>
<div class="trail">Home &rsaquo; Press &rsaquo; Press releases</div>
<main><article class="press-release"><h1>{html.escape(a['title'])}</h1>
<p class="dateline">Press release No. {a['number']} &middot; Hanover, {d.day} {d.strftime('%B')} {d.year}</p>
<div class="press-text">
{paras(a)}
</div>
<div class="contact">Press and Information Office of the Lower Saxony State Government &middot; Tel. +49 511 120-6946</div></article>
<aside class="further"><h2>Further press releases</h2><ul>{traps(TRAPS['nds'], 'html')}</ul></aside></main>
<footer>Niedersächsische Staatskanzlei &middot; Planckstraße 2 &middot; 30169 Hannover &middot; Imprint &middot; Data protection</footer></body></html>"""


def gzfao(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{a['title']}-广州市人民政府外事办公室网站</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 09:15">
<meta name="ContentSource" content="{a['source']}"></head>
<body><div class="top">广州市人民政府外事办公室 | 无障碍浏览 | English</div>
<div class="nav"><a href="/">首页</a> <a href="/wsdt/">外事动态</a> <a href="/yc/">国际友城</a> <a href="/lsgl/">领事服务</a> <a href="/zwgk/">政务公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/wsdt/">外事动态</a> &gt; <a href="/wsdt/yclx/">友城交流</a></div>
<div class="article"><h1>{a['title']}</h1>
<div class="info">发布时间：{d.year}-{d.month:02d}-{d.day:02d} 09:15　来源：{a['source']}　浏览次数：<span id="hits">-</span></div>
<div class="TRS_Editor">
{paras(a)}
</div>
<div class="tools">【打印】【关闭】</div></div>
<div class="xgxw"><h3>相关新闻</h3><ul>{traps(TRAPS['gzfao'], 'html')}</ul></div>
<div class="footer">主办单位：广州市人民政府外事办公室　地址：广州市越秀区府前路1号　粤ICP备2020001234号</div></body></html>"""


def ulsan(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>City News &lt; News &lt; Ulsan Metropolitan City</title></head>
<body><div class="gnb"><a href="/eng/">ULSAN</a> <a href="/eng/about/">About Ulsan</a> <a href="/eng/news/list.do">News</a> <a href="/eng/invest/">Investment</a> <a href="/eng/tour/">Tourism</a></div>
<div class="location">Home &gt; News &gt; City News</div>
<div class="board-view"><h3 class="subject">{html.escape(a['title'])}</h3>
<table class="info"><tr><th>Date</th><td>{d.year}.{d.month:02d}.{d.day:02d}</td><th>Views</th><td>312</td><th>Writer</th><td>{a['writer']}</td></tr></table>
<div class="board-view-content">
{paras(a)}
</div>
<ul class="prev-next"><li>Prev: Ulsan Whale Festival returns to Jangsaengpo</li><li>Next: Taehwa River National Garden welcomes visitors</li></ul></div>
<aside class="popular"><h4>Popular News</h4><ul>{traps(TRAPS['ulsan'], 'html')}</ul></aside>
<footer>201, Jungang-ro, Nam-gu, Ulsan, Republic of Korea &middot; Copyright Ulsan Metropolitan City. All rights reserved.</footer></body></html>"""


PAGES = {"nds": nds, "gzfao": gzfao, "ulsan": ulsan}


def _nds_listing(items, page: int, pages: int) -> str:
    name = lambda n: "index.html" if n == 0 else f"page-{n + 1}.html"  # noqa: E731
    rows = "".join(f'<div class="teaser"><span class="date">{a["date"]}</span><h3><a href="{a["path"]}">'
                   f'{html.escape(a["title"])}</a></h3></div>' for a in items)
    nxt = f'<a class="next" href="/en/press/{name(page + 1)}">Next page</a>' if page < pages - 1 else ""
    prev = f'<a class="prev" href="/en/press/{name(page - 1)}">Previous page</a>' if page > 0 else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Press releases | Lower Saxony</title></head>
<body><div class="trail">Home &rsaquo; Press &rsaquo; Press releases</div><div class="teaser-list">{rows}</div>
<nav class="pagination">{prev} Page {page + 1} of {pages} {nxt}</nav></body></html>"""


def _gz_listing(items, page: int, pages: int) -> str:
    links = "".join(f'<li><a href="{a["path"]}" target="_blank" title="{a["title"]}">{a["title"]}</a>'
                    f'<span>{a["date"]}</span></li>' for a in items)
    name = lambda n: "index.html" if n == 0 else f"index_{n}.html"  # noqa: E731 - TRS numbering: index, index_1, ...
    prev = f'<a class="prev" href="/wsdt/yclx/{name(page - 1)}">上一页</a>' if page > 0 else ""
    nxt = f'<a class="next" href="/wsdt/yclx/{name(page + 1)}">下一页</a>' if page < pages - 1 else ""
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>友城交流-广州市人民政府外事办公室网站</title></head>
<body><div class="position">当前位置：首页 &gt; 外事动态 &gt; 友城交流</div><ul class="news_list">{links}</ul>
<div class="page">{prev} 第{page + 1}页 共{pages}页 {nxt}</div></body></html>"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{html.escape(a['path'])}</loc><lastmod>{a['date']}T09:00:00+09:00</lastmod>"
                   f"<changefreq>never</changefreq></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True)  # noqa: E731
    nd, gz = site("nds"), site("gzfao")
    files = {"nds/en/press/index.html": _nds_listing(nd[:2], 0, 2),
             "nds/en/press/page-2.html": _nds_listing(nd[2:], 1, 2),
             "gzfao/wsdt/yclx/index.html": _gz_listing(gz[:3], 0, 2),
             "gzfao/wsdt/yclx/index_1.html": _gz_listing(gz[3:], 1, 2),
             "ulsan/sitemap.xml": _sitemap(site("ulsan"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
