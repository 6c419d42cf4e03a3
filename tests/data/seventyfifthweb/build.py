"""Write the seventy-fifth test web (tests/seventyfifthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `rccnews` (an English NGO newsroom: a "Confluence Climate Network | Coalition news" banner, a "Posted in"
line, a "Back to news" link and a "Coalition news" rail of trap headlines) and `tzgov` (a Chinese city government
portal: a "阅读次数" line, a "延伸阅读" rail of trap headlines, a 主办 footer). The gold was written from the texts
before the extractor was run on them; run `python tests/data/seventyfifthweb/build.py`.
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
    "rccnews": ["River mayors sign online flood data compact", "Network members pledge zero-emission ferries by 2035"],
    "tzgov": ["我市与美国友城云签约共建零碳园区", "长三角十城承诺2028年前公交全面电动化"],
}
CHROME = {
    "rccnews": ["Confluence Climate Network | Coalition news", "Posted in", "Back to news",
                "A nonprofit network of river cities acting on climate"],
    "tzgov": ["阅读次数：", "延伸阅读", "台州市人民政府办公室 主办"],
}


def rccnews(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Confluence Climate Network</title>
<meta property="article:published_time" content="{a['date']}T09:00:00-05:00"></head>
<body><header class="masthead">Confluence Climate Network | Coalition news</header>
<article class="story"><h1>{html.escape(a['title'])}</h1>
<div class="byline">Posted in Members, {d:%B} {d.day}, {d.year}</div>
<div class="story-body">
{paras(a)}
</div>
<p class="back"><a href="index.html">Back to news</a></p></article>
<aside class="rail"><h2>Coalition news</h2><ul>{traps(TRAPS['rccnews'], 'html')}</ul></aside>
<footer>A nonprofit network of river cities acting on climate</footer>
</body></html>"""


def tzgov(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}</title>
<meta name="PubDate" content="{d.year}-{d.month:02d}-{d.day:02d} 10:30"></head>
<body><div class="nav">首页 | 政务动态 | 对外交流</div>
<div class="article"><h1>{a['title']}</h1>
<div class="meta">{d.year}-{d.month:02d}-{d.day:02d} 来源：市外办 阅读次数：1024</div>
<div class="article-con">
{paras(a)}
</div></div>
<div class="ext"><h3>延伸阅读</h3><ul>{traps(TRAPS['tzgov'], 'html')}</ul></div>
<div class="footer">台州市人民政府办公室 主办</div></body></html>"""


PAGES = {"rccnews": rccnews, "tzgov": tzgov}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"rccnews": "news/index.html", "tzgov": "art/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
