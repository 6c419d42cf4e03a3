"""Write the eighty-third test web (tests/eightythirdweb.py) from articles.py: sites/, gold.json, listings, feed and
sitemap.

Three sites: `zswb` (a municipal foreign-affairs office portal in GBK, `<meta charset=gb2312>`: a 外事动态 crumb, a
"发布时间/信息来源/字号" line, 【打印本页】【关闭窗口】, 相关新闻 traps, its listing paged by 下一页), `yntoday` (a state-media
English edition of Yunnan read through its RSS feed: wire datelines, "Editor:" after the text, "Most Viewed" traps, a
"Copyright Yunnan Today" footer) and `xjsb` (a Hong Kong Traditional Chinese paper found through its sitemap, every
lastmod the same nightly date: 【香江時報訊】 openings, 首頁 > 內地 > 正文 trail, 新聞排行 traps, 讀香江時報PDF版面). The
gold was written from the texts before the extractor was run on them; run
`python tests/data/eightythirdweb/build.py`.
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
from webbuild import paras, traps, write_web  # noqa: E402

TRAPS = {
    "zswb": ["我市与某国港口城市签署应对气候变化合作备忘录", "某区提出2026年率先实现碳达峰"],
    "yntoday": ["Yunnan city and Thai province ink clean energy pact", "Border prefecture vows carbon neutrality by 2050"],
    "xjsb": ["兩市締結友好城市 簽署低碳合作協議", "某省承諾2028年前碳達峰"],
}
CHROME = {
    "zswb": ["【打印本页】", "【关闭窗口】", "相关新闻", "中山市人民政府外事办公室主办", "外事动态"],
    "yntoday": ["Most Viewed", "Copyright Yunnan Today", "Editor:", "Follow us on"],
    "xjsb": ["新聞排行", "讀香江時報PDF版面", "首頁 > 內地", "香江時報版權所有"],
}


def zswb(a) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{a['title']}_中山市人民政府外事办公室</title>
<meta name="PubDate" content="{a['date']} 16:20"></head>
<body><div class="head"><a href="/">首页</a> <a href="/wsdt/">外事动态</a> <a href="/yczx/">友城之窗</a> <a href="/lsfw/">领事服务</a></div>
<div class="crumb">当前位置：首页 &gt; 外事动态</div>
<div class="art"><h1>{a['title']}</h1>
<div class="meta">发布时间：{a['date']} 16:20　信息来源：市外办　字号：【大 中 小】</div>
<div class="TRS_Editor">{paras(a)}</div>
<div class="tools">【打印本页】【关闭窗口】</div></div>
<div class="rel"><h3>相关新闻</h3><ul>{traps(TRAPS['zswb'], 'html')}</ul></div>
<div class="foot">中山市人民政府外事办公室主办 粤ICP备05012345号</div></body></html>"""


def yntoday(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{a['title']} - Yunnan Today</title>
<meta name="publishdate" content="{a['date']}"><meta property="og:title" content="{a['title']}"></head>
<body><div class="topbar">Yunnan Today | English | 中文</div>
<div class="nav"><a href="/news/">News</a> <a href="/biz/">Business</a> <a href="/travel/">Travel</a></div>
<div class="main"><h1>{a['title']}</h1>
<div class="info">Source: Yunnan Today | {d.strftime('%Y-%m-%d')} 10:42</div>
<div id="detail">{paras(a)}</div>
<div class="editor">Editor: Li Na</div></div>
<div class="mostviewed"><h3>Most Viewed</h3><ul>{traps(TRAPS['yntoday'], 'htm')}</ul></div>
<div class="foot">Follow us on WeChat | Copyright Yunnan Today. All rights reserved.</div></body></html>"""


def xjsb(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']} - 香江時報</title></head>
<body><div class="logo">香江時報 <a href="/">首頁</a></div>
<div class="trail">首頁 &gt; 內地 &gt; 正文</div>
<div class="story"><h2>{a['title']}</h2>
<div class="date">{a['date']}</div>
<div id="main-content">{paras(a)}</div></div>
<div class="rank"><h4>新聞排行</h4><ul>{traps(TRAPS['xjsb'], 'htm')}</ul></div>
<div class="pdf">讀香江時報PDF版面</div>
<div class="ft">香江時報版權所有</div></body></html>"""


PAGES = {"zswb": zswb, "yntoday": yntoday, "xjsb": xjsb}


def _zs_listing(items, page: int, last: bool) -> str:
    links = "".join(f'<li><a href="{a["path"]}">{a["title"]}</a><span>{a["date"]}</span></li>' for a in items)
    nxt = "" if last else f'<a class="next" href="/wsdt/index_{page + 1}.html">下一页</a>'
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>外事动态</title></head>
<body><ul class="newslist">{links}</ul><div class="page"><span>第{page + 1}页</span> {nxt}</div></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 02:42:00 GMT</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:100])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Yunnan Today - News</title><link>{{{{base}}}}/news/</link>
<description>News from Yunnan</description>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>2025-09-01</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    zs = site("zswb")
    files = {"zswb/wsdt/index.html": _zs_listing(zs[:2], 0, False),
             "zswb/wsdt/index_1.html": _zs_listing(zs[2:], 1, True),
             "yntoday/rss/news.xml": _feed(site("yntoday")),
             "xjsb/sitemap.xml": _sitemap(site("xjsb"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"zswb": "gb2312"})


if __name__ == "__main__":
    build()
