"""Write the seventy-third test web (tests/seventythirdweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `idgov` (an English state newsroom: a "Skip to main content" link, an "Office of the Governor" masthead, a
"Share this release" bar and a "More from the Governor" rail of trap headlines) and `jxwb` (a Chinese provincial 外事
portal: a "【字体：大 中 小】" bar, a "【打印本页】【关闭窗口】" bar and a "推荐阅读" rail of trap headlines). The gold was
written from the texts before the extractor was run on them; run `python tests/data/seventythirdweb/build.py`.
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
from webbuild import listings, paras, traps, write_web  # noqa: E402

TRAPS = {
    "idgov": ["Idaho and Sichuan renew wind energy accord", "Four cities extend clean transit pact through 2035"],
    "jxwb": ["多地续签新能源合作协议", "两省签署补充协议扩展低碳合作范围"],
}
CHROME = {
    "idgov": ["Skip to main content", "Share this release", "More from the Governor", "Idaho Office of the Governor"],
    "jxwb": ["【字体：大 中 小】", "【打印本页】", "【关闭窗口】", "推荐阅读"],
}


def idgov(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Office of the Governor</title>
<meta name="date" content="{a['date']}"></head>
<body><a class="skip" href="#main">Skip to main content</a>
<header><div class="masthead">Idaho Office of the Governor</div></header>
<main id="main"><article><h1>{html.escape(a['title'])}</h1>
<p class="release-date">FOR IMMEDIATE RELEASE &ndash; {d:%B} {d.day}, {d.year}</p>
<div class="body">
{paras(a)}
</div>
<div class="share">Share this release: <a href="#">Email</a></div></article></main>
<aside class="more"><h2>More from the Governor</h2><ul>{traps(TRAPS['idgov'], 'html')}</ul></aside>
<footer>State Capitol, 700 W Jefferson Street, Boise</footer>
</body></html>"""


def jxwb(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-外事动态</title></head>
<body><div class="loc">当前位置：首页 &gt; 外事动态</div>
<div class="article"><h1>{a['title']}</h1>
<div class="info">{d.year}-{d.month:02d}-{d.day:02d} 来源：省外办 【字体：大 中 小】</div>
<div class="content">
{paras(a)}
</div>
<div class="tools">【打印本页】【关闭窗口】</div></div>
<div class="tjyd"><h3>推荐阅读</h3><ul>{traps(TRAPS['jxwb'], 'html')}</ul></div>
<div class="footer">江西省人民政府外事办公室</div></body></html>"""


PAGES = {"idgov": idgov, "jxwb": jxwb}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"idgov": "governor/news/index.html", "jxwb": "wsdt/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
