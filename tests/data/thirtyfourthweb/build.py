"""Write the thirty-fourth test web (tests/thirtyfourthweb.py) from articles.py: sites/, gold.json, listings, sitemap.

Three sites of chrome kinds the other webs lack:
* `cityhall` - a Drupal city government newsroom found through its /news/ listing: a "Featured news" view of two
  teasers (headline, date, summary that reads like a record) ABOVE the article's h1, the date only in a "Date:" field
  row after the body (a long date on one page, 09/05/2024 on another, under lang="en"), "Release type" and "Topics"
  field rows, a "Media contact" box, a footer address.
* `greenpath` - a Hugo NGO blog found through sitemap.xml (with non-article pages): the date only in the URL
  (/blog/2023/09/18/slug/), a "Reading time: 4 minutes" line, a <title> unlike the h1, two "More from the blog" teaser
  cards above the article, a "Notes to editors" box closing the post, tags and a share row.
* `kehuduan` - a Simplified Chinese news-app share page reached by ?id= URLs: an 打开APP banner, the date as
  "2023-09-16 10:31:07" beside 来源：, 编辑：/审核：/责任编辑： lines, an 打开APP阅读更多 button, 相关推荐 traps and
  the app's 本文来自… notice.
The gold was written from the texts before anything was run on them; run `python tests/data/thirtyfourthweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import paras, served_file, traps, write_web  # noqa: E402

TEASERS = {  # (headline, printed date, summary): other stories' teasers shown above the article
    "cityhall": [("Mesa and Harbin sign water reuse agreement", "Friday, May 10, 2024",
                  "Mesa and Harbin officials signed a water reuse agreement on Friday."),
                 ("Council pledges carbon-free city fleet by 2035", "Thursday, May 9, 2024",
                  "The council pledged to make the city fleet carbon-free by 2035.")],
    "greenpath": [("Boise and Lhasa sign high-altitude solar pact", "",
                   "Boise and Lhasa signed a memorandum on high-altitude solar power last week."),
                  ("Why Ohio's 2040 net-zero pledge matters", "",
                   "Ohio pledged to reach net-zero emissions by 2040, a first for the Rust Belt.")],
}
TRAPS = {
    "cityhall": [t for t, _, s in TEASERS["cityhall"]] + [s for _, _, s in TEASERS["cityhall"]],
    "greenpath": [t for t, _, s in TEASERS["greenpath"]] + [s for _, _, s in TEASERS["greenpath"]],
    "kehuduan": ["武汉市与美国某州签署清洁能源合作协议", "某市承诺2028年实现碳中和"],
}
CHROME = {
    "cityhall": ["Skip to main content", "Featured news", "Release type", "Topics", "Media contact", "Rosa Quintero",
                 "255 W. Alameda", "Date:"],
    "greenpath": ["Reading time", "More from the blog", "Notes to editors", "GreenPath Alliance is a nonprofit",
                  "press@greenpath", "Share this post", "Built with Hugo"],
    "kehuduan": ["打开APP", "编辑：", "审核：", "责任编辑", "相关推荐", "本文来自", "全国党媒信息公共平台"],
}
E = html.escape


def cityhall(a) -> str:
    teasers = "".join(
        f'<div class="views-row"><article class="node node--type-news node--view-mode-teaser"><h3 class="node__title">'
        f'<a href="/news/x/{n}">{E(t)}</a></h3><div class="field field--name-field-date">{E(d)}</div>'
        f'<div class="field field--name-body"><p>{E(s)}</p></div></article></div>'
        for n, (t, d, s) in enumerate(TEASERS["cityhall"]))
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{E(a['title'])} | City of Tucson</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"></head>
<body class="path-node page-node-type-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="region region-header"><a href="/" class="site-logo">City of Tucson</a>
<nav class="menu--main"><a href="/residents">Residents</a> <a href="/business">Business</a> <a href="/news">News</a></nav></div>
<div class="region region-highlighted"><div class="view view-featured-news"><h2>Featured news</h2>{teasers}</div></div>
<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav>
<main id="main-content" role="main"><div class="region region-content">
<article class="node node--type-news node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{E(a['title'])}</span></h1>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{paras(a)}
</div>
<div class="field field--name-field-date field--label-inline"><div class="field__label">Date:</div>
<div class="field__item">{E(a['stamp'])}</div></div>
<div class="field field--name-field-release-type field--label-inline"><div class="field__label">Release type:</div>
<div class="field__item">News release</div></div>
<div class="field field--name-field-topics"><div class="field__label">Topics</div><div class="field__items">
<div class="field__item"><a href="/topics/climate">Climate</a></div><div class="field__item"><a href="/topics/intl">International</a></div></div></div>
<div class="media-contact"><h2>Media contact</h2><p>Rosa Quintero, Communications Office</p></div>
</div></article></div></main>
<footer class="region region-footer">City of Tucson · 255 W. Alameda St. · Accessibility · Privacy policy</footer>
</body></html>"""


def greenpath(a) -> str:
    cards = "".join(f'<div class="card"><h3><a href="/blog/x/{n}/">{E(t)}</a></h3><p>{E(s)}</p></div>'
                    for n, (t, _, s) in enumerate(TEASERS["greenpath"]))
    return f"""<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><title>{E(a['seo_title'])} | GreenPath Alliance</title>
<meta name="generator" content="Hugo 0.119.0"><meta name="description" content="{E(a['seo_title'])}"></head>
<body><header class="site-header"><a class="logo" href="/">GreenPath Alliance</a>
<nav><a href="/blog/">Blog</a> <a href="/tracker/">Tracker</a> <a href="/donate/">Donate</a></nav></header>
<main class="container">
<section class="prev-posts"><h2>More from the blog</h2>{cards}</section>
<article class="post"><header class="post-header"><h1 class="post-title">{E(a['title'])}</h1>
<p class="post-meta"><span class="reading-time">Reading time: 4 minutes</span> · <span class="author">By Priya Nair</span></p></header>
<div class="post-content">
{paras(a)}
<h3>Notes to editors</h3>
<p>GreenPath Alliance is a nonprofit that tracks climate ties between U.S. and Chinese cities, states and provinces.</p>
<p>For interviews, write to press@greenpath.example.</p>
</div>
<footer class="post-footer"><ul class="tags"><li><a href="/tags/subnational/">#subnational</a></li><li><a href="/tags/buildings/">#buildings</a></li></ul>
<div class="share">Share this post: <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div></footer>
</article></main>
<footer class="site-footer">© 2024 GreenPath Alliance · Built with Hugo</footer>
</body></html>"""


def kehuduan(a) -> str:
    body = "\n".join(f"<p>{E(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])}</title></head>
<body><div class="app-banner"><img src="/logo.png" alt=""><span>皖江新闻客户端</span> <a class="open-app" href="/download">打开APP</a></div>
<div class="article-wrap"><h1 class="art-title">{E(a['title'])}</h1>
<div class="art-info"><span class="time">{a['stamp']}</span> <span class="source">来源：{E(a['source'])}</span></div>
<div class="art-content">
{body}
</div>
<p class="editor">编辑：{E(a['editor'])}</p>
<p class="checker">审核：{E(a['checker'])}</p>
<p class="zebian">责任编辑：{E(a['editor'])}</p>
<div class="open-more"><a href="/download">打开APP 阅读更多精彩内容</a></div>
<div class="app-recommend"><h3>相关推荐</h3><ul>{traps(TRAPS['kehuduan'], 'html')}</ul></div>
<div class="share-foot">本文来自【皖江新闻客户端】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。</div>
</div></body></html>"""


PAGES = {"cityhall": cityhall, "greenpath": greenpath, "kehuduan": kehuduan}


def extra_files() -> dict[str, str]:
    """The city listing, the blog's sitemap (with non-article pages) and the app's listing."""
    files: dict[str, str] = {}
    ch = [a for a in ARTICLES if a["site"] == "cityhall"]
    links = "".join(f'<li><a href="{E(a["path"])}">{E(a["title"])}</a></li>' for a in ch)
    files["cityhall/news/index.html"] = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News | '
                                         f'City of Tucson</title></head><body><ul class="newslist">{links}</ul>'
                                         f'</body></html>')
    gp = [a["path"] for a in ARTICLES if a["site"] == "greenpath"] + ["/tracker/", "/donate/"]
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>" for p in gp)
    files["greenpath/sitemap.xml"] = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                                      f'schemas/sitemap/0.9">{urls}</urlset>\n')
    files["greenpath/tracker/index.html"] = ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><title>'
                                             'Tracker | GreenPath Alliance</title></head><body><h1>Partnership tracker'
                                             '</h1><table><tr><td>Raleigh</td><td>Hefei</td></tr></table></body></html>')
    files["greenpath/donate/index.html"] = ('<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><title>Donate'
                                            ' | GreenPath Alliance</title></head><body><h1>Donate</h1><form><input '
                                            'name="amount"><button>Give</button></form></body></html>')
    kh = [a for a in ARTICLES if a["site"] == "kehuduan"]
    links = "".join(f'<li><a href="{E(a["path"])}">{E(a["title"])}</a></li>' for a in kh)
    files["kehuduan/h5/list.html"] = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>要闻</title></head>'
                                      f'<body><ul class="newslist">{links}</ul></body></html>')
    return files


def _file(a) -> str:
    p = served_file(a["path"])
    return p if p.endswith(".html") else p.rstrip("/") + ("/index.html" if a["path"].endswith("/") else ".html")


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, extra_files(), gold(ARTICLES, TRAPS, CHROME), file=_file)


if __name__ == "__main__":
    build()
