"""Write the fifteenth test web (tests/fifteenthweb.py) from articles.py: sites/ and gold.json.

Two sites: `citynet` (an English city-network news site: <time datetime>, article:published_time, "Most popular"
chrome) and `lvse` (a Chinese news portal: date and source in one line, 【责任编辑】 after the body). The gold was
written from the texts before the extractor was run on them; run `python tests/data/fifteenthweb/build.py`.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "citynet": ["Twelve mayors sign clean-air accord at regional forum", "Port city pledges net zero by 2035"],
    "lvse": ["两市在绿色发展大会期间签署合作协议", "某省承诺2028年前实现碳达峰"],
}
CHROME = {
    "citynet": ["Subscribe to CityNet Climate", "All rights reserved"],
    "lvse": ["绿色网版权所有", "【责任编辑：李明】"],
}


def citynet(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | CityNet Climate</title>
<meta property="article:published_time" content="{a['date']}T09:00:00Z"></head>
<body><header><a href="/">CityNet Climate</a> <a href="/news/">News</a> <a href="/events/">Events</a></header>
<article><h1>{a['title']}</h1><time class="published" datetime="{a['date']}">{d.strftime('%B')} {d.day}, {d.year}</time>
<div class="post-body">{_paras(a)}</div></article>
<aside class="popular"><h3>Most popular</h3><ul>{traps(TRAPS['citynet'], 'html')}</ul></aside>
<div class="newsletter">Subscribe to CityNet Climate</div>
<footer>© 2026 CityNet Climate. All rights reserved.</footer>
</body></html>"""


def lvse(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-绿色网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/gj/">国际</a> <a href="/ny/">能源</a> <a href="/dfz/">地方</a></div>
<div class="content"><h1>{a['title']}</h1>
<div class="time-source">{a['date'].replace('-', '年', 1).replace('-', '月', 1)}日 08:15　来源：绿色网</div>
<div class="left_zw">{_paras(a)}</div>
<div class="editor">【责任编辑：李明】</div></div>
<div class="hot"><h3>热点新闻</h3><ul>{traps(TRAPS['lvse'], 'shtml')}</ul></div>
<div class="bottom">绿色网版权所有，未经授权禁止转载</div>
</body></html>"""


PAGES = {"citynet": citynet, "lvse": lvse}
LISTINGS = {"citynet": "news/index.html", "lvse": "scroll-news/index.shtml"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, LISTINGS, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
