"""Write the thirty-third test web (tests/thirtythirdweb.py) from articles.py: sites/, gold.json and the listings.

Two sites of one institution: `jxgov` (the Chinese provincial portal: 发布时间 and 来源 under the title, 【打印】【关闭】
after the body, 热点信息 chrome) and `jxen` (its English edition: "Updated:" and "Source:" lines, "Editor:" after the
body, "Top stories" chrome). The gold was written from the texts before the extractor was run on them; run
`python tests/data/thirtythirdweb/build.py`.
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
    "jxgov": ["某省与外国州签署绿色发展合作协议", "某市提出2027年前实现碳达峰"],
    "jxen": ["Province, German state ink climate accord", "City vows 40 percent carbon cut by 2030"],
}
CHROME = {
    "jxgov": ["【打印】", "江西省人民政府办公厅主办"],
    "jxen": ["Top stories", "Copyright Jiangxi Provincial People's Government"],
}


def jxgov(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(a['title'])} - 江西省人民政府</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/col/">政务动态</a> <a href="/zwgk/">政务公开</a></div>
<div class="article"><h1>{html.escape(a['title'])}</h1>
<div class="info">发布时间：{a['date']} 08:45 来源：江西省人民政府网</div>
<div class="content">{_paras(a)}</div>
<div class="tools">【打印】【关闭】</div></div>
<div class="hot"><h3>热点信息</h3><ul>{traps(TRAPS['jxgov'], 'html')}</ul></div>
<div class="footer">江西省人民政府办公厅主办</div>
</body></html>"""


def jxen(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Jiangxi, China</title></head>
<body><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/invest/">Invest</a></nav>
<div class="detail"><h1>{html.escape(a['title'])}</h1>
<div class="info">Updated: {a['date']} 09:12 | Source: jiangxi.gov.cn</div>
<div class="detail-content">{_paras(a)}</div>
<p class="editor">Editor: Wang Li</p></div>
<aside><h3>Top stories</h3><ul>{traps(TRAPS['jxen'], 'htm')}</ul></aside>
<footer>Copyright Jiangxi Provincial People's Government. All rights reserved.</footer>
</body></html>"""


PAGES = {"jxgov": jxgov, "jxen": jxen}
LISTINGS = {"jxgov": "col/index.html", "jxen": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
