"""Write the sixty-ninth test web (tests/sixtyninthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `wvgov` (an English state governor's newsroom: a "Governor's Newsroom" banner, a "Print this release" bar
and a "More releases" rail of trap headlines) and `qhdwb` (a Chinese city 外事办公室 portal: a "信息来源：" line, a
"【打印本页】" bar, a "外事动态推荐" rail of trap headlines). The gold was written from the texts before the extractor was
run on them; run `python tests/data/sixtyninthweb/build.py`.
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
    "wvgov": ["Governors sign Appalachian hydrogen hub compact", "State pledges carbon-free agency fleet by 2036"],
    "qhdwb": ["我市与友城签署新能源汽车合作备忘录", "沿海五市承诺2030年前港口全面电动化"],
}
CHROME = {
    "wvgov": ["Governor's Newsroom", "Print this release", "More releases", "Office of the Governor, State Capitol"],
    "qhdwb": ["信息来源：", "【打印本页】", "外事动态推荐", "市人民政府外事办公室 主办"],
}


def wvgov(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Governor's Newsroom</title>
<meta name="dcterms.date" content="{a['date']}"></head>
<body><div class="banner">Governor's Newsroom</div>
<main><div class="release"><h1>{html.escape(a['title'])}</h1>
<p class="release-date">Released {d:%B} {d.day}, {d.year}</p>
<div class="release-body">
{paras(a)}
</div>
<div class="tools">Print this release | Email</div></div></main>
<aside class="more"><h2>More releases</h2><ul>{traps(TRAPS['wvgov'], 'html')}</ul></aside>
<footer>Office of the Governor, State Capitol</footer>
</body></html>"""


def qhdwb(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}</title></head>
<body><div class="top">外事办公室 | 外事动态 | 友城交流</div>
<div class="detail"><h2 class="title">{a['title']}</h2>
<div class="info">发布时间：{d.year}-{d.month:02d}-{d.day:02d} 信息来源：市外办 【打印本页】</div>
<div class="TRS_Editor">
{paras(a)}
</div></div>
<div class="rec"><h3>外事动态推荐</h3><ul>{traps(TRAPS['qhdwb'], 'html')}</ul></div>
<div class="foot">市人民政府外事办公室 主办</div></body></html>"""


PAGES = {"wvgov": wvgov, "qhdwb": qhdwb}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"wvgov": "newsroom/index.html", "qhdwb": "wsdt/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
