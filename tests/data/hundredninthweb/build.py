"""Write the hundred-and-ninth test web (tests/hundredninthweb.py) from articles.py: sites/, gold.json, the paged
listing, the sitemap and the feed.

Three sites: `lqny` (绿擎能源网, a Chinese energy portal in GBK labelled gb2312: a "绿擎能源网讯" lead, a "时间：…
来源：… 作者：…" line, 【字号 大 中 小】, "相关新闻" and "热点推荐" rails of trap headlines, a 免责声明 and 【责任编辑：…】;
its listing paged by "下一页"), `ccinvest` (长春市投资促进局's 招商动态, UTF-8, found through its sitemap: a "当前位置："
trail, a "发布时间：… 来源：… 浏览次数：" line, 【打印本页】【关闭窗口】, a "相关链接" rail of trap headlines, a
主办/承办 footer) and `apledger` (Asia Power Ledger, an English energy trade-press site read through its RSS feed: a
kicker, a byline with <time>, wire datelines, a "(Reporting by …)" credit, "Most read" trap headlines, a newsletter
box, a share row). The gold was written from the texts before the extractor was run on them; run
`python tests/data/hundredninthweb/build.py`.
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
    "lqny": ["两市与欧洲能源企业签署海上风电战略合作协议", "某零碳产业园承诺2025年绿电占比达到100%"],
    "ccinvest": ["我市与日本商社签署氢能合作备忘录", "某区承诺2028年前实现碳达峰"],
    "apledger": ["Province and Nordic energy agency sign offshore wind memorandum",
                 "City government pledges carbon neutrality by 2045"],
}
CHROME = {
    "lqny": ["免责声明", "责任编辑", "热点推荐", "相关新闻", "字号"],
    "ccinvest": ["当前位置", "浏览次数", "打印本页", "关闭窗口", "相关链接", "主办单位"],
    "apledger": ["Most read", "Sign up for The Ledger Daily", "Share this article", "All rights reserved"],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def lqny(a) -> str:
    body = "\n".join(f"<p>　　{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{a['title']}_绿擎能源网</title>
<meta name="keywords" content="氢能,海上风电,储能,绿电"></head>
<body><div class="topnav"><a href="/">绿擎能源网</a> | <a href="/qn/">氢能</a> | <a href="/fd/">风电</a> | <a href="/cn/">储能</a> | <a href="/lvdian/">绿电交易</a> <span>设为首页 加入收藏</span></div>
<div class="location">您的位置：<a href="/">首页</a> &gt; <a href="/news/">产业合作</a> &gt; 正文</div>
<div class="content"><h1 class="title">{a['title']}</h1>
<div class="info">时间：{a['date']} 08:{int(a['id'][-2:]) * 7:02d} 来源：绿擎能源网 作者：{a['author']} 【字号 <a>大</a> <a>中</a> <a>小</a>】</div>
<div class="article_text">
{body}
</div>
<div class="shengming">免责声明：本网转载的文章仅代表作者观点，与本网无关，不构成投资建议。如涉及版权问题，请与本网联系。</div>
<div class="bianji">【责任编辑：{a['editor']}】</div>
<div class="xgxw"><h3>相关新闻</h3><ul>{traps(TRAPS['lqny'][:1], 'html')}<li><a href="/news/tag/qn.html">更多氢能资讯</a></li></ul></div></div>
<div class="sidebar"><h3>热点推荐</h3><ol>{traps(TRAPS['lqny'], 'html')}</ol></div>
<div class="foot">关于我们 | 广告服务 | 联系方式 | 版权所有 绿擎能源网 京ICP备19027713号</div></body></html>"""


def ccinvest(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 10:30">
<title>{a['title']}_长春市投资促进局</title></head>
<body><div class="header"><img alt="长春市投资促进局"> <a href="/">网站首页</a> <a href="/zsdt/">招商动态</a> <a href="/tzhj/">投资环境</a> <a href="/zczx/">政策资讯</a> <a href="/xmk/">项目库</a></div>
<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/zsdt/">招商动态</a></div>
<div class="detail"><h2>{a['title']}</h2>
<div class="xx">发布时间：{a['date']}　来源：{a['source']}　浏览次数：<span>863</span></div>
<div class="TRS_Editor">
{paras(a)}
</div>
<div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div>
<div class="xglj"><h3>相关链接</h3><ul>{traps(TRAPS['ccinvest'], 'html')}</ul></div>
<div class="footer">主办单位：长春市投资促进局　承办：长春市政务服务和数字化建设管理局　吉ICP备05002155号</div></body></html>"""


def apledger(a) -> str:
    d = date.fromisoformat(a["date"])
    url = "{{base}}" + a["path"]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Asia Power Ledger</title>
<link rel="canonical" href="{url}"><meta property="og:title" content="{html.escape(a['title'])}">
<meta property="article:published_time" content="{a['date']}T06:20:00+08:00"></head>
<body><header><a class="logo" href="/">Asia Power Ledger</a> <nav><a href="/hydrogen/">Hydrogen</a> <a href="/wind/">Wind</a> <a href="/mobility/">Mobility</a> <a href="/policy/">Policy</a> <a href="/subscribe/">Subscribe</a></nav></header>
<main><article><p class="kicker">{a['kicker']}</p><h1>{html.escape(a['title'])}</h1>
<p class="byline">By {a['author']} <time datetime="{a['date']}T06:20:00+08:00">{d.day} {MONTHS[d.month - 1]} {d.year}</time></p>
<div class="story-body">
{paras(a)}
</div>
<div class="share">Share this article: LinkedIn | X | Email</div></article>
<aside><h3>Most read</h3><ol>{traps(TRAPS['apledger'], 'html')}</ol>
<div class="newsletter">Sign up for The Ledger Daily: power, hydrogen and climate deals across Asia, every weekday.</div></aside></main>
<footer>&copy; {d.year} Asia Power Ledger Pte Ltd. All rights reserved. <a>Terms</a> <a>Privacy</a></footer></body></html>"""


PAGES = {"lqny": lqny, "ccinvest": ccinvest, "apledger": apledger}


def _lqny_listing(items, page: int, last: bool) -> str:
    links = "".join(f'<dl><dt><a href="{a["path"]}" target="_blank">{a["title"]}</a></dt><dd>{a["date"]}</dd></dl>'
                    for a in items)
    nxt = "" if last else f'<a class="nextpage" href="index_{page + 1}.html">下一页</a>'
    prev = '<a href="index.html">上一页</a>' if page > 1 else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>产业合作_绿擎能源网</title></head>
<body><div class="location">您的位置：首页 &gt; 产业合作</div><div class="newslist">{links}</div>
<div class="pages">{prev} <span>第{page}页</span> {nxt}</div>
<div class="sidebar"><h3>热点推荐</h3><ol>{traps(TRAPS['lqny'], 'html')}</ol></div></body></html>"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        pub = d.strftime("%a, %d %b %Y") + " 06:20:00 +0800"
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f'<guid isPermaLink="true">{{{{base}}}}{a["path"]}</guid><pubDate>{pub}</pubDate>'
                   f"<category>{a['kicker']}</category>"
                   f"<description>{html.escape(a['paras'][0][:140])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Asia Power Ledger</title><link>{{{{base}}}}/</link>
<description>Power, hydrogen and climate deals across Asia</description>{''.join(out)}</channel></rss>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    lq = sorted(site("lqny"), key=lambda a: a["date"], reverse=True)
    files = {"lqny/news/index.html": _lqny_listing(lq[:3], 1, False),
             "lqny/news/index_2.html": _lqny_listing(lq[3:], 2, True),
             "ccinvest/sitemap.xml": _sitemap(site("ccinvest")),
             "apledger/feed/rss.xml": _feed(site("apledger"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"lqny": "gbk"})


if __name__ == "__main__":
    build()
