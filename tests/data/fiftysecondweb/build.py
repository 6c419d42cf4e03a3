"""Write the fifty-second test web (tests/fiftysecondweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `valleywire` (an English regional news site: byline and date under the title, "Filed under:" tags under
the text, a "Trending now" box of traps and a "Reader services" footer) and `xncs` (a Chinese city portal: 发布时间 and
阅读量 under the title, 【返回顶部】 under the text, a 热点推荐 box of traps and a 本网声明 footer). The gold was written
from the texts before the extractor was run on them; run `python tests/data/fiftysecondweb/build.py`.
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
    "valleywire": ["Sister cities sign climate pact at summit in the capital",
                   "Mayor pledges net zero by 2035 at forum"],
    "xncs": ["两市在京签署低碳合作备忘录", "某市宣布2030年前实现碳达峰"],
}
CHROME = {
    "valleywire": ["Filed under:", "Trending now", "Reader services"],
    "xncs": ["阅读量", "【返回顶部】", "热点推荐", "本网声明"],
}


def valleywire(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | Valley Wire</title>
<meta property="article:published_time" content="{a['date']}T07:45:00-08:00"></head>
<body><header><a href="/">Valley Wire</a> <nav><a href="/news/">News</a> <a href="/climate/">Climate</a>
<a href="/business/">Business</a></nav></header>
<main><article><h1>{a['title']}</h1>
<p class="byline">By Dana Whitcombe · <time datetime="{a['date']}">{a['date']}</time></p>
<div class="story">{_paras(a)}</div>
<p class="tags">Filed under: climate, cities, international</p></article>
<aside><h3>Trending now</h3><ul>{traps(TRAPS['valleywire'], 'html')}</ul></aside></main>
<footer>Reader services · Subscribe · Contact the newsroom · © 2025 Valley Wire</footer>
</body></html>"""


def xncs(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_西南城市网</title></head>
<body><div class="head"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> <a href="/csdt/">城市动态</a> <a href="/zt/">专题</a></div>
<div class="main"><h1>{a['title']}</h1>
<div class="info">发布时间：{a['date']} 10:20　阅读量：1268</div>
<div class="content">{_paras(a)}</div>
<div class="back">【返回顶部】</div>
<div class="hot"><h3>热点推荐</h3><ul>{traps(TRAPS['xncs'], 'html')}</ul></div></div>
<div class="foot">本网声明：转载请注明出处 西南城市网 渝ICP备20250000号</div>
</body></html>"""


PAGES = {"valleywire": valleywire, "xncs": xncs}
LISTINGS = {"valleywire": "news/index.html", "xncs": "xwzx/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
