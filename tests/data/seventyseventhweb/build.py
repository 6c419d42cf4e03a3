"""Write the seventy-seventh test web (tests/seventyseventhweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `galwaycc` (an English city council newsroom: a "Galway City Council | Newsroom" banner, a "Published:"
line with a day-first date, a "Return to Newsroom" link and an "In the Newsroom" rail of trap headlines) and `czgov` (a
Chinese city government portal: a "浏览次数" line, a "相关链接" rail of trap headlines, a 版权所有 footer). The gold was
written from the texts before the extractor was run on them; run `python tests/data/seventyseventhweb/build.py`.
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
    "galwaycc": ["Council and twin towns sign bog restoration charter", "Councillors pledge carbon-neutral fleet by 2032"],
    "czgov": ["我市与北美三城签署低碳园区合作协议", "我市承诺2029年前公交车辆全部更新为新能源车"],
}
CHROME = {
    "galwaycc": ["Galway City Council | Newsroom", "Published:", "Return to Newsroom", "In the Newsroom",
                 "Comhairle Cathrach na Gaillimhe"],
    "czgov": ["浏览次数：", "相关链接", "滁州市人民政府办公室 版权所有"],
}


def galwaycc(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Galway City Council</title>
<meta property="article:published_time" content="{a['date']}T11:00:00+01:00"></head>
<body><header class="site-banner">Galway City Council | Newsroom</header>
<main><article class="news-item"><h1>{html.escape(a['title'])}</h1>
<p class="news-date">Published: {d:%d.%m.%Y}</p>
<div class="news-body">
{paras(a)}
</div>
<p class="return"><a href="index.html">Return to Newsroom</a></p></article></main>
<aside class="related"><h2>In the Newsroom</h2><ul>{traps(TRAPS['galwaycc'], 'html')}</ul></aside>
<footer>Comhairle Cathrach na Gaillimhe</footer>
</body></html>"""


def czgov(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}</title>
<meta name="PubDate" content="{d.year}-{d.month:02d}-{d.day:02d} 09:15"></head>
<body><div class="nav">首页 | 政务动态 | 外事侨务</div>
<div class="article"><h1>{a['title']}</h1>
<div class="info">发布时间：{d.year}-{d.month:02d}-{d.day:02d} 来源：市外办 浏览次数：768</div>
<div class="TRS_Editor">
{paras(a)}
</div></div>
<div class="links"><h3>相关链接</h3><ul>{traps(TRAPS['czgov'], 'html')}</ul></div>
<div class="footer">滁州市人民政府办公室 版权所有</div></body></html>"""


PAGES = {"galwaycc": galwaycc, "czgov": czgov}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"galwaycc": "newsroom/index.html", "czgov": "zwdt/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
