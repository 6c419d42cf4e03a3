"""Write the sixty-fifth test web (tests/sixtyfifthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `harborlink` (an English city-network news site: a "Network dispatch" kicker, a "Share on LinkedIn" bar and
a "From across the network" rail of trap headlines) and `gangwan` (a Chinese news portal: a "稿源：" line, a "图文推荐"
rail of trap headlines and a "海港在线" footer). The gold was written from the texts before the extractor was run on
them; run `python tests/data/sixtyfifthweb/build.py`.
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
    "harborlink": ["Twelve mayors sign coastal resilience pact", "Port cities pledge zero-emission ferries by 2032"],
    "gangwan": ["沿海城市签署蓝色经济合作协议", "三港口承诺2035年前全面电动化"],
}
CHROME = {
    "harborlink": ["Network dispatch", "Share on LinkedIn", "From across the network", "Harborlink Cities Network"],
    "gangwan": ["稿源：", "图文推荐", "海港在线", "【字号 大 中 小】"],
}


def harborlink(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Harborlink</title>
<meta property="article:published_time" content="{a['date']}T09:00:00Z"></head>
<body><header><a class="logo" href="/">Harborlink Cities Network</a></header>
<article><p class="kicker">Network dispatch</p>
<h1>{html.escape(a['title'])}</h1>
<p class="byline">By network staff &middot; <time datetime="{a['date']}">{d:%b} {d.day}, {d.year}</time></p>
<div class="story-body">
{paras(a)}
</div>
<div class="share">Share on LinkedIn &middot; Email this story</div></article>
<aside><h2>From across the network</h2><ul>{traps(TRAPS['harborlink'], 'html')}</ul></aside>
<footer>&copy; Harborlink Cities Network</footer>
</body></html>"""


def gangwan(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_海港在线</title></head>
<body><div class="nav">首页 | 港城要闻 | 绿色航运</div>
<div class="article"><h1>{a['title']}</h1>
<div class="meta">{d.year}年{d.month:02d}月{d.day:02d}日 08:45 稿源：海港在线 【字号 大 中 小】</div>
<div class="content">
{paras(a)}
</div></div>
<div class="tuijian"><h3>图文推荐</h3><ul>{traps(TRAPS['gangwan'], 'html')}</ul></div>
<div class="copyright">海港在线 版权所有</div></body></html>"""


PAGES = {"harborlink": harborlink, "gangwan": gangwan}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"harborlink": "network-news/index.html", "gangwan": "news/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
