"""Write the seventy-first test web (tests/seventyfirstweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `cpnet` (an English city network's results page: a "Climate Cities Network · Results" banner, a
"Download this table (CSV)" link, a "Member spotlights" rail of trap headlines) and `gsdrc` (a Chinese provincial
发展和改革委员会 portal: a "发布机构：" line, a "【字号 大 中 小】" bar, a "相关阅读" rail of trap headlines). Article bodies
hold tables and lists (articles.py). The gold was written from the texts before the extractor was run on them; run
`python tests/data/seventyfirstweb/build.py`.
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
from webbuild import listings, traps, write_web  # noqa: E402

TRAPS = {
    "cpnet": ["Member cities pledge zero-emission transit by 2040", "Network signs data-sharing accord with utilities"],
    "gsdrc": ["我省五市承诺2035年前全面淘汰燃煤锅炉", "省政府与央企签署新能源合作框架协议"],
}
CHROME = {
    "cpnet": ["Climate Cities Network · Results", "Download this table (CSV)", "Member spotlights",
              "Network Secretariat, 80 Wellington Street"],
    "gsdrc": ["发布机构：", "【字号 大 中 小】", "相关阅读", "省发展和改革委员会 版权所有"],
}


def _cell(c, tag: str) -> str:
    if isinstance(c, tuple):  # a merged cell: it spans this row and the next
        return f'<{tag} rowspan="2">{html.escape(c[1])}</{tag}>'
    return f"<{tag}>{html.escape(c)}</{tag}>"


def body(a) -> str:
    """The article's blocks: paragraphs, tables (first row the header) and lists."""
    out = []
    for b in a["body"]:
        if isinstance(b, str):
            out.append(f"<p>{html.escape(b)}</p>")
        elif b[0] == "table":
            head, *rows = b[1]
            out.append("<table><thead><tr>" + "".join(_cell(c, "th") for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(_cell(c, "td") for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
        else:
            out.append(f"<{b[0]}>" + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def cpnet(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Climate Cities Network</title>
<meta property="article:published_time" content="{a['date']}T09:00:00-05:00"></head>
<body><header class="site">Climate Cities Network · Results</header>
<main><article><h1>{html.escape(a['title'])}</h1>
<p class="byline">Posted {d:%B} {d.day}, {d.year} by the Secretariat</p>
<div class="entry">
{body(a)}
</div>
<p class="dl"><a href="/results/table.csv">Download this table (CSV)</a></p></article></main>
<aside><h3>Member spotlights</h3><ul>{traps(TRAPS['cpnet'], 'html')}</ul></aside>
<footer>Network Secretariat, 80 Wellington Street</footer>
</body></html>"""


def gsdrc(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}</title></head>
<body><div class="top">首页 | 信息公开 | 政策解读 | 互动交流</div>
<div class="article"><h1>{a['title']}</h1>
<div class="meta">发布时间：{d.year}-{d.month:02d}-{d.day:02d} 发布机构：省发展改革委 【字号 大 中 小】</div>
<div class="content">
{body(a)}
</div></div>
<div class="xgyd"><h3>相关阅读</h3><ul>{traps(TRAPS['gsdrc'], 'html')}</ul></div>
<div class="foot">省发展和改革委员会 版权所有</div></body></html>"""


PAGES = {"cpnet": cpnet, "gsdrc": gsdrc}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"cpnet": "results/index.html", "gsdrc": "xxgk/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
