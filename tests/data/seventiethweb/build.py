"""Write the seventieth test web (tests/seventiethweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `hpta` (an English trade-association newsroom: a "Member Login" bar, a "Download the PDF" link and an
"Association Bulletin" rail of trap headlines) and `bdzs` (a Chinese city 招商/外办 portal: a "【收藏本页】" bar, a
"相关链接" rail of trap headlines and a footer "主办单位：保定市投资促进局" that names a host of the site, not of any
signing). The gold was written from the texts before the extractor was run on them; run
`python tests/data/seventiethweb/build.py`.
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
    "hpta": ["Members sign wind turbine recycling pledge", "Grid storage makers agree export code of conduct"],
    "bdzs": ["多地签署新能源装备产业合作框架协议", "三城市承诺2030年前公交全面电动化"],
}
CHROME = {
    "hpta": ["Member Login", "Download the PDF", "Association Bulletin", "Heartland Power Trade Association Newsroom"],
    "bdzs": ["【收藏本页】", "相关链接", "主办单位：保定市投资促进局", "招商动态"],
}


def hpta(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - HPTA Newsroom</title>
<meta name="date" content="{a['date']}"></head>
<body><div class="topbar"><a href="/login">Member Login</a> | <a href="/join">Join</a></div>
<header><a class="brand" href="/">Heartland Power Trade Association Newsroom</a></header>
<main><article><h1>{html.escape(a['title'])}</h1>
<div class="dateline">Press release &middot; {d:%B} {d.day}, {d.year}</div>
<div class="release-body">
{paras(a)}
</div>
<p class="pdf"><a href="#">Download the PDF</a></p></article></main>
<aside class="bulletin"><h2>Association Bulletin</h2><ul>{traps(TRAPS['hpta'], 'html')}</ul></aside>
<footer>Heartland Power Trade Association &middot; 1200 Main Street, Lubbock</footer>
</body></html>"""


def bdzs(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-招商动态</title></head>
<body><div class="daohang">首页 &gt; 招商动态 &gt; 正文</div>
<div class="zw"><h1>{a['title']}</h1>
<div class="xx">发布时间：{d.year}-{d.month:02d}-{d.day:02d} 【收藏本页】</div>
<div class="zw-text">
{paras(a)}
</div></div>
<div class="xglj"><h3>相关链接</h3><ul>{traps(TRAPS['bdzs'], 'html')}</ul></div>
<div class="foot">主办单位：保定市投资促进局 承办单位：保定市外事办公室</div></body></html>"""


PAGES = {"hpta": hpta, "bdzs": bdzs}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"hpta": "newsroom/index.html", "bdzs": "zsdt/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
