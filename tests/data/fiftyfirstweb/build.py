"""Write the fifty-first test web (tests/fiftyfirstweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `hcforum` (an English forum-results site: an "Outcomes" section, "Share this page" links, a "Download the
programme" box and a "Forum Secretariat" footer) and `ahportal` (a Chinese provincial portal: 当前位置 breadcrumbs,
信息来源 and 浏览次数 under the title, 【纠错】 and 扫码阅读手机版 under the text, a 相关阅读 box). An article's blocks
(tables with an optional caption, <ul>/<ol> lists, side boxes) are rendered as HTML. The gold was written from the
texts before the extractor was run on them; run `python tests/data/fiftyfirstweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, traps, write_web  # noqa: E402

TRAPS = {
    "hcforum": ["Two river cities sign clean water MOU at regional forum", "Utility pledges net zero by 2040"],
    "ahportal": ["我省与美国某州签署新能源合作协议", "某市提出2028年前实现碳达峰"],
}
CHROME = {
    "hcforum": ["Share this page", "Download the programme", "Forum Secretariat"],
    "ahportal": ["扫码阅读手机版", "【纠错】", "浏览次数", "相关阅读"],
}


def _block(item) -> str:
    """One item of an article's body: a paragraph, a table (with its caption) or a list, in its box if any."""
    e = html.escape
    if isinstance(item, str):
        return f"<p>{e(item)}</p>"
    if "table" in item:
        head, *rows = item["table"]
        cap = f"<caption>{e(item['caption'])}</caption>" if item.get("caption") else ""
        ths = "".join(f"<th>{e(c)}</th>" for c in head)
        trs = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
        out = f'<table class="data">{cap}<thead><tr>{ths}</tr></thead><tbody>{trs}</tbody></table>'
    else:
        tag = "ul" if "ul" in item else "ol"
        out = f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in item[tag]) + f"</{tag}>"
    return f'<div class="{item["box"]}">{out}</div>' if item.get("box") else out


def body(a) -> str:
    """The article's body as HTML."""
    return "\n".join(_block(p) for p in a["paras"])


def hcforum(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} | Outcomes</title>
<meta property="article:published_time" content="{a['date']}T17:00:00-05:00"></head>
<body><header><nav><a href="/">Home</a> <a href="/programme/">Programme</a> <a href="/speakers/">Speakers</a>
<a href="/outcomes/">Outcomes</a> <a href="/media/">Media</a></nav></header>
<main><article><h1>{a['title']}</h1><p class="meta">Posted {a['date']} in Outcomes</p>
<div class="entry">{body(a)}</div>
<div class="share">Share this page: <a href="/s/x">X</a> <a href="/s/li">LinkedIn</a> <a href="/s/mail">Email</a></div>
</article>
<aside><h3>Download the programme</h3><ul>{traps(TRAPS['hcforum'], 'html')}</ul></aside></main>
<footer>Forum Secretariat · 1201 Main Street · Contact us · Privacy</footer>
</body></html>"""


def ahportal(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_安徽省人民政府</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 08:40"></head>
<body><div class="header"><a href="/">首页</a> <a href="/zwyw/">政务要闻</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政务要闻 &gt; 今日要闻</div>
<div class="wzy"><h1>{a['title']}</h1>
<div class="info">发布时间：{a['date']} 08:40　信息来源：安徽日报　浏览次数：1268</div>
<div class="wzcon">{body(a)}</div>
<div class="tools">【纠错】 扫码阅读手机版</div>
<div class="xgyd"><h4>相关阅读</h4><ul>{traps(TRAPS['ahportal'], 'html')}</ul></div></div>
<div class="footer">主办单位：安徽省人民政府办公厅 皖ICP备05001234号</div>
</body></html>"""


PAGES = {"hcforum": hcforum, "ahportal": ahportal}
LISTINGS = {"hcforum": "outcomes/index.html", "ahportal": "zwyw/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
