"""Write the seventy-second test web (tests/seventysecondweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `plainspact` (an English coalition newsroom: a "Compact Newsroom" logo, a "Join the Compact" button, a
"Member Directory" link, a "Press kit (ZIP)" link and a "From the Compact" rail of trap headlines) and `hhcity` (a
Chinese city-network portal: a "联盟动态" crumb, "【字号：大 中 小】", a "成员城市动态" rail of trap headlines and a
"联盟秘书处 版权所有" footer). The gold was written from the texts before the extractor was run on them; run
`python tests/data/seventysecondweb/build.py`.
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
    "plainspact": ["Prairie towns vow net zero by 2041", "Ranch counties pledge 70 percent clean power by 2034"],
    "hhcity": ["某联盟成员城市承诺2027年前碳达峰", "某市可再生能源装机占比2031年达到六成"],
}
CHROME = {
    "plainspact": ["Compact Newsroom", "Join the Compact", "Member Directory", "Press kit (ZIP)", "From the Compact"],
    "hhcity": ["联盟动态", "【字号：大 中 小】", "成员城市动态", "联盟秘书处 版权所有"],
}


def plainspact(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Compact Newsroom</title>
<meta property="article:published_time" content="{a['date']}T16:30:00Z"></head>
<body><header><a class="logo" href="/">Compact Newsroom</a> <a class="btn" href="/join/">Join the Compact</a>
<a href="/members/">Member Directory</a></header>
<main><article><h1>{html.escape(a['title'])}</h1>
<div class="byline">Posted <time datetime="{a['date']}">{d:%B} {d.day}, {d.year}</time></div>
<div class="story">
{paras(a)}
</div>
<p class="kit"><a href="/press/kit.zip">Press kit (ZIP)</a></p></article></main>
<aside><h2>From the Compact</h2><ul>{traps(TRAPS['plainspact'], 'html')}</ul></aside>
<footer>Compact Newsroom</footer>
</body></html>"""


def hhcity(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}</title></head>
<body><div class="crumb">首页 &gt; 联盟动态</div>
<div class="detail"><h1>{a['title']}</h1>
<div class="info">时间：{d.year}-{d.month:02d}-{d.day:02d} 【字号：大 中 小】</div>
<div class="content">
{paras(a)}
</div></div>
<div class="side"><h3>成员城市动态</h3><ul>{traps(TRAPS['hhcity'], 'html')}</ul></div>
<div class="footer">联盟秘书处 版权所有</div></body></html>"""


PAGES = {"plainspact": plainspact, "hhcity": hhcity}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"plainspact": "news/index.html", "hhcity": "lmdt/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
