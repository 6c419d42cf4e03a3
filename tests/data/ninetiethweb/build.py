"""Write the ninetieth test web (tests/ninetiethweb.py) from articles.py: sites/, gold.json, the announcements'
paged listing, the 公告 listing and the newsroom's RSS feed.

Three sites: `hkir` (Concord New Energy Group's investor-relations pages: an "Investor Relations > Announcements &
Circulars" trail, a stock-quote strip, the announcement with defined terms in bold quotes, a "Latest Announcements"
rail of trap headlines, "Email Alerts" and a disclaimer footer; a listing paged by "Next"), `wdir` (运达股份's
投资者关系 pages: a "首页 > 投资者关系 > 信息披露 > 公司公告" trail, a "发布日期：... 【PDF下载】" line, a "相关公告" rail of
trap headlines, an 浙ICP备 footer; one listing) and `cvnews` (Covestro's English newsroom read through its RSS feed:
a "Newsroom > Press releases" trail, a "Press release | date" line, a share row, a press contact, "Related news"
traps and forward-looking statements after the text). The gold was written from the texts before the extractor was
run on them; run `python tests/data/ninetiethweb/build.py`.
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
from webbuild import served_file, traps, write_web  # noqa: E402

TRAPS = {
    "hkir": ["Voluntary Announcement – Framework Agreement on a 3 GW Wind and Solar Base with a Provincial Government",
             "Announcement – The Group Commits to Carbon Neutrality of Its Own Operations by 2030"],
    "wdir": ["关于与某市人民政府签订新能源战略合作框架协议的公告", "关于公司承诺2030年实现运营碳中和的自愿性信息披露公告"],
    "cvnews": ["Covestro signs solar power purchase agreement in Spain",
               "Covestro pledges to halve product carbon footprint by 2030"],
}
CHROME = {
    "hkir": ["Stock Quote", "Latest Announcements", "Email Alerts", "Disclaimer | Privacy Policy"],
    "wdir": ["当前位置", "相关公告", "PDF下载", "浙ICP备"],
    "cvnews": ["Related news", "Share this press release", "Press contact", "Forward-looking statements"],
}


def _strip(text: str) -> str:
    return text.replace("**", "")


def _bold(text: str) -> str:
    """A paragraph escaped, its **...** spans as <strong> (defined terms of an announcement)."""
    parts = html.escape(text).split("**")
    return "".join(f"<strong>{p}</strong>" if n % 2 else p for n, p in enumerate(parts))


def hkir(a) -> str:
    d = date.fromisoformat(a["date"])
    body = "\n".join(f"<p>{_bold(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Concord New Energy Group Limited</title>
<meta name="description" content="{html.escape(a['title'])}"></head>
<body><div class="topbar">Concord New Energy Group Limited 協合新能源集團有限公司 | <a href="/tc/">繁</a> <a href="/sc/">简</a></div>
<div class="quote">Stock Quote: HKEX 00182 HK$0.52 (+1.96%) Delayed 15 minutes</div>
<nav><a href="/en/">Home</a> <a href="/en/about/">About Us</a> <a href="/en/business/">Our Business</a> <a href="/en/ir/">Investor Relations</a> <a href="/en/esg/">ESG</a></nav>
<div class="crumb"><a href="/en/">Home</a> &gt; <a href="/en/ir/">Investor Relations</a> &gt; Announcements &amp; Circulars</div>
<div class="announcement"><h1>{html.escape(a['title'])}</h1>
<div class="release-date">Release date: {d.day} {d.strftime('%B')} {d.year}</div>
<div class="doc-body">
{body}
</div>
<div class="download"><a href="{a['path'].replace('.html', '.pdf')}">Download PDF (186 KB)</a></div></div>
<aside class="latest"><h3>Latest Announcements</h3><ul>{traps(TRAPS['hkir'], 'pdf')}</ul>
<div class="alerts">Email Alerts: subscribe to receive announcements</div></aside>
<footer>Disclaimer | Privacy Policy | © 2026 Concord New Energy Group Limited</footer></body></html>"""


def wdir(a) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-运达能源科技集团股份有限公司</title>
<meta name="PubDate" content="{a['date']}"></head>
<body><div class="header">运达股份 WINDEY <a href="/">首页</a> <a href="/gywm/">关于我们</a> <a href="/cpzx/">产品中心</a> <a href="/tzzgx/">投资者关系</a> <a href="/en/">EN</a></div>
<div class="loc">当前位置：<a href="/">首页</a> &gt; <a href="/tzzgx/">投资者关系</a> &gt; 信息披露 &gt; 公司公告</div>
<div class="notice"><h2>{a['title']}</h2>
<div class="date">发布日期：{a['date']} 【<a href="{a['path'].replace('.html', '.pdf')}">PDF下载</a>】</div>
<div class="notice-content">
{body}
</div></div>
<div class="relnotice"><h3>相关公告</h3><ul>{traps(TRAPS['wdir'], 'pdf')}</ul></div>
<div class="footer">运达能源科技集团股份有限公司 版权所有 浙ICP备10205143号 地址：浙江省杭州市余杭区</div></body></html>"""


def cvnews(a) -> str:
    d = date.fromisoformat(a["date"])
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Covestro Newsroom</title>
<meta property="og:title" content="{html.escape(a['title'])}">
<meta property="article:published_time" content="{a['date']}T09:00:00+01:00"></head>
<body><header><a href="/en/">Covestro</a> <nav><a href="/en/press/">Newsroom</a> <a href="/en/sustainability/">Sustainability</a> <a href="/en/investors/">Investors</a> <a href="/en/careers/">Careers</a></nav></header>
<div class="breadcrumb"><a href="/en/">Home</a> / <a href="/en/press/">Newsroom</a> / Press releases</div>
<main><article><h1>{html.escape(a['title'])}</h1>
<div class="meta">Press release | {d.strftime('%B')} {d.day}, {d.year}</div>
<div class="press-text">
{body}
</div>
<div class="share">Share this press release: LinkedIn | X | Email</div>
<div class="contact">Press contact: Corporate Communications, Covestro AG, 51373 Leverkusen</div>
<div class="disclaimer">Forward-looking statements: This news release may contain forward-looking statements based on current assumptions and forecasts made by Covestro AG management.</div></article>
<aside><h2>Related news</h2><ul>{traps(TRAPS['cvnews'], 'html')}</ul></aside></main>
<footer>© Covestro AG 2026 | Imprint | Privacy Statement</footer></body></html>"""


PAGES = {"hkir": hkir, "wdir": wdir, "cvnews": cvnews}


def _hk_listing(items, page: int, last: bool) -> str:
    links = "".join(f'<tr><td>{a["date"]}</td><td><a class="doc" href="{a["path"]}">{html.escape(a["title"])}</a></td>'
                    f'<td>PDF</td></tr>' for a in items)
    nxt = "" if last else f'<a class="next" href="/en/ir/announcements/index_{page + 1}.html">Next</a>'
    prev = "" if page == 1 else '<a class="prev" href="/en/ir/announcements/index.html">Previous</a>'
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Announcements &amp; Circulars</title></head>
<body><div class="crumb">Home &gt; Investor Relations &gt; Announcements &amp; Circulars</div>
<table class="announcements"><tr><th>Date</th><th>Title</th><th>Format</th></tr>{links}</table>
<div class="pagination">{prev} <span>Page {page} of 2</span> {nxt}</div></body></html>"""


def _cn_listing(items) -> str:
    links = "".join(f'<li><a href="{a["path"]}" title="{html.escape(a["title"])}">{a["title"]}</a>'
                    f'<span>{a["date"]}</span></li>' for a in items)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司公告-运达股份</title></head>
<body><div class="loc">首页 &gt; 投资者关系 &gt; 信息披露 &gt; 公司公告</div><ul class="gglist">{links}</ul></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        pub = date.fromisoformat(a["date"]).strftime("%a, %d %b %Y") + " 09:00:00 +0100"
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<guid>{{{{base}}}}{a['path']}</guid><pubDate>{pub}</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:160])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Covestro Newsroom – Press releases</title><link>{{{{base}}}}/en/press/</link>
<description>Press releases of Covestro AG</description>{''.join(out)}</channel></rss>
"""


def build() -> None:
    from gold import gold

    arts = [dict(a, paras=[_strip(p) for p in a["paras"]]) for a in ARTICLES]  # the gold reads plain text
    site = lambda s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True)  # noqa: E731
    hk = site("hkir")
    files = {"hkir/en/ir/announcements/index.html": _hk_listing(hk[:2], 1, False),
             "hkir/en/ir/announcements/index_2.html": _hk_listing(hk[2:], 2, True),
             "wdir/tzzgx/gsgg/index.html": _cn_listing(site("wdir")),
             "cvnews/en/press/feed.xml": _feed(site("cvnews"))}
    file = lambda a: served_file(a["path"]) + (".html" if a["site"] == "cvnews" else "")  # noqa: E731
    write_web(HERE, ARTICLES, PAGES, files, gold(arts, TRAPS, CHROME), file=file)


if __name__ == "__main__":
    build()
