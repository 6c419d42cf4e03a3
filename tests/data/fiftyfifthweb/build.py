"""Write the fifty-fifth test web (tests/fiftyfifthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `lakepost` (an English news site: "By ... | Published ..." under the title, "Filed under:" tags, a "Reader
favorites" box and a "Newsletter sign-up" footer) and `dfhz` (a Chinese portal of local foreign cooperation: 发布时间
and 来源 under the title, 【返回顶部】【打印本页】 under the text and a 网友关注 box). The gold was written from the texts
before the extractor was run on them; run `python tests/data/fiftyfifthweb/build.py`.
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
    "lakepost": ["Ohio county inks solar memorandum with Chinese province", "Utility vows net-zero power by 2040"],
    "dfhz": ["某市与美国城市签署友好合作备忘录", "某集团承诺2027年实现碳达峰"],
}
CHROME = {
    "lakepost": ["Filed under:", "Reader favorites", "Newsletter sign-up"],
    "dfhz": ["【返回顶部】", "网友关注", "打印本页"],
}


def lakepost(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | The Lake Post</title>
<meta property="article:published_time" content="{a['date']}T08:15:00-05:00"></head>
<body><header><a href="/">The Lake Post</a> <nav><a href="/us/">U.S.</a> <a href="/world/">World</a>
<a href="/climate/">Climate</a> <a href="/opinion/">Opinion</a></nav></header>
<main><article><h1>{html.escape(a['title'])}</h1>
<p class="byline">By Staff Writer | Published {a['date']}</p>
<div class="story-body">{_paras(a)}</div>
<p class="tags">Filed under: China, Climate, Cities</p></article>
<aside><h3>Reader favorites</h3><ul>{traps(TRAPS['lakepost'], 'html')}</ul></aside></main>
<footer><div>Newsletter sign-up: get the morning briefing in your inbox.</div></footer>
</body></html>"""


def dfhz(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(a['title'])}_地方合作网</title>
<meta name="PubDate" content="{a['date']} 10:05:00"></head>
<body><div class="top">地方合作网 | 首页 | 合作动态 | 友城之窗 | 政策文件</div>
<div class="content"><h1>{html.escape(a['title'])}</h1>
<div class="info">发布时间：{a['date']} 10:05 来源：地方合作网</div>
<div class="TRS_Editor">{_paras(a)}</div>
<div class="tools">【返回顶部】【打印本页】</div></div>
<div class="side"><h3>网友关注</h3><ul>{traps(TRAPS['dfhz'], 'html')}</ul></div>
<div class="foot">地方合作网 版权所有</div>
</body></html>"""


PAGES = {"lakepost": lakepost, "dfhz": dfhz}
LISTINGS = {"lakepost": "latest/index.html", "dfhz": "hzdt/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
