"""Write the forty-second test web (tests/fortysecondweb.py) from articles.py: sites/, gold.json, listings and feed.

Three sites: `ledger` (a WordPress city paper: Yoast JSON-LD with datePublished and a later dateModified, only an
"Updated" stamp shown, a cookie notice, an inbox signup box, an author card, "Share this:", a comments thread, an
"Advertisement" label and a "Continue reading below" line in the body, a bolded standfirst, a table of targets; its
listing paged by <link rel="next">), `dispatch` (a regional news site read through an RSS feed with relative links:
an AMP page, a page dated only by its URL path) and `zbnews` (a Chinese city portal served in GBK with its charset in
<meta http-equiv> only, 发布时间 and 来源 in one span, a header's today). The gold was written from the texts before the
extractor was run on them; run `python tests/data/fortysecondweb/build.py`.
"""
from __future__ import annotations

import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import traps, write_web  # noqa: E402

TRAPS = {
    "ledger": ["Tacoma and Weifang sign port emissions pact", "Boise pledges carbon-free power by 2035"],
    "dispatch": ["Sparks and Ordos sign solar memorandum", "Carson City vows net zero by 2040"],
    "zbnews": ["某区与某市签署新能源合作协议", "某县力争2027年前实现碳达峰"],
}
COMMENT = "Luoyang already pledged to peak its emissions by 2025, so this memorandum is just for show."
CHROME = {
    "ledger": ["We use cookies to improve your experience", "Get the Morning Ledger in your inbox",
               "covers energy and the environment for the Ledger", "Share this:", "Leave a Reply", COMMENT,
               "Advertisement", "Continue reading below"],
    "dispatch": ["Share on Facebook", "Sierra Dispatch newsletter", "Most popular", "Sponsored"],
    "zbnews": ["今天是2024年", "打印本页", "淄博新闻网版权所有", "热点推荐"],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _day(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{MONTHS[int(m) - 1]} {int(d)}, {y}"


def _ledger_body(a) -> str:
    out = [f"<p><strong>{html.escape(a['standfirst'])}</strong></p>"] if a.get("standfirst") else []
    for p in a["paras"]:
        if p == "@AD":
            out.append('<div class="ad-slot"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-2"></div></div>')
        elif p == "@CONT":
            out.append('<p class="continue">Continue reading below</p>')
        elif p == "@TABLE":
            rows = "".join(f"<tr><td>{html.escape(g)}</td><td>{html.escape(t)}</td><td>{y}</td></tr>"
                           for g, t, y in a["table"])
            out.append('<figure class="wp-block-table"><table><thead><tr><th>Goal</th><th>Target</th>'
                       f"<th>Year</th></tr></thead><tbody>{rows}</tbody></table>"
                       "<figcaption>Targets in the adopted plan</figcaption></figure>")
        else:
            out.append(f"<p>{html.escape(p)}</p>")
    return "\n".join(out)


def ledger(a) -> str:
    url = "{{base}}" + a["path"]
    published = f"{a['date']}T08:30:00-07:00"
    modified = f"{a.get('updated', a['date'])}T16:10:00-07:00"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": url, "url": url, "name": a["title"], "dateModified": modified},
        {"@type": "NewsArticle", "headline": a["title"], "mainEntityOfPage": {"@id": url},
         "datePublished": published, "dateModified": modified,
         "author": {"@type": "Person", "name": "Dana Whitfield"}}]}
    stamp = f"Updated {_day(a.get('updated', a['date']))} at 4:10 pm" if a.get("updated") else _day(a["date"])
    comments = ""
    if a["id"] == "le01":
        comments = f"""<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;{a['title']}&rdquo;</h2>
<ol class="comment-list"><li class="comment"><div class="comment-author vcard"><b class="fn">R. Hale</b> says:</div>
<div class="comment-metadata"><a href="#comment-41">May 18, 2023 at 7:02 am</a></div>
<div class="comment-content"><p>{COMMENT}</p></div></li>
<li class="comment"><div class="comment-author vcard"><b class="fn">Marta</b> says:</div>
<div class="comment-metadata"><a href="#comment-42">May 19, 2023 at 1:15 pm</a></div>
<div class="comment-content"><p>Good to see the engineers exchange. Spokane needs the district heating know-how.</p></div></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form class="comment-form"><p>Your email address will not be published.</p><textarea name="comment"></textarea></form></div></div>"""
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{a['title']} &#8211; The Inland Ledger</title>
<link rel="canonical" href="{url}"><meta property="og:type" content="article"><meta property="og:title" content="{a['title']}">
<meta property="article:modified_time" content="{modified}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld)}</script></head>
<body class="post-template-default single single-post">
<div id="cookie-notice" class="cn-bottom"><span class="cn-text">We use cookies to improve your experience on our site. By continuing you accept our use of cookies.</span> <a class="cn-button">Ok</a></div>
<header class="site-header"><p class="site-title"><a href="/">The Inland Ledger</a></p><nav><a href="/news/">News</a> <a href="/opinion/">Opinion</a></nav></header>
<main id="main"><article class="post type-post status-publish">
<header class="entry-header"><span class="cat-links"><a href="/category/environment/">Environment</a></span>
<h1 class="entry-title">{a['title']}</h1>
<div class="entry-meta"><span class="byline">By <a href="/author/dwhitfield/">Dana Whitfield</a></span> <span class="posted-on">{stamp}</span></div></header>
<div class="entry-content">
{_ledger_body(a)}
<div class="wp-block-group inbox-box"><h3>Get the Morning Ledger in your inbox</h3><p>Local news, weekday mornings. Free.</p><form><input type="email" placeholder="Email address"><button>Join</button></form></div>
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook">Facebook</a></li><li><a class="share-x">X</a></li><li><a class="share-email">Email</a></li></ul></div>
<div class="author-card"><img src="/img/dw.jpg" alt=""><div><h4>Dana Whitfield</h4><p>Dana Whitfield covers energy and the environment for the Ledger. Reach her at dana@inlandledger.example.</p></div></div>
</article>
{comments}
</main>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">Latest</h2><ul>{traps(TRAPS['ledger'], 'html')}</ul></section></aside>
<footer class="site-footer">&copy; 2023 The Inland Ledger. Proudly powered by WordPress.</footer>
</body></html>"""


def dispatch(a) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in a["paras"])
    if a.get("canonical"):  # an AMP page: its date in <time>, amp-* furniture
        return f"""<!doctype html>
<html amp lang="en"><head><meta charset="utf-8"><title>{a['title']} | Sierra Dispatch</title>
<link rel="canonical" href="{{{{base}}}}{a['canonical']}"><meta name="viewport" content="width=device-width,minimum-scale=1">
<style amp-boilerplate>body{{visibility:hidden}}</style><script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script></head>
<body><header class="amp-wp-header"><a href="/">Sierra Dispatch</a></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{a['title']}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author">Luis Ortega</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{a['date']}T09:00:00+00:00">{_day(a['date'])}</time></div></header>
<figure class="amp-wp-article-featured-image"><amp-img src="/img/reno.jpg" width="800" height="450" layout="responsive" alt="Reno skyline"></amp-img></figure>
<div class="amp-wp-article-content">{body}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp"><div placeholder>Sponsored</div></amp-ad></div>
<footer class="amp-wp-article-footer"><div class="amp-share"><amp-social-share type="facebook" aria-label="Share on Facebook"></amp-social-share><amp-social-share type="email" aria-label="Share by email"></amp-social-share></div></footer></article>
<footer class="amp-wp-footer"><p>Sierra Dispatch newsletter: the week in northern Nevada.</p></footer>
<amp-analytics type="gtag"><script type="application/json">{{"vars":{{"gtag_id":"G-1"}}}}</script></amp-analytics></body></html>"""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | Sierra Dispatch</title></head>
<body><div class="masthead"><a href="/">Sierra Dispatch</a> <a href="/topics/energy/">Energy</a></div>
<div class="story"><h1>{a['title']}</h1><div class="credit">By Luis Ortega, Sierra Dispatch</div>
<div class="story-body">{body}</div>
<div class="share"><a>Share on Facebook</a> <a>Share on X</a></div></div>
<div class="rail"><h3>Most popular</h3><ul>{traps(TRAPS['dispatch'], 'html')}</ul></div>
<div class="foot">Sierra Dispatch newsletter: the week in northern Nevada. &copy; Sierra Dispatch</div></body></html>"""


def zbnews(a) -> str:
    body = "\n".join(f"<p>　　{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{a['title']}_淄博新闻网</title></head>
<body><div class="top">今天是2024年6月3日 星期一　<a href="/">淄博新闻网首页</a> <a href="/news/">本地新闻</a></div>
<div class="con"><h1>{a['title']}</h1>
<div class="info"><span>发布时间：{a['date']} 09:15　来源：淄博日报</span>　<span>编辑：孙倩</span></div>
<div class="content">{body}</div>
<div class="tool"><a>打印本页</a> <a>关闭窗口</a></div></div>
<div class="side"><h3>热点推荐</h3><ul>{traps(TRAPS['zbnews'], 'htm')}</ul></div>
<div class="foot">淄博新闻网版权所有 鲁ICP备0501234号</div></body></html>"""


PAGES = {"ledger": ledger, "dispatch": dispatch, "zbnews": zbnews}


def _ledger_listing(items, page: int, last: bool) -> str:
    nxt = "" if last else f'<link rel="next" href="{{{{base}}}}/news/page/{page + 1}/">'
    prev = '<link rel="prev" href="{{base}}/news/">' if page > 1 else ""
    posts = "".join(f'<article class="post"><h2 class="entry-title"><a href="{a["path"]}">{a["title"]}</a></h2>'
                    f'<div class="entry-summary"><p>{html.escape(a["paras"][0][:90])}&hellip;</p></div></article>'
                    for a in items)
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>News &#8211; The Inland Ledger</title>{prev}{nxt}</head>
<body class="archive"><main>{posts}</main><footer>&copy; The Inland Ledger</footer></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        link = a["path"]
        pub = "<pubDate>Thu, 11 Apr 2024 09:00:00 +0000</pubDate>" if a["id"] == "dp01" else ""
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{link}</link>"
                   f'<guid isPermaLink="false">dispatch-{a["id"]}</guid>{pub}'
                   f"<description>{html.escape(a['paras'][0][:80])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sierra Dispatch - Energy</title><link>/topics/energy/</link>
<description>Energy news from northern Nevada</description>{''.join(out)}</channel></rss>
"""


def _zb_listing(items) -> str:
    links = "".join(f'<li><a href="{a["path"]}">{a["title"]}</a><span>{a["date"]}</span></li>' for a in items)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>本地新闻_淄博新闻网</title></head>
<body><ul class="newslist">{links}</ul></body></html>"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    led = site("ledger")
    files = {"ledger/news/index.html": _ledger_listing(led[:2], 1, False),
             "ledger/news/page/2/index.html": _ledger_listing(led[2:], 2, True),
             "dispatch/feed.xml": _feed(site("dispatch")),
             "zbnews/news/index.html": _zb_listing(site("zbnews"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"zbnews": "gbk"})


if __name__ == "__main__":
    build()
