"""Write the sixty-sixth test web (tests/sixtysixthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `cityhall` (an English city newsroom: a "City Hall Newsroom" logo, a "Read the plan" link, a "Sign up for
city alerts" box and an "Around City Hall" rail of trap headlines) and `shengfu` (a Chinese provincial portal in 公文
style: a "发文机关：" line, "【收藏】", a "相关文件" rail of trap headlines and an "信息公开目录" link). The gold was
written from the texts before the extractor was run on them; run `python tests/data/sixtysixthweb/build.py`.
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
    "cityhall": ["Three towns vow to halve emissions by 2031", "County pledges sixty percent clean power by 2033"],
    "shengfu": ["某市承诺二〇二九年前实现碳达峰", "某县可再生能源占比二〇三一年达到五成"],
}
CHROME = {
    "cityhall": ["City Hall Newsroom", "Read the plan", "Sign up for city alerts", "Around City Hall"],
    "shengfu": ["发文机关：", "【收藏】", "相关文件", "信息公开目录"],
}


def cityhall(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - City Hall Newsroom</title>
<meta property="article:published_time" content="{a['date']}T14:00:00Z"></head>
<body><header><a class="logo" href="/">City Hall Newsroom</a></header>
<main><article><h1>{html.escape(a['title'])}</h1>
<p class="dateline"><time datetime="{a['date']}">{d:%B} {d.day}, {d.year}</time></p>
<div class="release-body">
{paras(a)}
</div>
<p class="plan-link"><a href="/plans/">Read the plan</a></p></article></main>
<aside><div class="alerts">Sign up for city alerts</div><h2>Around City Hall</h2>
<ul>{traps(TRAPS['cityhall'], 'html')}</ul></aside>
<footer>City Hall Newsroom</footer>
</body></html>"""


def shengfu(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_政府信息</title></head>
<body><div class="topnav"><a href="/xxgk/">信息公开目录</a> | 工作动态</div>
<div class="gw"><h1>{a['title']}</h1>
<div class="gwinfo">发文机关：人民政府办公室 发布日期：{d.year}-{d.month:02d}-{d.day:02d} 【收藏】</div>
<div class="gwzw">
{paras(a)}
</div></div>
<div class="xgwj"><h3>相关文件</h3><ul>{traps(TRAPS['shengfu'], 'html')}</ul></div>
<div class="foot">主办：人民政府办公室</div></body></html>"""


PAGES = {"cityhall": cityhall, "shengfu": shengfu}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"cityhall": "newsroom/index.html", "shengfu": "zwgk/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
