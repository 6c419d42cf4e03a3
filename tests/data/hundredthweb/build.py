"""Write the hundredth test web (tests/hundredthweb.py) from articles.py: sites/, gold.json, the newsroom's paged
listing, the commerce portal's sitemap and the news site's RSS feed (in GBK, as its pages).

Three sites: `caete` (the English newsroom of the China-Africa Economic and Trade Expo: a "Home > Newsroom > Expo
News" trail, a "Posted: … | Source: …" line, a "Share to:" row, a "Hot Topics" rail of trap headlines, a secretariat
footer; its listing paged by "Next »"), `ynswt` (云南省商务厅, a provincial commerce portal found through its sitemap:
"当前位置：首页 > 商务动态 > 商务要闻", "发布时间：… 信息来源：… 浏览次数：", 【字体：大 中 小】, 【打印】【关闭】,
a "相关信息" rail of trap headlines, a 主办单位 footer) and `sfnews` (朔方新闻网, a news site in GBK read through its RSS
feed in GBK: a "朔方新闻网 > 宁夏新闻 > 经济" trail, "2025年08月29日 09:41 来源：朔方新闻网 作者：…", "责任编辑：",
a "热点推荐" rail of trap headlines, a 版权所有 footer). The gold was written from the texts before the extractor was
run on them; run `python tests/data/hundredthweb/build.py`.
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
    "caete": ["Hunan and Ghanaian utility sign solar memorandum at expo",
              "Ethiopia pledges 100% renewable power by 2035 at China-Africa forum"],
    "ynswt": ["云南与孟加拉国企业签署光伏合作协议 签约项目包括三个电站", "老挝承诺2050年实现碳中和"],
    "sfnews": ["宁夏企业与沙特公司签署储能合作协议", "阿联酋承诺2040年可再生能源占比达50%"],
}
CHROME = {
    "caete": ["Posted:", "Share to:", "Hot Topics", "Secretariat of the China-Africa Economic and Trade Expo"],
    "ynswt": ["当前位置：", "浏览次数：", "字体：", "打印", "相关信息", "主办单位：云南省商务厅"],
    "sfnews": ["责任编辑：", "热点推荐", "版权所有 朔方新闻网"],
}
PER_PAGE = 3  # the newsroom's listing: 3 stories a page, "Next »" to the next


def caete(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | CAETE Newsroom</title>
<meta property="og:title" content="{html.escape(a['title'])}"></head>
<body><header class="site-head"><a href="/en/">China-Africa Economic and Trade Expo</a>
<nav><a href="/en/about/">About</a> <a href="/en/news/">Newsroom</a> <a href="/en/exhibitors/">Exhibitors</a> <a href="/en/visit/">Visit</a> <a href="/">中文</a></nav></header>
<div class="breadcrumb"><a href="/en/">Home</a> &gt; <a href="/en/news/">Newsroom</a> &gt; Expo News</div>
<main><article><h1 class="headline">{html.escape(a['title'])}</h1>
<p class="byline">Posted: {d.strftime('%B')} {d.day}, {d.year} | Source: {html.escape(a['source'])}</p>
<div class="story-body">
{paras(a)}
</div>
<div class="share">Share to: WeChat | Weibo | LinkedIn | Email</div></article>
<aside class="hot"><h2>Hot Topics</h2><ul>{traps(TRAPS['caete'], 'html')}</ul></aside></main>
<footer>Secretariat of the China-Africa Economic and Trade Expo | Tel: +86 731 8888 6100 | Changsha, Hunan, China</footer></body></html>"""


def ynswt(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_云南省商务厅</title>
<meta name="ArticleTitle" content="{html.escape(a['title'])}"><meta name="PubDate" content="{a['date']} 16:20"></head>
<body><div class="topbar">云南省商务厅 | <a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/swdt/">商务动态</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/swdt/">商务动态</a> &gt; <a href="/swdt/swyw/">商务要闻</a></div>
<div class="xl_con"><h2 class="xl_tit">{a['title']}</h2>
<div class="xl_info">发布时间：{a['date']} 信息来源：{a['source']} 浏览次数：2381 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_UEDITOR">
{paras(a)}
</div>
<div class="xl_tool">【<a>打印</a>】【<a>关闭</a>】</div></div>
<div class="xgxx"><h3>相关信息</h3><ul>{traps(TRAPS['ynswt'], 'html')}</ul></div>
<div class="footer">主办单位：云南省商务厅 地址：昆明市盘龙区 滇ICP备05003216号 政府网站标识码：5300000039</div></body></html>"""


def sfnews(a) -> str:
    d = date.fromisoformat(a["date"])
    body = "\n".join(f"<p>　　{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{a['title']}--朔方新闻网</title></head>
<body><div class="nav"><a href="/">朔方新闻网</a> <a href="/nx/">宁夏新闻</a> <a href="/jj/">经济</a> <a href="/sh/">社会</a> <a href="/ty/">文体</a></div>
<div class="route"><a href="/">朔方新闻网</a> &gt; <a href="/nx/">宁夏新闻</a> &gt; <a href="/jj/">经济</a></div>
<div class="text_c"><h1>{a['title']}</h1>
<p class="sou">{d.year}年{d.month:02d}月{d.day:02d}日 09:41 来源：朔方新闻网 作者：{a['author']}</p>
<div class="rm_txt_con">
{body}
</div>
<div class="edit">（责任编辑：周宁）</div></div>
<div class="hot"><h3>热点推荐</h3><ul>{traps(TRAPS['sfnews'], 'html')}</ul></div>
<div class="footer">版权所有 朔方新闻网 未经授权禁止转载</div></body></html>"""


PAGES = {"caete": caete, "ynswt": ynswt, "sfnews": sfnews}


def _caete_listing(items, page: int, last: bool) -> str:
    links = "".join(f'<div class="item"><h3><a href="{a["path"]}">{html.escape(a["title"])}</a></h3>'
                    f'<span class="date">{a["date"]}</span></div>' for a in items)
    nxt = "" if last else f'<a class="next" href="/en/news/page/{page + 1}.html">Next &raquo;</a>'
    prev = f'<a class="prev" href="/en/news/{"" if page == 2 else f"page/{page - 1}.html"}">&laquo; Previous</a>' \
        if page > 1 else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Newsroom | CAETE</title></head>
<body><h1>Newsroom</h1><div class="news-list">{links}</div>
<div class="pager">{prev} <span>Page {page}</span> {nxt}</div></body></html>"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def _feed(items) -> str:
    out = []
    for a in items:
        pub = date.fromisoformat(a["date"]).strftime("%a, %d %b %Y") + " 09:41:00 +0800"
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{pub}</pubDate><description>{html.escape(a['paras'][0][:80])}</description></item>")
    return f"""<?xml version="1.0" encoding="gbk"?>
<rss version="2.0"><channel><title>朔方新闻网-经济</title><link>{{{{base}}}}/jj/</link>
<description>朔方新闻网经济频道</description>{''.join(out)}</channel></rss>
"""


def build() -> None:
    from gold import gold

    site = lambda s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True)  # noqa: E731
    news = site("caete")
    pages = [news[i:i + PER_PAGE] for i in range(0, len(news), PER_PAGE)]
    files = {("caete/en/news/index.html" if n == 1 else f"caete/en/news/page/{n}.html"):
             _caete_listing(items, n, n == len(pages)) for n, items in enumerate(pages, 1)}
    files |= {"ynswt/sitemap.xml": _sitemap(site("ynswt")), "sfnews/rss/jj.xml": _feed(site("sfnews"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"sfnews": "gbk"})


if __name__ == "__main__":
    build()
