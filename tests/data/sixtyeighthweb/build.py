"""Write the sixty-eighth test web (tests/sixtyeighthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `timptribune` (an English local newspaper: an "Updated ... | Published ..." date line, a meta modified time
and no meta published time, a "Send us a tip" box and an "Across the valley" rail of trap headlines) and `xinangov` (a
Chinese city government portal: a "发布时间 ... 更新时间 ... 来源" line, a "政策解读" rail of trap headlines, a
"【我要留言】" bar and a "新安政务网" footer). The gold was written from the texts before the extractor was run on them;
run `python tests/data/sixtyeighthweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras, traps, write_web  # noqa: E402

TRAPS = {
    "timptribune": ["Three valley cities sign clean air compact", "Orem pledges carbon-free power by 2030"],
    "xinangov": ["皖南五市签署绿色发展合作协议", "我市承诺2027年前全面淘汰燃煤锅炉"],
}
CHROME = {
    "timptribune": ["Send us a tip", "Across the valley", "Timpanogos Tribune"],
    "xinangov": ["新安政务网", "【我要留言】", "政策解读", "原标题", "责任编辑"],
}


def timptribune(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Timpanogos Tribune</title>
<meta property="article:modified_time" content="{a['modified']}T16:12:00-07:00"></head>
<body><header><a class="masthead" href="/">Timpanogos Tribune</a></header>
<main><article>
<h1>{html.escape(a['title'])}</h1>
<div class="dateline">By Tribune staff<br>{html.escape(a['stamp'])}</div>
<div class="article-body">
{paras(a)}
</div></article>
<div class="tipbox">Send us a tip: newsroom@example.org</div></main>
<aside><h2>Across the valley</h2><ul>{traps(TRAPS['timptribune'], 'html')}</ul></aside>
<footer>&copy; Timpanogos Tribune</footer>
</body></html>"""


def xinangov(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_新安政务网</title></head>
<body><div class="top">新安政务网 | 政务公开 | 政务服务 | 互动交流</div>
<div class="detail"><h1>{a['title']}</h1>
<div class="info">发布时间：{a['date']} 09:30　更新时间：{a['modified']} 16:02　来源：{a['source']}　浏览次数：</div>
<div class="TRS_Editor">
{paras(a)}
</div>
<div class="tools">【我要留言】【打印】【关闭】</div></div>
<div class="side"><h3>政策解读</h3><ul>{traps(TRAPS['xinangov'], 'html')}</ul></div>
<div class="foot">新安政务网 主办</div></body></html>"""


PAGES = {"timptribune": timptribune, "xinangov": xinangov}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"timptribune": "news/index.html", "xinangov": "list/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
