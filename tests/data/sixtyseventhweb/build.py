"""Write the sixty-seventh test web (tests/sixtyseventhweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `ledger` (an English newspaper with an interview section: an "In Conversation" kicker, a "Gift this
article" bar and a "More from In Conversation" rail of trap headlines) and `nanfeng` (a Chinese news portal with 专访
and 答记者问 pages: a "来源：南风网" line, "【纠错】【打印】", a "热点专题" rail of trap headlines, a "南风网" footer).
The gold was written from the texts before the extractor was run on them; run
`python tests/data/sixtyseventhweb/build.py`.
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
    "ledger": ["Five river towns sign flood-defense compact", "Utility vows coal-free grid by 2031"],
    "nanfeng": ["粤东四市签署生态环境联防联治协议", "两家电厂承诺2027年前完成超低排放改造"],
}
CHROME = {
    "ledger": ["In Conversation", "Gift this article", "More from In Conversation", "The Prairie Ledger"],
    "nanfeng": ["来源：南风网", "【纠错】【打印】", "热点专题", "南风网 版权所有"],
}


def ledger(a) -> str:
    d = date.fromisoformat(a["date"])
    kicker = "In Conversation" if "/conversations/" in a["path"] else "City Hall"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - The Prairie Ledger</title>
<meta name="date" content="{a['date']}"></head>
<body><header><a class="masthead" href="/">The Prairie Ledger</a>
<nav>News | In Conversation | Opinion</nav></header>
<main><article><div class="kicker">{kicker}</div>
<h1>{html.escape(a['title'])}</h1>
<div class="dateline">Published {d:%B} {d.day}, {d.year}</div>
<section class="article-body">
{paras(a)}
</section>
<div class="tools">Gift this article &middot; Print</div></article></main>
<aside class="rail"><h2>More from In Conversation</h2><ul>{traps(TRAPS['ledger'], 'html')}</ul></aside>
<footer>&copy; {d.year} The Prairie Ledger</footer>
</body></html>"""


def nanfeng(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']} - 南风网</title></head>
<body><div class="topnav">首页 | 人物专访 | 答记者问 | 环保</div>
<div class="main"><h1 class="title">{a['title']}</h1>
<div class="info">{d.year}-{d.month:02d}-{d.day:02d} 10:20 来源：南风网 【纠错】【打印】</div>
<div class="TRS_Editor">
{paras(a)}
</div></div>
<div class="side"><h3>热点专题</h3><ul>{traps(TRAPS['nanfeng'], 'html')}</ul></div>
<div class="foot">南风网 版权所有</div></body></html>"""


PAGES = {"ledger": ledger, "nanfeng": nanfeng}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"ledger": "latest/index.html", "nanfeng": "list/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
