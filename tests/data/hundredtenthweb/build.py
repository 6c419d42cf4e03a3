"""Write the hundred-and-tenth test web (tests/hundredtenthweb.py) from articles.py: sites/, gold.json, the paged
listing, the feed and the sitemap.

Three sites: `unclimate` (an English UN-style news site: a "Climate and Environment" kicker, the date as "9 August
2023", a share row, "Get the daily news" sign-up, a "Related stories" rail of trap headlines, a copyright footer; its
listing paged by "Next page"), `iclei` (a city network's English news read through its RSS feed: "Home / News", a
"Published … | Category: …" line, "Tags:", a "More news" rail of trap headlines, a newsletter box) and `lvsilu`
(绿色丝路网, a Chinese state-media-style portal in GBK sent as charset=gb2312 and found through its sitemap: a 当前位置
trail, "2023-08-10 10:05:12 来源：… 作者：…", 【字号 大 中 小】, 【责任编辑：…】, 热点推荐 and 相关新闻 rails of trap headlines,
a 京ICP footer). The gold was written from the texts before the extractor was run on them; run
`python tests/data/hundredtenthweb/build.py`.
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
    "unclimate": ["Pacific leaders sign ocean climate declaration in Honiara",
                  "Island state pledges 100 per cent renewable power by 2030"],
    "iclei": ["Mayors sign circular economy pact at regional assembly",
              "Port city pledges 60 percent emissions cut by 2030"],
    "lvsilu": ["两国签署绿色能源合作谅解备忘录", "某岛国承诺2035年实现碳中和"],
}
CHROME = {
    "unclimate": ["Related stories", "Get the daily news", "Climate and Environment", "Copyright United Nations"],
    "iclei": ["More news", "Sign up to our newsletter", "Tags:", "Local Governments for Sustainability e.V."],
    "lvsilu": ["当前位置：", "责任编辑：", "热点推荐", "相关新闻", "京ICP备"],
}
PER_PAGE = 3  # the UN-style news listing: 3 stories a page, "Next page" to the next


def unclimate(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | UN Climate News</title>
<meta property="article:published_time" content="{a['date']}T12:00:00-04:00">
<meta property="og:type" content="article"></head>
<body><div class="region-top"><a href="/">UN Climate News</a> <span>Global perspective Human stories</span>
<nav><a href="/en/news/topic/climate-change">Climate and Environment</a> <a href="/en/news/topic/sdgs">SDGs</a> <a href="/en/audio-hub">Audio Hub</a></nav></div>
<main><article class="node--type-news-story">
<div class="field-news-topic">Climate and Environment</div>
<h1 class="story-title">{html.escape(a['title'])}</h1>
<div class="story-date"><time datetime="{a['date']}T12:00:00Z">{d.day} {d.strftime('%B')} {d.year}</time></div>
<div class="share-row">Facebook Twitter Print Email</div>
<div class="field-text-formatted">
{paras(a)}
</div>
<div class="newsletter">Get the daily news in your inbox – Subscribe here</div>
</article>
<aside class="related-stories"><h2>Related stories</h2><ul>{traps(TRAPS['unclimate'], 'html')}</ul></aside></main>
<footer>Copyright United Nations | Terms of use | Privacy notice | Fraud alert</footer></body></html>"""


def iclei(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>{html.escape(a['title'])} – ICLEI News</title>
<meta property="article:published_time" content="{a['date']}T09:30:00+02:00"></head>
<body><header class="header"><a class="logo" href="/">ICLEI – Local Governments for Sustainability</a>
<ul class="menu"><li><a href="/about/">About</a></li><li><a href="/news/">News</a></li><li><a href="/events/">Events</a></li><li><a href="/members/">Members</a></li></ul></header>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/news/">News</a></div>
<section class="news-single"><h1>{html.escape(a['title'])}</h1>
<p class="news-meta">Published {d.day:02d}.{d.month:02d}.{d.year} | Category: World Secretariat</p>
<div class="news-text">
{paras(a)}
</div>
<p class="news-tags">Tags: ICLEI World Congress, climate neutrality, cities</p></section>
<aside class="more-news"><h3>More news</h3><ul>{traps(TRAPS['iclei'], 'html')}</ul></aside>
<div class="newsletter-box">Sign up to our newsletter and stay informed about local sustainability.</div>
<footer>© ICLEI – Local Governments for Sustainability e.V. | Kaiser-Friedrich-Strasse 7, 53113 Bonn, Germany</footer></body></html>"""


def lvsilu(a) -> str:
    d = date.fromisoformat(a["date"])
    body = "\n".join(f"<p>　　{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{a['title']}_绿色丝路网</title>
<meta name="publishdate" content="{a['date']}"></head>
<body><div class="topnav"><a href="/">绿色丝路网</a> | <a href="/gjhz/">国际合作</a> <a href="/nyzx/">能源转型</a> <a href="/qhbh/">气候变化</a> <a href="/ssh/">南南合作</a></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/gjhz/">国际合作</a> &gt; 正文</div>
<div class="left"><h1>{a['title']}</h1>
<div class="info">{d.year}-{d.month:02d}-{d.day:02d} 10:05:12　来源：绿色丝路网　作者：{a.get('author', '本网记者')}　【字号 <a>大</a> <a>中</a> <a>小</a>】</div>
<div id="content" class="TRS_Editor">
{body}
</div>
<div class="zrbj">【责任编辑：王晓峰】</div>
<div class="xgxw"><h3>相关新闻</h3><ul>{traps(TRAPS['lvsilu'][:1], 'htm')}</ul></div></div>
<div class="right"><h3>热点推荐</h3><ul>{traps(TRAPS['lvsilu'], 'htm')}</ul></div>
<div class="foot">绿色丝路网 版权所有 京ICP备10047725号</div></body></html>"""


PAGES = {"unclimate": unclimate, "iclei": iclei, "lvsilu": lvsilu}


def _un_listing(items, page: int, last: bool) -> str:
    links = "".join(f'<div class="views-row"><h2 class="story-title"><a href="{a["path"]}">{html.escape(a["title"])}</a>'
                    f'</h2><span class="date">{a["date"]}</span></div>' for a in items)
    nxt = "" if last else f'<li class="pager__item pager__item--next"><a href="/en/news/topic/climate-change/page/{page + 1}/">Next page</a></li>'
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Climate and Environment | UN Climate News</title>
</head><body><h1>Climate and Environment</h1><div class="view-content">{links}</div><ul class="pager">{nxt}</ul></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 07:30:00 +0000</pubDate>"
                   f"<description><![CDATA[{a['paras'][0][:140]} …]]></description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>ICLEI News</title><link>{{{{base}}}}/news/</link>
<description>News from ICLEI – Local Governments for Sustainability</description>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True)  # noqa: E731
    news = site("unclimate")
    pages = [news[i:i + PER_PAGE] for i in range(0, len(news), PER_PAGE)]
    files = {("unclimate/en/news/topic/climate-change/index.html" if n == 1 else
              f"unclimate/en/news/topic/climate-change/page/{n}/index.html"): _un_listing(items, n, n == len(pages))
             for n, items in enumerate(pages, 1)}
    files |= {"iclei/news/feed/index.xml": _feed(site("iclei")), "lvsilu/sitemap.xml": _sitemap(site("lvsilu"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"lvsilu": "gbk"})


if __name__ == "__main__":
    build()
