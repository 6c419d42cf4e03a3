"""Write the sixty-first test web (tests/sixtyfirstweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `vtledger` (an English regional paper: "e-Edition" and "Subscribe" bar, a weather line, a byline with
"Staff Writer", an obituaries box and "More Local News" traps under the story) and `nyzx` (a Chinese energy portal:
来源 and 作者 under the title, 分享到 and 责任编辑 under the text, a 热点排行 box of traps, a 免责声明 footer). The gold
was written from the texts before the extractor was run on them; run `python tests/data/sixtyfirstweb/build.py`.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "vtledger": ["Essex County signs solar pact with Chinese sister city", "Rutland pledges carbon neutrality by 2035"],
    "nyzx": ["两市签署储能合作协议", "某市宣布2040年实现碳中和"],
}
CHROME = {
    "vtledger": ["e-Edition", "Subscribe", "Staff Writer", "Obituaries", "More Local News"],
    "nyzx": ["分享到", "责任编辑", "热点排行", "免责声明"],
}


def vtledger(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']} | The Valley Ledger</title>
<meta property="article:published_time" content="{a['date']}T06:00:00-04:00"></head>
<body><div class="topbar"><a href="/e-edition/">e-Edition</a> <a href="/subscribe/">Subscribe</a>
<span class="wx">Weather: 41&deg;F, light snow</span></div>
<nav><a href="/news/local/">Local</a> <a href="/news/state/">State</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a></nav>
<article><h1>{a['title']}</h1>
<p class="byline">By Nora Castellane, Staff Writer <time datetime="{a['date']}">{a['date']}</time></p>
<div class="story-body">{_paras(a)}</div></article>
<aside class="obits"><h3>Obituaries</h3><p>Margaret Ellery, 91, of Shelburne</p></aside>
<aside class="more"><h3>More Local News</h3><ul>{traps(TRAPS['vtledger'], 'html')}</ul></aside>
<footer>&copy; 2024 The Valley Ledger. All rights reserved.</footer>
</body></html>"""


def nyzx(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_能源资讯网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/news/">资讯</a> <a href="/dl/">电力</a> <a href="/xny/">新能源</a></div>
<div class="art"><h1>{a['title']}</h1>
<div class="info">{a['date']} 10:12　来源：能源资讯网　作者：林若溪</div>
<div class="content">{_paras(a)}</div>
<div class="share">分享到：微信 微博</div>
<div class="zb">责任编辑：潘静</div></div>
<div class="rank"><h3>热点排行</h3><ul>{traps(TRAPS['nyzx'], 'html')}</ul></div>
<div class="foot">免责声明：本网转载内容仅供参考。 京ICP备12000123号</div>
</body></html>"""


PAGES = {"vtledger": vtledger, "nyzx": nyzx}
LISTINGS = {"vtledger": "news/index.html", "nyzx": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
