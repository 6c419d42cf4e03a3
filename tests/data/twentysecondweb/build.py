"""Write the twenty-second test web (tests/twentysecondweb.py) from articles.py: sites/, gold.json and the listings.

Three sites: `wire` (an English wire: "CITY, Mon. D --" datelines, a <time> byline, "Top stories" chrome), `portal`
(a Simplified Chinese portal: 来源 and 发布时间 under the title, 责任编辑 after the body) and `hk` (a Traditional
Chinese Hong Kong site giving English names in brackets: 發佈日期 line, 熱門 chrome). The gold was written from the
texts before the extractor was run on them; run `python tests/data/twentysecondweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "wire": ["State and province sign clean energy MOU", "Province vows carbon neutrality by 2055"],
    "portal": ["某省与某州签署合作备忘录", "某市承诺2028年前实现碳达峰"],
    "hk": ["某州與某省續簽合作備忘錄", "某市宣布2045年碳中和"],
}
CHROME = {
    "wire": ["Pacific Rim Wire. All rights reserved", "Our Standards"],
    "portal": ["责任编辑：", "中华资讯网版权所有"],
    "hk": ["版權所有 不得轉載", "港聞速遞"],
}


def wire(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Pacific Rim Wire</title>
<meta property="article:published_time" content="{a['date']}T07:15:00Z"></head>
<body><nav><a href="/">Pacific Rim Wire</a> <a href="/world/">World</a> <a href="/business/">Business</a></nav>
<article><h1>{html.escape(a['title'])}</h1>
<p class="byline">By Pacific Rim Wire staff · <time datetime="{a['date']}">{a['date']}</time></p>
<div class="article-body">{_paras(a)}</div></article>
<aside><h3>Top stories</h3><ul>{traps(TRAPS['wire'], 'html')}</ul></aside>
<footer>© Pacific Rim Wire. All rights reserved. Our Standards</footer>
</body></html>"""


def portal(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(a['title'])}_中华资讯网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/gn/">国内</a> <a href="/cj/">财经</a></div>
<div class="article"><h1>{html.escape(a['title'])}</h1>
<div class="info">来源：中华资讯网 发布时间：{a['date']} 09:40</div>
<div class="content">{_paras(a)}</div>
<div class="editor">责任编辑：王五</div></div>
<div class="rank"><h3>排行榜</h3><ul>{traps(TRAPS['portal'], 'htm')}</ul></div>
<div class="footer">中华资讯网版权所有</div>
</body></html>"""


def hk(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - 港聞速遞</title>
<meta property="article:published_time" content="{a['date']}T12:00:00+08:00"></head>
<body><div class="menu"><a href="/">港聞速遞</a> <a href="/china/">中國</a> <a href="/world/">國際</a></div>
<div class="story"><h1>{html.escape(a['title'])}</h1>
<div class="pubdate">發佈日期：{a['date'].replace('-', '/')}</div>
<div class="story-content">{_paras(a)}</div></div>
<div class="popular"><h3>熱門</h3><ul>{traps(TRAPS['hk'], 'html')}</ul></div>
<div class="footer">版權所有 不得轉載</div>
</body></html>"""


PAGES = {"wire": wire, "portal": portal, "hk": hk}
LISTINGS = {"wire": "latest/index.html", "portal": "index.html", "hk": "china/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
