"""Write the fourteenth test web (tests/fourteenthweb.py) from articles.py: sites/, gold.json and the listings.

Three sites: `wire` (an English wire: "CITY, Mon. D --" datelines, a byline line, "Related" chrome), `people` (a
Simplified Chinese portal: date and source under the title, 责编 after the body) and `cna` (a Traditional Chinese news
agency: （中央社…）openings, 更新時間 line). The gold was written from the texts before the extractor was run on them;
run `python tests/data/fourteenthweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "wire": ["Two cities sign climate pact", "State pledges net zero by 2040"],
    "people": ["某市与某州签署低碳合作备忘录", "某省承诺2028年实现碳达峰"],
    "cna": ["某市與某州簽署減碳合作備忘錄", "某縣宣布2040年淨零排放"],
}
CHROME = {
    "wire": ["All rights reserved", "Terms of use"],
    "people": ["人民网版权所有", "责编："],
    "cna": ["中央通訊社版權所有", "本網站之文字"],
}


def _day(a: dict) -> str:
    y, m, d = a["date"].split("-")
    return f"{y}年{m}月{d}日"


def wire(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | World Climate Wire</title>
<meta property="article:published_time" content="{a['date']}T08:30:00Z"></head>
<body><nav><a href="/">World Climate Wire</a> <a href="/world/">World</a> <a href="/us/">U.S.</a></nav>
<article><h1>{html.escape(a['title'])}</h1>
<p class="byline">By Staff Reporter · <time datetime="{a['date']}">{a['date']}</time></p>
<div class="story-body">{_paras(a)}</div></article>
<aside><h3>Related</h3><ul>{traps(TRAPS['wire'], 'html')}</ul></aside>
<footer>© World Climate Wire. All rights reserved. Terms of use</footer>
</body></html>"""


def people(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(a['title'])}--国际--人民网</title>
<meta name="publishdate" content="{a['date']}"></head>
<body><div class="nav"><a href="/">人民网首页</a> <a href="/gj/">国际</a> <a href="/ss/">时事</a></div>
<div class="text_con"><h1>{html.escape(a['title'])}</h1>
<div class="box01">{_day(a)}08:21 来源：人民网－国际频道</div>
<div class="rm_txt_con">{_paras(a)}</div>
<div class="edit">(责编：张三、李四)</div></div>
<div class="hot"><h3>热点推荐</h3><ul>{traps(TRAPS['people'], 'html')}</ul></div>
<div class="footer">人民网版权所有，未经书面授权禁止使用</div>
</body></html>"""


def cna(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | 國際 | 中央社 CNA</title>
<meta property="article:published_time" content="{a['date']}T10:05:00+08:00"></head>
<body><div class="menu"><a href="/">首頁</a> <a href="/list/aopl.aspx">國際</a> <a href="/list/acn.aspx">兩岸</a></div>
<div class="centralContent"><h1>{html.escape(a['title'])}</h1>
<div class="updatetime">{a['date'].replace('-', '/')} 10:05（更新時間）</div>
<div class="paragraph">{_paras(a)}</div></div>
<div class="related-news"><h3>延伸閱讀</h3><ul>{traps(TRAPS['cna'], 'aspx')}</ul></div>
<div class="footer">中央通訊社版權所有 本網站之文字、圖片及影音，非經授權，不得轉載</div>
</body></html>"""


PAGES = {"wire": wire, "people": people, "cna": cna}
LISTINGS = {"wire": "latest/index.html", "people": "index.html", "cna": "list/aopl.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, LISTINGS, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
