"""Write the hundred-sixth test web (tests/hundredsixthweb.py) from articles.py: sites/, gold.json, the paged listing,
the sitemap and the feed.

Three sites: `ecpnotes` (an Office of the Spokesperson-style media-note site: "MEDIA NOTE", "Office of the
Spokesperson", the date, a "Related Articles" rail of traps, tags and a footer; its listing paged by "Next"),
`ndrcnea` (an NDRC/NEA-style portal in GBK sent as charset=gb2312 and found through its sitemap: a 当前位置 trail,
"发布时间：... 来源：... 【字体：大 中 小】", 相关文章 traps, 打印本页 and a 京ICP footer) and `kstate` (a university
newsroom read through its RSS feed: "Released: ...", a "More K-State news" rail of traps, a media contact and a footer).
The gold was written from the texts before the extractor was run on them; run
`python tests/data/hundredsixthweb/build.py`.
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
    "ecpnotes": ["U.S. and China Sign Clean Coal Research Protocol With Three Provinces",
                 "Partner City Pledges 40 Percent Emissions Cut by 2030 Under New EcoPartnership"],
    "ndrcnea": ["两家中美电力企业签署绿色合作伙伴协议", "某省承诺2025年前实现碳排放达峰"],
    "kstate": ["University signs clean energy research pact with Chinese partner",
               "Campus commits to net zero emissions by 2040"],
}
CHROME = {
    "ecpnotes": ["MEDIA NOTE", "Washington, DC", "Tags: China", "Related Articles", "External Link Policy"],
    "ndrcnea": ["当前位置", "相关文章", "【字体：", "打印本页", "京ICP备"],
    "kstate": ["More K-State news", "News and Communications Services", "Released:", "Media contact"],
}


def ecpnotes(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title>
<meta name="DC.date.issued" content="{a['date']}"></head>
<body><div class="usa-banner">An official website of the United States government</div>
<header><a href="/">Department Press Notes</a> <nav><a href="/r/pa/prs/ps/">Press Releases</a>
<a href="/r/pa/prs/dpb/">Briefings</a> <a href="/r/pa/prs/ps/index.htm">Media Notes</a></nav></header>
<main><div id="centerblock">
<p class="doc-type">MEDIA NOTE</p>
<h1 id="doctitle">{html.escape(a['title'])}</h1>
<p class="doc-office">Office of the Spokesperson</p>
<p class="doc-date">Washington, DC<br>{d.strftime('%B')} {d.day}, {d.year}</p>
<div class="doc-body">
{paras(a)}
</div>
<p class="tags">Tags: China | Energy | Environment | Bureau of Oceans and International Environmental and Scientific Affairs</p>
</div>
<aside class="related"><h3>Related Articles</h3><ul>{traps(TRAPS['ecpnotes'], 'htm')}</ul></aside></main>
<footer>Privacy Policy | External Link Policy | Copyright Information | FOIA</footer></body></html>"""


def ndrcnea(a) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{a['title']}-能源国际合作</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 10:30"></head>
<body><div class="header">国家能源国际合作信息网 <a href="/">首页</a> <a href="/gjhz/">国际合作</a> <a href="/zcfb/">政策发布</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/gjhz/">国际合作</a> &gt; <a href="/gjhz/zmhz/">中美合作</a></div>
<div class="article"><h1>{a['title']}</h1>
<div class="info">发布时间：{a['date']}　来源：国际合作司　【字体：大 中 小】</div>
<div class="TRS_Editor">
{paras(a)}
</div>
<div class="tools">【打印本页】【关闭窗口】</div></div>
<div class="xgwz"><h3>相关文章</h3><ul>{traps(TRAPS['ndrcnea'], 'html')}</ul></div>
<div class="footer">版权所有：国家能源国际合作信息网 京ICP备11010530号</div></body></html>"""


def kstate(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | K-State News</title></head>
<body><div class="ksu-unit-wordmark"><a href="/">Kansas State University</a> | <a href="/media/">News and Communications Services</a></div>
<div id="ksu-main"><article>
<h1>{html.escape(a['title'])}</h1>
<p class="release-date">Released: {d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}</p>
<div class="news-body">
{paras(a)}
</div>
<p class="contact">Media contact: News and Communications Services, 785-532-2535, media@k-state.example</p>
</article>
<aside><h3>More K-State news</h3><ul>{traps(TRAPS['kstate'], 'html')}</ul></aside></div>
<footer>Kansas State University | Manhattan, KS 66506 | 785-532-6011</footer></body></html>"""


PAGES = {"ecpnotes": ecpnotes, "ndrcnea": ndrcnea, "kstate": kstate}


def _listing(items, nxt: str | None) -> str:
    links = "".join(f'<li class="list-item"><a href="{a["path"]}">{html.escape(a["title"])}</a>'
                    f'<span class="date">{a["date"]}</span></li>' for a in items)
    more = f'<div class="pagination"><a class="next" href="{nxt}">Next &raquo;</a></div>' if nxt else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Media Notes</title></head><body>
<ul class="media-notes">{links}</ul>{more}</body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 09:00:00 -0500</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:140])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>K-State News</title><link>{{{{base}}}}/media/news/</link>
<description>News releases from Kansas State University</description>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    en = sorted(site("ecpnotes"), key=lambda a: a["date"], reverse=True)
    files = {"ecpnotes/r/pa/prs/ps/index.htm": _listing(en[:2], "/r/pa/prs/ps/index2.htm"),
             "ecpnotes/r/pa/prs/ps/index2.htm": _listing(en[2:], None),
             "kstate/media/news/rss.xml": _feed(sorted(site("kstate"), key=lambda a: a["date"], reverse=True)),
             "ndrcnea/sitemap.xml": _sitemap(site("ndrcnea"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"ndrcnea": "gbk"})


if __name__ == "__main__":
    build()
