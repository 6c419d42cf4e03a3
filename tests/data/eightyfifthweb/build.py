"""Write the eighty-fifth test web (tests/eightyfifthweb.py) from articles.py: sites/, gold.json, listings and feed.

Three sites: `nncc` (a ministry-style portal, 应对气候变化南南合作网: a "当前位置：首页 > 工作动态" trail, a "发布日期/来源"
line with 【字体：大 中 小】, 【打印】【关闭】, 扫一扫在手机打开当前页, 相关稿件 traps, its listing paged by 下一页), `gxnews`
(an English state-media edition read through its RSS feed: wire datelines, "Editor:" after the text, "Trending" traps)
and `sbgov` (a Pacific government's news site: a "Home / Media Releases" trail, "Posted on ... by", a "Share this:"
row, "Recent Posts" traps). The gold was written from the texts before the extractor was run on them; run
`python tests/data/eightyfifthweb/build.py`.
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
    "nncc": ["我国与岛国签署应对气候变化物资援助谅解备忘录", "某省宣布2027年实现碳达峰 可再生能源占比达60%"],
    "gxnews": ["ASEAN neighbours ink low-carbon city pact with Chinese province",
               "Island nation pledges 100% renewables by 2030"],
    "sbgov": ["Solomon Islands and partner sign climate finance agreement", "Government commits to net zero by 2040"],
}
CHROME = {
    "nncc": ["【打印】", "【关闭】", "扫一扫在手机打开当前页", "相关稿件", "京ICP备"],
    "gxnews": ["Trending", "Editor:", "Guangxi News English. All rights reserved", "Subscribe to our newsletter"],
    "sbgov": ["Share this:", "Recent Posts", "Solomon Islands Government. All rights reserved", "Posted on"],
}


def nncc(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_工作动态_应对气候变化南南合作网</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 09:30"></head>
<body><div class="header">应对气候变化南南合作网 <a href="/">首页</a> <a href="/gzdt/">工作动态</a> <a href="/zcwj/">政策文件</a> <a href="/pxjl/">培训交流</a></div>
<div class="location">当前位置：首页 &gt; 工作动态</div>
<div class="content"><h1>{a['title']}</h1>
<div class="source">发布日期：{a['date']}　来源：应对气候变化司　【字体：大 中 小】</div>
<div class="Custom_UnionStyle">{paras(a)}</div>
<div class="btns">【打印】【关闭】</div><div class="qr">扫一扫在手机打开当前页</div></div>
<div class="related"><h3>相关稿件</h3><ul>{traps(TRAPS['nncc'], 'html')}</ul></div>
<div class="footer">主办单位：应对气候变化南南合作网 京ICP备12345678号</div></body></html>"""


def gxnews(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | Guangxi News English</title>
<meta property="article:published_time" content="{a['date']}T09:12:00+08:00"></head>
<body><div class="masthead">Guangxi News English <a href="/world/">World</a> <a href="/business/">Business</a> <a href="/asean/">ASEAN</a></div>
<article><h1>{a['title']}</h1>
<div class="byline">Updated: {d.strftime('%B')} {d.day}, {d.year} 09:12 | Guangxi News</div>
<div class="story">{paras(a)}</div>
<p class="editor">Editor: Huang Wei</p></article>
<aside class="trending"><h3>Trending</h3><ul>{traps(TRAPS['gxnews'], 'htm')}</ul></aside>
<div class="newsletter">Subscribe to our newsletter</div>
<footer>Copyright Guangxi News English. All rights reserved.</footer></body></html>"""


def sbgov(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{a['title']} &#8211; Solomon Islands Government</title>
<meta property="article:published_time" content="{a['date']}T14:05:00+11:00"></head>
<body><header class="site-header">Solomon Islands Government <nav><a href="/">Home</a> <a href="/media-releases/">Media Releases</a> <a href="/ministries/">Ministries</a></nav></header>
<div class="breadcrumbs">Home / Media Releases</div>
<article class="post"><h1 class="entry-title">{a['title']}</h1>
<div class="entry-meta">Posted on {d.day} {d.strftime('%B')} {d.year} by MECDM Communications</div>
<div class="entry-content">{paras(a)}</div>
<div class="sharedaddy">Share this: Facebook Twitter WhatsApp</div></article>
<aside class="widget"><h2>Recent Posts</h2><ul>{traps(TRAPS['sbgov'], 'html')}</ul></aside>
<footer>&copy; {d.year} Solomon Islands Government. All rights reserved.</footer></body></html>"""


PAGES = {"nncc": nncc, "gxnews": gxnews, "sbgov": sbgov}


def _nn_listing(items, page: int, last: bool) -> str:
    links = "".join(f'<li><a href="{a["path"]}">{a["title"]}</a><span>{a["date"]}</span></li>' for a in items)
    nxt = "" if last else f'<a class="next" href="/gzdt/index_{page + 1}.html">下一页</a>'
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态_应对气候变化南南合作网</title></head>
<body><ul class="list-gzdt">{links}</ul><div class="pagination"><span>第{page + 1}页</span> {nxt}</div></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 01:12:00 GMT</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:120])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Guangxi News English - World</title><link>{{{{base}}}}/world/</link>
<description>World news</description>{''.join(out)}</channel></rss>
"""


def _sb_listing(items) -> str:
    rows = "".join(f'<div class="news-item"><h3><a href="{a["path"]}">{a["title"]}</a></h3>'
                   f'<span class="date">{a["date"]}</span></div>' for a in items)
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Media Releases &#8211; Solomon Islands Government</title></head>
<body><h1>Media Releases</h1>{rows}<aside><h2>Recent Posts</h2><ul>{traps(TRAPS['sbgov'], 'html')}</ul></aside></body></html>"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    nn = site("nncc")
    files = {"nncc/gzdt/index.html": _nn_listing(nn[:3], 0, False),
             "nncc/gzdt/index_1.html": _nn_listing(nn[3:], 1, True),
             "gxnews/rss/world.xml": _feed(site("gxnews")),
             "sbgov/media-releases/index.html": _sb_listing(site("sbgov"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
