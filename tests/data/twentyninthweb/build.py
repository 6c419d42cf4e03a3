"""Write the twenty-ninth test web (tests/twentyninthweb.py) from articles.py: sites/, gold.json and the listings.

Three sites: `nyhj` (a Simplified Chinese energy/environment portal: 来源 and 发布时间 under the title, 责任编辑 after
the body, 热点排行 chrome), `hk` (a Traditional Chinese Hong Kong paper: 【本報訊】, 發佈時間 line, 熱門新聞 chrome) and
`wire` (an English wire: "CITY, China, Mon D --" datelines, a <time> byline, "Most read" chrome). The gold was written
from the texts before the extractor was run on them; run `python tests/data/twentyninthweb/build.py`.
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
    "nyhj": ["某市与某国城市签署低碳合作备忘录", "某省提出2028年前实现碳达峰"],
    "hk": ["某市與外國城市簽署合作備忘錄", "某集團宣布2040年碳中和"],
    "wire": ["City pair sign climate pact at forum", "Province vows 60 GW of solar by 2027"],
}
CHROME = {
    "nyhj": ["责任编辑：", "能源环境网版权所有"],
    "hk": ["版權所有 翻印必究", "熱門新聞"],
    "wire": ["Asia Energy Wire. All rights reserved", "Most read"],
}


def nyhj(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(a['title'])}_能源环境网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/news/">要闻</a> <a href="/tzh/">双碳</a></div>
<div class="article"><h1>{html.escape(a['title'])}</h1>
<div class="info">来源：能源环境网 发布时间：{a['date']} 10:20</div>
<div class="content">{_paras(a)}</div>
<div class="editor">责任编辑：李华</div></div>
<div class="rank"><h3>热点排行</h3><ul>{traps(TRAPS['nyhj'], 'html')}</ul></div>
<div class="footer">能源环境网版权所有</div>
</body></html>"""


def hk(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - 香江日報</title>
<meta property="article:published_time" content="{a['date']}T06:30:00+08:00"></head>
<body><div class="menu"><a href="/">香江日報</a> <a href="/china/">中國</a> <a href="/world/">國際</a></div>
<div class="story"><h1>{html.escape(a['title'])}</h1>
<div class="pubdate">發佈時間：{a['date'].replace('-', '/')} 06:30</div>
<div class="story-content">{_paras(a)}</div></div>
<div class="popular"><h3>熱門新聞</h3><ul>{traps(TRAPS['hk'], 'htm')}</ul></div>
<div class="footer">版權所有 翻印必究</div>
</body></html>"""


def wire(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Asia Energy Wire</title>
<meta property="article:published_time" content="{a['date']}T09:05:00Z"></head>
<body><nav><a href="/">Asia Energy Wire</a> <a href="/energy/">Energy</a> <a href="/markets/">Markets</a></nav>
<article><h1>{html.escape(a['title'])}</h1>
<p class="byline">By Asia Energy Wire staff · <time datetime="{a['date']}">{a['date']}</time></p>
<div class="article-body">{_paras(a)}</div></article>
<aside><h3>Most read</h3><ul>{traps(TRAPS['wire'], 'html')}</ul></aside>
<footer>© Asia Energy Wire. All rights reserved.</footer>
</body></html>"""


PAGES = {"nyhj": nyhj, "hk": hk, "wire": wire}
LISTINGS = {"nyhj": "news/index.html", "hk": "china/index.html", "wire": "energy/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
