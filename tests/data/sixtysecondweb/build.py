"""Write the sixty-second test web (tests/sixtysecondweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `northgate` (a foreign ministry's media centre: a "Media centre" breadcrumb, a statement-type label, a
"Date modified:" line, a "Report a problem on this page" button and a "Related statements" rail of trap headlines)
and `dongfang` (a Chinese state-media site: a dateline source line, "值班编辑", a "【打印】【关闭】" bar and a "要闻速递"
rail of trap headlines). The gold was written from the texts before the extractor was run on them; run
`python tests/data/sixtysecondweb/build.py`.
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
    "northgate": ["Canada and Peru issue joint declaration on forests", "Ministers agree to cut methane 40% by 2035"],
    "dongfang": ["中秘发表关于海洋合作的联合声明", "多国承诺2045年前实现净零排放"],
}
CHROME = {
    "northgate": ["Media centre", "Date modified:", "Report a problem on this page", "Related statements"],
    "dongfang": ["值班编辑", "【打印】", "要闻速递", "东方新闻网版权所有"],
}


def _day(iso: str) -> str:
    """"March 12, 2024" of an ISO day."""
    d = date.fromisoformat(iso)
    return f"{d:%B} {d.day}, {d.year}"


def northgate(a) -> str:
    kind = "Readout" if "/readouts/" in a["path"] else "Statement"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Global Affairs Media</title>
<meta name="dcterms.issued" content="{a['date']}"></head>
<body><header class="gov-header"><a href="/">Ministry of Foreign Affairs</a>
<nav><a href="/">Home</a> &gt; <a href="/media-centre/">Media centre</a> &gt; <a href="/media-centre/statements/">Statements</a></nav></header>
<main property="mainContentOfPage"><p class="doc-type">{kind}</p>
<h1>{html.escape(a['title'])}</h1>
<p class="issued">{_day(a['date'])} - Ottawa, Ontario - Ministry of Foreign Affairs</p>
<div class="mwsgeneric-base-html">
{paras(a)}
</div>
<dl class="modified"><dt>Date modified:</dt><dd>{a['date']}</dd></dl>
<button class="report">Report a problem on this page</button></main>
<aside class="related"><h2>Related statements</h2><ul>{traps(TRAPS['northgate'], 'html')}</ul></aside>
<footer>Terms and conditions &middot; Transparency &middot; Social media</footer>
</body></html>"""


def dongfang(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-东方新闻网</title></head>
<body><div class="top">东方新闻网 | 国际 | 时政 | 财经</div>
<div class="main"><h1>{a['title']}</h1>
<div class="info">{d.year}-{d.month:02d}-{d.day:02d} 10:21:06 来源：东方新闻社</div>
<div id="detail">
{paras(a)}
</div>
<div class="editor">【值班编辑：林晓】</div>
<div class="tools">【打印】【关闭】</div></div>
<div class="side"><h3>要闻速递</h3><ul>{traps(TRAPS['dongfang'], 'htm')}</ul></div>
<div class="foot">东方新闻网版权所有</div></body></html>"""


PAGES = {"northgate": northgate, "dongfang": dongfang}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"northgate": "media-centre/index.html", "dongfang": "world/index.htm"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
