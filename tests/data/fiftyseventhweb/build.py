"""Write the fifty-seventh test web (tests/fiftyseventhweb.py) from articles.py: sites/, gold.json and the listings.

Two sites with templates no other web has: `riverline` (an English news site built with a JavaScript framework: the
story only in a `__NEXT_DATA__` JSON blob beside an empty `<div id="__next">`, or only in a JSON-LD `articleBody`
beside an empty `<div id="root">` and a "This site requires JavaScript" notice; one story server-rendered but cut by
a "Page 1 2 Next" pager whose page 2 is not served) and `exbei` (an old table-layout county portal in GBK: `<td>`
lines parted by `<br>`, "2026.11.03" or "03/11/2026" dates, a 打印本页 关闭窗口 bar, a 点击数 counter, one body
split by `<!--nextpage-->` with a 共2页 pager). The gold was written from the texts before the extractor was run on
them; run `python tests/data/fiftyseventhweb/build.py`.
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
from webbuild import listings, traps, write_web  # noqa: E402

TRAPS = {
    "riverline": ["Two river cities sign a clean water accord", "County board pledges net zero by 2040"],
    "exbei": ["两县签署生态保护补偿协议", "某区承诺2029年前实现碳达峰"],
}
CHROME = {
    "riverline": ["This site requires JavaScript", "Share this dispatch", "Page 1 2", "Keep reading"],
    "exbei": ["打印本页", "关闭窗口", "点击数：", "共2页", "下一页"],
}


def _json(obj) -> str:
    """JSON for a <script> element ("</" escaped as a framework writes it)."""
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def _head(a, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | The Riverline</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="{html.escape(a['title'])}">
<link rel="preload" href="/_next/static/chunks/main-5f2a.js" as="script">{extra}</head>"""


def riverline(a) -> str:
    related = [{"title": t, "href": f"/stories/x{n}"} for n, t in enumerate(TRAPS["riverline"])]
    if a["kind"] == "next":
        body = "".join(f"<p>{html.escape(p)}</p>" for p in a["paras"])
        data = {"props": {"pageProps": {"story": {"headline": a["title"], "publishedAt": f"{a['date']}T14:20:00Z",
                                                  "byline": "Dana Whitcombe", "bodyHtml": body},
                                        "related": related, "nav": ["Share this dispatch"]}},
                "page": "/stories/[slug]", "query": {"slug": a["path"].rsplit("/", 1)[1]}, "buildId": "r7Qx2"}
        return _head(a) + f"""
<body><div id="__next"></div>
<script id="__NEXT_DATA__" type="application/json">{_json(data)}</script>
<script src="/_next/static/chunks/main-5f2a.js" defer></script></body></html>"""
    if a["kind"] == "jsonld":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "datePublished": f"{a['date']}T09:00:00-04:00", "author": {"@type": "Person", "name": "Marcus Ellery"},
              "publisher": {"@type": "Organization", "name": "The Riverline"}, "articleBody": "\n\n".join(a["paras"])}
        return _head(a, f'\n<script type="application/ld+json">{_json(ld)}</script>') + """
<body><noscript>This site requires JavaScript. Please turn it on to read The Riverline.</noscript>
<div id="root"></div><script src="/static/js/app.8c1e.js"></script></body></html>"""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in a["paras"])
    rel = "".join(f'<li><a href="{r["href"]}">{r["title"]}</a></li>' for r in related)
    return _head(a, f'\n<meta property="article:published_time" content="{a["date"]}T08:00:00Z">') + f"""
<body><header><a href="/">The Riverline</a> <nav><a href="/politics">Politics</a> <a href="/climate">Climate</a></nav></header>
<main><article><h1>{a['title']}</h1><div class="byline">By Priya Tandon · <time datetime="{a['date']}">{a['date']}</time></div>
<div class="story-body">{paras}<p class="more">Keep reading on the next page</p></div>
<nav class="pager">Page <span class="current">1</span> <a href="{a['path']}?page=2">2</a> <a href="{a['path']}?page=2">Next ›</a></nav>
<div class="share">Share this dispatch</div></article>
<aside><h2>More from The Riverline</h2><ul>{rel}</ul></aside></main></body></html>"""


def exbei(a) -> str:
    lines = []
    for p in a["paras"]:
        lines.append(p if p.startswith("<!--") else "　　" + html.escape(p) + "<br>")
    body = "\n".join(lines)
    pager = ""
    if a["kind"] == "nextpage":
        nxt = a["path"].replace(".html", "_2.html")
        pager = f'<tr><td align="center">共2页: 上一页 <b>1</b> <a href="{nxt}">2</a> <a href="{nxt}">下一页</a></td></tr>'
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{a['title']}-鄂西北信息网</title></head>
<body topmargin="0"><table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="/">网站首页</a> | <a href="/news/">本地要闻</a> | <a href="/zwgk/">政务公开</a> | <a href="/bmfw/">便民服务</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top"><table><tr><td>热点推荐</td></tr>{''.join(f'<tr><td><a href="/x/{n}.html">{t}</a></td></tr>' for n, t in enumerate(TRAPS['exbei']))}</table></td>
<td width="760" valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td align="center" height="40"><font size="4"><b>{a['title']}</b></font></td></tr>
<tr><td align="center">发布时间：{a['shown']}　来源：本站　点击数：<script src="/count.asp?id={a['id']}"></script>1836</td></tr>
<tr><td class="content">{body}</td></tr>{pager}
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr></table>
<table width="980" align="center"><tr><td align="center">主办：鄂西北信息网　鄂ICP备08001234号</td></tr></table>
</body></html>"""


PAGES = {"riverline": riverline, "exbei": exbei}
LISTINGS = {"riverline": "stories/index.html", "exbei": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME),
              encodings={"exbei": "gbk"})


if __name__ == "__main__":
    build()
