"""Write the seventy-sixth test web (tests/seventysixthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `nmgov` (an English regional government newsroom: a "Regional Government Online | Press Releases"
banner, a "Release time:" line, "Print | Close" and a "Related stories" rail of trap headlines) and `gxfao` (a Chinese
provincial 外办 portal: a 发布时间/浏览量 line, a 【打印本页】【关闭窗口】 bar, a 相关链接 rail of trap headlines and a 版权所有
footer). The gold was written from the texts before the extractor was run on them; run
`python tests/data/seventysixthweb/build.py`.
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
    "nmgov": ["Hulunbuir and Ontario township sign forest carbon accord",
              "Region pledges to double wind capacity with Scottish partners by 2030"],
    "gxfao": ["我区与泰国东北部府份签署新能源合作协议", "南宁市与越南广宁省签署绿色口岸合作备忘录"],
}
CHROME = {
    "nmgov": ["Regional Government Online | Press Releases", "Release time:", "Print | Close", "Related stories",
              "Sponsored by the General Office of the Regional People's Government"],
    "gxfao": ["浏览量：", "【打印本页】", "【关闭窗口】", "相关链接", "版权所有：自治区外事办公室"],
}


def nmgov(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title>
<meta name="publishdate" content="{a['date']}"></head>
<body><div class="banner">Regional Government Online | Press Releases</div>
<div class="main"><h1 class="title">{html.escape(a['title'])}</h1>
<p class="info">Release time: {d:%Y-%m-%d} 16:40</p>
<div class="content">
{paras(a)}
</div>
<p class="tools">Print | Close</p></div>
<div class="related"><h3>Related stories</h3><ul>{traps(TRAPS['nmgov'], 'htm')}</ul></div>
<div class="foot">Sponsored by the General Office of the Regional People's Government</div>
</body></html>"""


def gxfao(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_外事动态</title>
<meta name="PubDate" content="{d.year}-{d.month:02d}-{d.day:02d} 09:15"></head>
<body><div class="crumb">当前位置：首页 &gt; 新闻动态 &gt; 外事动态</div>
<div class="detail"><h2>{a['title']}</h2>
<div class="attr">发布时间：{d.year}-{d.month:02d}-{d.day:02d}　浏览量：386</div>
<div class="TRS_Editor">
{paras(a)}
</div>
<div class="tool">【打印本页】【关闭窗口】</div></div>
<div class="xglj"><h3>相关链接</h3><ul>{traps(TRAPS['gxfao'], 'shtml')}</ul></div>
<div class="foot">版权所有：自治区外事办公室</div></body></html>"""


PAGES = {"nmgov": nmgov, "gxfao": gxfao}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"nmgov": "en/news/index.htm", "gxfao": "xwdt/wsdt/index.shtml"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
