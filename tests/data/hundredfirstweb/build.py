"""Write the hundred-first test web (tests/hundredfirstweb.py) from articles.py: sites/, gold.json, the paged listing,
the sitemap and the feed.

Three sites: `hawaiigov` (the Office of the Governor, State of Hawaii: a "FOR IMMEDIATE RELEASE" line, the release
date, "###", an "About the Hawaii Clean Energy Initiative" paragraph, a media contact, "Recent News Releases" traps; its
listing paged by "Older releases"), `sxfao` (山西省人民政府外事办公室 in GBK sent as charset=gb2312 and found through its
sitemap: a 您现在的位置 trail, "发布日期：... 信息来源：... 【打印本页】【关闭窗口】", 外事要闻 and 相关链接 traps, a 晋ICP
footer) and `citynet` (the Sister Cities Climate Exchange, a WordPress blog read through its RSS feed: "Posted on ... by
...", categories and tags, "Share this:", "Related" traps, a comment form). The gold was written from the texts before
the extractor was run on them; run `python tests/data/hundredfirstweb/build.py`.
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
    "hawaiigov": ["Governor signs Pacific island clean energy compact with Guangdong",
                  "Hawaii commits to 100 percent zero-emission state fleet by 2035"],
    "sxfao": ["我省与美国某州签署新能源汽车合作协议", "太原市承诺2028年实现碳排放达峰"],
    "citynet": ["Three U.S. cities sign climate pacts with Chinese sister cities",
                "Sister city pledges 50 percent emissions cut by 2030"],
}
CHROME = {
    "hawaiigov": ["FOR IMMEDIATE RELEASE", "Recent News Releases", "Media Contact:", "Hawaii State Capitol, 415 S."],
    "sxfao": ["外事要闻", "相关链接", "【打印本页】", "晋ICP备", "您现在的位置"],
    "citynet": ["Share this:", "Leave a Reply", "Posted in", "Proudly powered by WordPress"],
}


def hawaiigov(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Governor of the State of Hawaii</title>
</head><body><div class="gov-bar">Official Website of the State of Hawaii | <a href="/contact/">Contact</a></div>
<header class="site-header"><a href="/">Office of the Governor &ndash; State of Hawaii</a>
<nav><a href="/newsroom/">Newsroom</a> <a href="/priorities/">Priorities</a> <a href="/boards/">Boards</a></nav></header>
<main><article class="release">
<p class="release-type">FOR IMMEDIATE RELEASE</p>
<p class="release-date">{d.strftime('%B')} {d.day}, {d.year}</p>
<h1 class="release-title">{html.escape(a['title'])}</h1>
<div class="release-body">
{paras(a)}
</div>
<div class="media-contact">Media Contact: Office of the Governor, Communications, (808) 586-0034</div>
</article>
<aside class="recent"><h3>Recent News Releases</h3><ul>{traps(TRAPS['hawaiigov'], 'html')}</ul></aside></main>
<footer>Office of the Governor, Hawaii State Capitol, 415 S. Beretania St., Honolulu, HI 96813</footer></body></html>"""


def sxfao(a) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{a['title']}_山西省人民政府外事办公室</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 09:00"></head>
<body><div class="top">山西省人民政府外事办公室 | <a href="/">首页</a> <a href="/wsdt/">外事动态</a> <a href="/yhcs/">友好省州</a></div>
<div class="wz">您现在的位置：<a href="/">首页</a> &gt; <a href="/wsdt/">外事动态</a></div>
<div class="con"><h2 class="tit">{a['title']}</h2>
<div class="sj">发布日期：{a['date']}　信息来源：省外办　【打印本页】【关闭窗口】</div>
<div class="TRS_Editor">
{paras(a)}
</div></div>
<div class="right"><h3>外事要闻</h3><ul>{traps(TRAPS['sxfao'], 'shtml')}</ul>
<h3>相关链接</h3><ul><li><a href="http://www.shanxi.gov.cn/">山西省人民政府</a></li></ul></div>
<div class="foot">主办：山西省人民政府外事办公室 晋ICP备05002346号</div></body></html>"""


def citynet(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{html.escape(a['title'])} &#8211; Sister Cities Climate Exchange</title>
<meta property="article:published_time" content="{a['date']}T14:05:00+00:00"></head>
<body class="post-template-default single single-post"><div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Sister Cities Climate Exchange</a></p>
<p class="site-description">Connecting U.S. cities and their partners on climate action</p></header>
<main id="main"><article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{html.escape(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{a['date']}T14:05:00+00:00">{d.strftime('%B')} {d.day}, {d.year}</time></span>
<span class="byline"> by <a href="/author/mlee/">Maya Lee</a></span></div></header>
<div class="entry-content">
{paras(a)}
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><a href="#">Twitter</a> <a href="#">Facebook</a></div>
<div id="jp-relatedposts"><h3>Related</h3><ul>{traps(TRAPS['citynet'], 'html')}</ul></div>
</div>
<footer class="entry-footer">Posted in <a href="/category/news/">News</a> | Tagged <a href="/tag/china/">China</a></footer>
</article>
<div id="comments"><h3 id="reply-title">Leave a Reply</h3><form><textarea></textarea></form></div></main>
<footer id="colophon">Proudly powered by WordPress</footer></div></body></html>"""


PAGES = {"hawaiigov": hawaiigov, "sxfao": sxfao, "citynet": citynet}


def _hi_listing(items, older: str | None) -> str:
    links = "".join(f'<div class="views-row"><h3><a href="{a["path"]}">{html.escape(a["title"])}</a></h3>'
                    f'<span class="date">{a["date"]}</span></div>' for a in items)
    nxt = f'<li class="pager-older"><a href="{older}">Older releases &rsaquo;</a></li>' if older else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Newsroom | Governor of the State of Hawaii</title>
</head><body><div class="view-content">{links}</div><ul class="pager">{nxt}</ul></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 14:05:00 +0000</pubDate>"
                   f"<dc:creator><![CDATA[Maya Lee]]></dc:creator><category><![CDATA[News]]></category>"
                   f"<description><![CDATA[{a['paras'][0][:150]} [&#8230;]]]></description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Sister Cities Climate Exchange</title>
<link>{{{{base}}}}/</link><description>Connecting U.S. cities and their partners on climate action</description>
<generator>https://wordpress.org/?v=6.4.2</generator>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    hi = sorted(site("hawaiigov"), key=lambda a: a["date"], reverse=True)
    files = {"hawaiigov/newsroom/index.html": _hi_listing(hi[:2], "/newsroom/page/2/"),
             "hawaiigov/newsroom/page/2/index.html": _hi_listing(hi[2:], None),
             "citynet/feed/rss2.xml": _feed(sorted(site("citynet"), key=lambda a: a["date"], reverse=True)),
             "sxfao/sitemap.xml": _sitemap(site("sxfao"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"sxfao": "gbk"})


if __name__ == "__main__":
    build()
