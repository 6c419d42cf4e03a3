"""Write the seventy-fourth test web (tests/seventyfourthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `jxfgw` (a Chinese provincial 发改委 portal: a "委内动态" column bar, a "【保存本页】" tool line, a
"政策解读推荐" rail of trap headlines) and `hfdsus` (an English city sustainability office: a "Green Hartford" banner,
a "Share this update" bar and a "More from the office" rail of trap headlines). The gold was written from the texts
before the extractor was run on them; run `python tests/data/seventyfourthweb/build.py`.
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
    "jxfgw": ["全省单位生产总值能耗五年下降15%", "赣南三市承诺2027年前实现公交全面电动化"],
    "hfdsus": ["Mayor pledges net-zero schools by 2033", "Regional compact targets 40% transit ridership gain"],
}
CHROME = {
    "jxfgw": ["委内动态 | 政策文件 | 政策解读", "【保存本页】", "政策解读推荐", "省发展和改革委员会 版权所有"],
    "hfdsus": ["Green Hartford", "Share this update", "More from the office", "City Hall, 550 Main Street"],
}


def jxfgw(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}</title>
<meta name="PubDate" content="{a['date']} 09:30"></head>
<body><div class="nav">委内动态 | 政策文件 | 政策解读</div>
<div class="article"><h1 class="art-title">{a['title']}</h1>
<div class="art-meta">{d.year}-{d.month:02d}-{d.day:02d} 来源：省发展改革委 【保存本页】</div>
<div class="art-con">
{paras(a)}
</div></div>
<div class="rel"><h3>政策解读推荐</h3><ul>{traps(TRAPS['jxfgw'], 'html')}</ul></div>
<div class="footer">省发展和改革委员会 版权所有</div></body></html>"""


def hfdsus(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Green Hartford</title>
<meta property="article:published_time" content="{a['date']}T10:00:00-04:00"></head>
<body><header class="brand">Green Hartford</header>
<main><article><h1>{html.escape(a['title'])}</h1>
<p class="byline">Office of Sustainability | {d:%B} {d.day}, {d.year}</p>
<div class="entry">
{paras(a)}
</div>
<div class="share">Share this update</div></article></main>
<aside class="more"><h2>More from the office</h2><ul>{traps(TRAPS['hfdsus'], 'html')}</ul></aside>
<footer>City Hall, 550 Main Street</footer>
</body></html>"""


PAGES = {"jxfgw": jxfgw, "hfdsus": hfdsus}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"jxfgw": "art/index.html", "hfdsus": "news/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
