"""Write the forty-sixth test web (tests/fortysixthweb.py) from articles.py: sites/, gold.json and the listings.

Three sites: `ccnet` (a city-network newsroom: "Posted June 14, 2024 by the Network Secretariat", a "Member Cities"
menu, a "Join the Network" box and "Network News" headlines beside the text), `qhgov` (a provincial government
portal: 信息来源 and 发布时间 under the title, 【我要纠错】【收藏本页】 under the text, a 网站地图 and 政务微博 footer)
and `nswire` (an English wire: a dateline in the first paragraph, "Filed by ... | Desk: ...", "Related Coverage" and
a "Licensing" footer). The gold was written from the texts before the extractor was run on them; run
`python tests/data/fortysixthweb/build.py`.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "ccnet": ["Two member cities sign zero-waste pledge", "Network city vows carbon-free buses by 2035"],
    "qhgov": ["海东市与某市签署生态保护合作协议", "某县力争2026年实现碳达峰"],
    "nswire": ["Ohio county signs power purchase pact with Chinese firm", "Chinese province vows net zero by 2055"],
}
CHROME = {
    "ccnet": ["Member Cities", "Join the Network", "Network News"],
    "qhgov": ["我要纠错", "收藏本页", "政务微博"],
    "nswire": ["Related Coverage", "Licensing", "Filed by"],
}


def ccnet(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | Climate Cities Exchange</title></head>
<body><header><a class="logo" href="/">Climate Cities Exchange</a>
<nav><a href="/members/">Member Cities</a> <a href="/programs/">Programs</a> <a href="/news/">News</a></nav></header>
<div class="wrap"><main><article class="post"><h1 class="post-title">{a['title']}</h1>
<div class="post-meta">Posted {d.strftime('%B')} {d.day}, {d.year} by the Network Secretariat</div>
<div class="post-content">{_paras(a)}</div></article></main>
<aside class="sidebar"><div class="join"><h3>Join the Network</h3><p>Any city with a climate plan may apply.</p></div>
<div class="netnews"><h3>Network News</h3><ul>{traps(TRAPS['ccnet'], 'html')}</ul></div></aside></div>
<footer>Climate Cities Exchange · Secretariat · Contact</footer>
</body></html>"""


def qhgov(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_青海省人民政府网</title></head>
<body><div class="top"><a href="/">首页</a> <a href="/xxgk/">政务公开</a> <a href="/xxgk/xwdt/">新闻动态</a> <a href="/hdjl/">互动交流</a></div>
<div class="detail"><h1>{a['title']}</h1>
<div class="info">信息来源：青海省人民政府外事办公室　发布时间：{a['date']} 16:45</div>
<div class="TRS_UEDITOR">{_paras(a)}</div>
<div class="tools">【我要纠错】【收藏本页】</div>
<div class="xgxw"><ul>{traps(TRAPS['qhgov'], 'html')}</ul></div></div>
<div class="foot"><a href="/wzdt/">网站地图</a> 政务微博 主办单位：青海省人民政府办公厅 青ICP备05000888号</div>
</body></html>"""


def nswire(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | Northstar Newswire</title>
<meta name="article:published_time" content="{a['date']}T09:20:00Z"></head>
<body><div class="mast">Northstar Newswire</div>
<div class="story"><h1>{a['title']}</h1><div class="filed">Filed by Tom Eckhardt | Desk: Energy &amp; Environment</div>
<div class="story-body">{_paras(a)}</div></div>
<div class="related"><h2>Related Coverage</h2><ul>{traps(TRAPS['nswire'], 'html')}</ul></div>
<footer>Licensing · Corrections · © Northstar Newswire</footer>
</body></html>"""


PAGES = {"ccnet": ccnet, "qhgov": qhgov, "nswire": nswire}
LISTINGS = {"ccnet": "news/index.html", "qhgov": "xxgk/xwdt/index.html", "nswire": "stories/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
