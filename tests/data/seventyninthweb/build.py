"""Write the seventy-ninth test web (tests/seventyninthweb.py) from articles.py: sites/, gold.json, the governor's
paged release listing, the portal's sitemap and the newspaper's RSS feed.

Three sites, each with its own template, chrome and trap headlines:
* `migov` - a US state governor's press office (Michigan): a "Home > Newsroom" trail, a release date and a media
  contact line, a dateline opening the text, "###" closing it, a "Related press releases" rail, an email sign-up
  footer; its listing is paged (`li.next a`).
* `hebgov` - a Chinese provincial government portal (河北省人民政府) served as GBK bytes labelled gb2312: "您当前的位置",
  "来源：... 发布时间：..." with 【字体：大 中 小】, 【打印本页】【关闭窗口】, 分享到, a 热点新闻 rail and a 主办 footer;
  found only through sitemap.xml, which also lists two pages that are no articles.
* `courier` - an English regional newspaper: a kicker, a byline, a "Published" time, a "Share this story" row, a
  "Trending" rail and a subscription footer; found only through rss.xml, which also lists a podcast and an obituary
  page.
The gold was written from the texts before the extractor was run on them; run
`python tests/data/seventyninthweb/build.py`.
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
    "migov": ["Michigan and Ontario sign Great Lakes clean energy accord",
              "State pledges 40 percent cut in agency emissions by 2030"],
    "hebgov": ["我省与欧洲某州签署氢能产业合作协议", "某市承诺2028年前实现碳达峰"],
    "courier": ["Cedar Rapids utility signs solar pact with Chinese panel maker",
                "Ames vows net-zero city operations by 2035"],
}
CHROME = {
    "migov": ["Related press releases", "Media Contact", "Sign up for email updates", "Michigan.gov Home"],
    "hebgov": ["【字体：", "打印本页", "关闭窗口", "热点新闻", "主办：河北省人民政府办公厅", "分享到"],
    "courier": ["Trending", "Share this story", "Subscribe today", "Heartland Courier. All rights"],
}
SECTIONS = {"business": "Business", "politics": "Politics", "environment": "Environment", "agriculture": "Agriculture"}


def _us(d: str) -> str:
    x = date.fromisoformat(d)
    return f"{x.strftime('%B')} {x.day}, {x.year}"


def migov(a) -> str:
    gov = "Rick Snyder" if a["date"] < "2019" else "Gretchen Whitmer"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} | Office of Governor {gov}</title></head>
<body><header class="site-header"><a href="/">Michigan.gov Home</a> | <a href="/governor/">Governor {gov}</a>
<form class="search"><input name="q"></form></header>
<div class="breadcrumb"><a href="/governor/">Home</a> &gt; <a href="/governor/news/">Newsroom</a></div>
<main><article class="press-release"><h1>{E(a['title'])}</h1>
<div class="release-meta"><span class="date">{_us(a['date'])}</span>
<span class="contact">Media Contact: Press Office, 517-335-6397</span></div>
<div class="body-content">
{paras(a)}
<p>###</p>
</div></article>
<aside class="related"><h3>Related press releases</h3><ul>{traps(TRAPS['migov'], 'html')}</ul></aside></main>
<footer><a href="/subscribe/">Sign up for email updates</a> | <a href="/">Michigan.gov Home</a> |
<a href="/accessibility/">Accessibility</a> | Copyright State of Michigan</footer></body></html>"""


def hebgov(a) -> str:
    body = "\n".join(f"<p>　　{E(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{E(a['title'])}_河北省人民政府网</title>
</head><body><div class="header">河北省人民政府 <a href="/">首页</a> | <a href="/hbzwdt/">政务动态</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/hbzwdt/">政务动态</a> &gt; 河北要闻</div>
<div class="article"><h1 class="title">{E(a['title'])}</h1>
<div class="info">来源：{E(a['source'])}　　发布时间：{a['date']} 09:30　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="article-con">
{body}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>
<div class="rdxw"><h3>热点新闻</h3><ul>{traps(TRAPS['hebgov'], 'html')}</ul></div>
<div class="footer">主办：河北省人民政府办公厅　承办：河北省人民政府网站管理中心　冀ICP备05003286号</div>
</body></html>"""


def courier(a) -> str:
    section = SECTIONS[a["path"].split("/")[2]]
    x = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} - Heartland Courier</title></head>
<body><header><div class="masthead"><a href="/">The Heartland Courier</a></div>
<nav><a href="/news/">News</a> <a href="/news/business/">Business</a> <a href="/news/politics/">Politics</a>
<a href="/news/environment/">Environment</a> <a href="/news/agriculture/">Agriculture</a> <a href="/opinion/">Opinion</a></nav>
<a class="subscribe" href="/subscribe/">Subscribe today</a></header>
<main><article><p class="kicker">{section}</p><h1>{E(a['title'])}</h1>
<p class="byline">By Joel Hartmann, Courier staff writer</p>
<p class="dates"><time datetime="{a['date']}T06:00:00-05:00">Published 6:00 a.m. CT {x.strftime('%b')}. {x.day}, {x.year}</time></p>
<div class="share">Share this story: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<div class="article-body">
{paras(a)}
</div></article>
<aside class="trending"><h3>Trending</h3><ol>{traps(TRAPS['courier'], 'html')}</ol></aside></main>
<footer>&copy; 2026 Heartland Courier. All rights reserved. <a href="/privacy/">Privacy</a></footer></body></html>"""


PAGES = {"migov": migov, "hebgov": hebgov, "courier": courier}


def _urlset(paths: list[str]) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>2024-06-01</lastmod></url>" for p in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'


def extra_files() -> dict[str, str]:
    """The governor's two listing pages, the portal's sitemap (and its two non-articles) and the newspaper's feed (and
    its two non-articles)."""
    files: dict[str, str] = {}
    mi = sorted((a for a in ARTICLES if a["site"] == "migov"), key=lambda a: a["date"], reverse=True)

    def mlist(items, nxt):
        lis = "".join(f'<div class="release"><h3><a href="{a["path"]}">{E(a["title"])}</a></h3>'
                      f'<span class="date">{_us(a["date"])}</span></div>' for a in items)
        more = f'<ul class="pager"><li class="next"><a href="{nxt}">Next</a></li></ul>' if nxt else ""
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Newsroom</title></head><body>'
                f'<div class="release-list">{lis}</div>{more}</body></html>')
    files["migov/governor/news/index.html"] = mlist(mi[:2], "/governor/news/page-2.html")
    files["migov/governor/news/page-2.html"] = mlist(mi[2:], None)
    hb = [a["path"] for a in ARTICLES if a["site"] == "hebgov"]
    files["hebgov/sitemap.xml"] = _urlset(["/hbzwdt/index.html"] + hb + ["/zwgk/gkzn.html"])
    files["hebgov/hbzwdt/index.html"] = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html;'
                                         ' charset=gb2312"><title>政务动态_河北省人民政府网</title></head><body>'
                                         '<h2>政务动态</h2><ul class="list"></ul></body></html>')
    files["hebgov/zwgk/gkzn.html"] = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
                                      'charset=gb2312"><title>政府信息公开指南_河北省人民政府网</title></head><body>'
                                      '<h2>政府信息公开指南</h2><p>为了更好地提供政府信息公开服务，特编制本指南。</p>'
                                      '</body></html>')
    cr = [a for a in ARTICLES if a["site"] == "courier"]
    items = "".join(f"<item><title>{E(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                    f"<pubDate>{date.fromisoformat(a['date']).strftime('%a, %d %b %Y')} 11:00:00 GMT</pubDate></item>"
                    for a in cr)
    items += ("<item><title>Courier Podcast: the farm economy</title><link>{{base}}/podcast/farm-economy/</link></item>"
              "<item><title>Obituaries</title><link>{{base}}/obituaries/</link></item>")
    files["courier/rss.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Heartland '
                                f'Courier</title><link>{{{{base}}}}/</link>{items}</channel></rss>\n')
    files["courier/podcast/farm-economy/index.html"] = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Courier Podcast - Heartland Courier</title>'
        '</head><body><h1>Courier Podcast: the farm economy</h1><audio src="/ep.mp3" controls></audio></body></html>')
    files["courier/obituaries/index.html"] = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Obituaries - Heartland Courier</title>'
        '</head><body><h1>Obituaries</h1><p>Search obituaries by name.</p></body></html>')
    return files


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, extra_files(), gold(ARTICLES, TRAPS, CHROME), encodings={"hebgov": "gbk"})


if __name__ == "__main__":
    build()
