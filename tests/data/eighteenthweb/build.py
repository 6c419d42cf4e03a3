"""Write the eighteenth test web (tests/eighteenthweb.py) from articles.py: sites/, gold.json and the listings.

Three sites: `enx` (an English energy-news site: byline with a <time>, "Most read" chrome), `wire` (an English wire:
"CITY, Mon. D (APN) --" datelines, a reporting line in the body, "Trending" chrome) and `soe` (a Simplified Chinese
SOE/ministry news portal: 发布时间 and 来源 under the title, 【打印】【关闭】 chrome). The gold was written from the texts
before the extractor was run on them; run `python tests/data/eighteenthweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "enx": ["Utility signs solar pact with African capital", "Developer pledges net zero by 2035"],
    "wire": ["Bank and ministry sign clean energy deal", "Country vows 50 percent renewables by 2030"],
    "soe": ["某集团与某国签署风电合作协议", "某公司承诺2030年前实现碳达峰"],
}
CHROME = {
    "enx": ["Subscribe to our newsletter", "Energy Transition Times Ltd"],
    "wire": ["APN Trust Principles", "Terms of use"],
    "soe": ["【打印】【关闭】", "版权所有：国资新闻网"],
}


def enx(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Energy Transition Times</title>
<meta property="article:published_time" content="{a['date']}T07:45:00Z"></head>
<body><header><a href="/">Energy Transition Times</a> <a href="/solar/">Solar</a> <a href="/wind/">Wind</a>
<a href="/hydrogen/">Hydrogen</a></header>
<main><article><h1 class="headline">{html.escape(a['title'])}</h1>
<div class="meta">By Energy Desk | <time datetime="{a['date']}T07:45:00Z">{a['date']}</time></div>
<div class="article-text">{_paras(a)}</div></article>
<section class="most-read"><h3>Most read</h3><ol>{traps(TRAPS['enx'], 'html')}</ol></section></main>
<div class="newsletter">Subscribe to our newsletter</div>
<footer>© Energy Transition Times Ltd</footer>
</body></html>"""


def wire(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | APN</title>
<meta name="article:published_time" content="{a['date']}"></head>
<body><nav><a href="/">Asia Pacific Newswire</a> <a href="/world/">World</a> <a href="/business/">Business</a></nav>
<div class="story"><h1>{html.escape(a['title'])}</h1>
<p class="dateline-meta"><time class="published" datetime="{a['date']}">{a['date']}</time></p>
<div class="story-body">{_paras(a)}</div></div>
<aside><h3>Trending</h3><ul>{traps(TRAPS['wire'], 'html')}</ul></aside>
<footer>APN Trust Principles | Terms of use</footer>
</body></html>"""


def soe(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(a['title'])}_国资新闻网</title></head>
<body><div class="top"><a href="/">首页</a> <a href="/n2588025/">企业动态</a> <a href="/n2588030/">国际合作</a></div>
<div class="zsy_content"><h1 class="zsy_cotitle">{html.escape(a['title'])}</h1>
<p class="info">发布时间：{a['date']} 来源：企业动态</p>
<div class="zsy_comain">{_paras(a)}</div>
<div class="tools">【打印】【关闭】</div></div>
<div class="hot"><h3>热点新闻</h3><ul>{traps(TRAPS['soe'], 'html')}</ul></div>
<div class="footer">版权所有：国资新闻网</div>
</body></html>"""


PAGES = {"enx": enx, "wire": wire, "soe": soe}
LISTINGS = {"enx": "news/index.html", "wire": "world/index.html", "soe": "n2588025/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
