"""Write the hundred-and-eighth test web (tests/hundredeighthweb.py) from articles.py: sites/, gold.json, the paged
listing, the sitemap and the feed.

Three sites: `calepa` (the California Environmental Protection Agency newsroom: a "NEWS RELEASE" kicker with a release
number, a "Contact:" line, "###", an "About CalEPA" paragraph and "More News" traps; its listing paged by "Next"),
`gdfao` (广东省人民政府外事办公室, UTF-8, TRS-style, found through its sitemap: a 当前位置 trail, "发布时间：... 来源：...
【字体：大 中 小】", 外事要闻 traps, a 粤ICP footer) and `cgs` (the Center for Global Sustainability news site read through
its RSS feed: a "News" kicker, a byline, "Related stories" traps, a newsletter box). The gold was written from the
texts before the extractor was run on them; run `python tests/data/hundredeighthweb/build.py`.
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
    "calepa": ["California and Chinese province sign zero-emission truck agreement",
               "State pledges 90 percent clean electricity by 2035"],
    "gdfao": ["我省与美国某州签署应对气候变化合作备忘录", "某市承诺2028年前实现碳达峰"],
    "cgs": ["Five U.S. states and Chinese provinces sign methane pact",
            "University pledges carbon-neutral campus by 2030"],
}
CHROME = {
    "calepa": ["NEWS RELEASE", "More News", "Contact: Office of Communications", "1001 I Street"],
    "gdfao": ["外事要闻", "当前位置", "【字体：", "粤ICP备", "主办单位"],
    "cgs": ["Related stories", "Sign up for our newsletter", "School of Public Policy, 2101 Van Munching Hall"],
}


def calepa(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - CalEPA</title>
<meta name="description" content="{html.escape(a['title'])}"></head>
<body><div class="ca-gov-banner">An official website of the State of California</div>
<header><a class="brand" href="/">California Environmental Protection Agency</a>
<nav><a href="/newsroom/">Newsroom</a> <a href="/boards/">Boards &amp; Departments</a> <a href="/climate/">Climate</a></nav>
</header>
<main><article class="news-release">
<p class="kicker">NEWS RELEASE {a['rel']}</p>
<h1>{html.escape(a['title'])}</h1>
<p class="dateline-meta"><span class="date">{d.strftime('%B')} {d.day}, {d.year}</span> | Contact: Office of Communications, (916) 324-9670</p>
<div class="release-body">
{paras(a)}
</div></article>
<aside class="more-news"><h2>More News</h2><ul>{traps(TRAPS['calepa'], 'html')}</ul></aside></main>
<footer>CalEPA Headquarters, 1001 I Street, Sacramento, CA 95814 | Privacy Policy | Accessibility</footer></body></html>"""


def gdfao(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{a['title']}_广东省人民政府外事办公室</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 10:30"><meta name="ContentSource" content="省外办"></head>
<body><div class="header">广东省人民政府外事办公室 | <a href="/">首页</a> <a href="/wsdt/">外事动态</a> <a href="/yhcz/">友城交往</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/wsdt/">外事动态</a></div>
<div class="article"><h1 class="title">{a['title']}</h1>
<div class="info">发布时间：{a['date']} 10:30　来源：省外办　【字体：大 中 小】</div>
<div class="TRS_Editor">
{paras(a)}
</div></div>
<div class="side"><h3>外事要闻</h3><ul>{traps(TRAPS['gdfao'], 'html')}</ul></div>
<div class="footer">主办单位：广东省人民政府外事办公室 粤ICP备05070829号</div></body></html>"""


def cgs(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Center for Global Sustainability</title>
<meta property="article:published_time" content="{a['date']}T09:00:00-04:00"></head>
<body><header class="site-header"><a href="/">Center for Global Sustainability</a> <span>School of Public Policy | University of Maryland</span>
<nav><a href="/research/">Research</a> <a href="/news/">News</a> <a href="/events/">Events</a></nav></header>
<main><article class="node-news">
<p class="kicker">News</p>
<h1 class="page-title">{html.escape(a['title'])}</h1>
<p class="byline">By CGS Communications | <time datetime="{a['date']}">{d.strftime('%B')} {d.day}, {d.year}</time></p>
<div class="field-body">
{paras(a)}
</div></article>
<section class="related"><h2>Related stories</h2><ul>{traps(TRAPS['cgs'], 'html')}</ul></section>
<section class="newsletter"><h2>Sign up for our newsletter</h2><form><input type="email"></form></section></main>
<footer>Center for Global Sustainability, School of Public Policy, 2101 Van Munching Hall, College Park, MD 20742</footer>
</body></html>"""


PAGES = {"calepa": calepa, "gdfao": gdfao, "cgs": cgs}


def _ca_listing(items, nxt: str | None) -> str:
    links = "".join(f'<li class="news-item"><a class="news-title" href="{a["path"]}">{html.escape(a["title"])}</a>'
                    f'<span class="date">{a["date"]}</span></li>' for a in items)
    more = f'<nav class="pagination"><a class="next" href="{nxt}">Next &rsaquo;</a></nav>' if nxt else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Newsroom - CalEPA</title></head>
<body><h1>Newsroom</h1><ul class="news-list">{links}</ul>{more}</body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 13:00:00 +0000</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:160])}...</description>"
                   f"<guid isPermaLink=\"true\">{{{{base}}}}{a['path']}</guid></item>")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Center for Global Sustainability - News</title>
<link>{{{{base}}}}/news/</link><description>News from the Center for Global Sustainability</description>
<language>en</language>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    ca = sorted(site("calepa"), key=lambda a: a["date"], reverse=True)
    files = {"calepa/newsroom/index.html": _ca_listing(ca[:2], "/newsroom/page/2/"),
             "calepa/newsroom/page/2/index.html": _ca_listing(ca[2:], None),
             "cgs/news/rss.xml": _feed(sorted(site("cgs"), key=lambda a: a["date"], reverse=True)),
             "gdfao/sitemap.xml": _sitemap(site("gdfao"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
