"""Write the ninety-ninth test web (tests/ninetyninthweb.py) from articles.py: sites/, gold.json, listings, feed and
sitemap.

Three sites: `stdt` (a Chinese ministry-style portal on TRS: a "当前位置：首页 > 新闻发布 > 部门动态" trail, a
"发布时间/来源" line with 【字体：大 中 小】, 【打印】【关闭】, a 分享到 row, 相关链接 traps, a 网站标识码 footer; its
listing paged by 下一页), `unanews` (a Ugandan English news agency read through its RSS feed: wire datelines, a "By UNA
Reporter" line, "Tags:" after the text, "Most read" traps) and `etembassy` (an Ethiopian embassy's English news pages
found through its sitemap: a "Home » Embassy News" trail, "Posted:", a "Share:" row, "Latest News" traps, the
embassy's address footer). The gold was written from the texts before the extractor was run on them; run
`python tests/data/ninetyninthweb/build.py`.
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
    "stdt": ["我国与多个非洲国家签署应对气候变化南南合作谅解备忘录", "某省提出2028年实现碳达峰 非化石能源占比达45%"],
    "unanews": ["Uganda, Kenya sign cross-border climate adaptation pact",
                "Government commits to 30 percent renewables by 2030"],
    "etembassy": ["Ethiopia and partner sign green legacy financing agreement",
                  "Ethiopia pledges net zero by 2050 at summit"],
}
CHROME = {
    "stdt": ["【打印】", "【关闭】", "分享到：", "相关链接", "网站标识码", "京ICP备"],
    "unanews": ["Most read", "By UNA Reporter", "Tags:", "Uganda News Agency. All rights reserved"],
    "etembassy": ["Latest News", "Share:", "Xiu Shui Nan Jie", "Posted:"],
}


def stdt(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_部门动态_生态环境国际合作网</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 16:40">
<meta name="ContentSource" content="国际合作司"></head>
<body><div class="top">生态环境国际合作网 <a href="/">首页</a> <a href="/xwfb/">新闻发布</a> <a href="/zcfg/">政策法规</a> <a href="/nnhz/">南南合作</a></div>
<div class="crumb">当前位置：首页 &gt; 新闻发布 &gt; 部门动态</div>
<div class="content_box"><h1 class="title">{a['title']}</h1>
<div class="info">发布时间：{a['date']}　来源：国际合作司　【字体：大 中 小】</div>
<div class="TRS_Editor">{paras(a)}</div>
<div class="share">分享到：微信 微博 QQ空间</div><div class="tools">【打印】【关闭】</div></div>
<div class="xglj"><h3>相关链接</h3><ul>{traps(TRAPS['stdt'], 'shtml')}</ul></div>
<div class="footer">主办单位：生态环境国际合作网 网站标识码bm17990099 京ICP备05009132号</div></body></html>"""


def unanews(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} - Uganda News Agency</title>
<meta property="article:published_time" content="{a['date']}T17:20:00+03:00"></head>
<body><header><div class="brand">Uganda News Agency</div><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/news/environment/">Environment</a> <a href="/news/business/">Business</a></nav></header>
<main><article class="story"><h1>{a['title']}</h1>
<p class="byline">By UNA Reporter | Published: {d.day} {d.strftime('%b')} {d.year}</p>
<div class="story-body">{paras(a)}</div>
<p class="tags">Tags: Environment, China, Climate change</p></article>
<aside class="most-read"><h3>Most read</h3><ul>{traps(TRAPS['unanews'], 'html')}</ul></aside></main>
<footer>&copy; {d.year} Uganda News Agency. All rights reserved.</footer></body></html>"""


def etembassy(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | Embassy of Ethiopia in Beijing</title>
<meta property="article:published_time" content="{a['date']}T10:00:00+08:00"></head>
<body><div class="site-header">Embassy of the Federal Democratic Republic of Ethiopia, Beijing <nav><a href="/">Home</a> <a href="/embassy-news/">Embassy News</a> <a href="/consular/">Consular Services</a> <a href="/invest/">Invest in Ethiopia</a></nav></div>
<div class="breadcrumb">Home » Embassy News</div>
<div class="node"><h1 class="page-title">{a['title']}</h1>
<div class="submitted">Posted: {d.strftime('%B')} {d.day}, {d.year}</div>
<div class="field-body">{paras(a)}</div>
<div class="share-links">Share: Facebook X LinkedIn Telegram</div></div>
<div class="sidebar"><h2>Latest News</h2><ul>{traps(TRAPS['etembassy'], 'html')}</ul></div>
<div class="footer">Embassy of Ethiopia, No. 3 Xiu Shui Nan Jie, Jian Guo Men Wai, Beijing 100600</div></body></html>"""


PAGES = {"stdt": stdt, "unanews": unanews, "etembassy": etembassy}


def _st_listing(items, page: int, last: bool) -> str:
    links = "".join(f'<li><a href="{a["path"]}">{a["title"]}</a><span>{a["date"]}</span></li>' for a in items)
    nxt = "" if last else f'<a class="next-page" href="/xwfb/bmdt/index_{page + 1}.shtml">下一页</a>'
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>部门动态_生态环境国际合作网</title></head>
<body><div class="list-bmdt"><ul>{links}</ul></div><div class="page"><span>第{page + 1}页</span> {nxt}</div></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 14:20:00 GMT</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:120])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Uganda News Agency - Environment</title><link>{{{{base}}}}/news/environment/</link>
<description>Environment news</description>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    st = site("stdt")
    files = {"stdt/xwfb/bmdt/index.shtml": _st_listing(st[:3], 0, False),
             "stdt/xwfb/bmdt/index_1.shtml": _st_listing(st[3:], 1, True),
             "unanews/feeds/environment.rss": _feed(site("unanews")),
             "etembassy/sitemap.xml": _sitemap(site("etembassy"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
