"""Write the hundred-second test web (tests/hundredsecondweb.py) from articles.py: sites/, gold.json, the portal's RSS
feed, the newspaper's two listing pages and the blog's sitemap.

Three sites: `nygc` (能源观察网, a Chinese energy news portal, UTF-8, read through its RSS feed: a "当前位置：首页 >
地方动态" trail, a "发布时间：… 来源：… 作者：…" line naming the paper a repost comes from, "【责任编辑：…】", a
"热点推荐" rail of trap headlines and an ICP footer), `xjsb` (香江時報, a Hong Kong Traditional Chinese newspaper in
Big5-HKSCS bytes labelled big5: a "2022年11月03日 星期四" stamp, a "本報記者 …" line, a "分享：" row, a "相關新聞"
rail of trap headlines, a listing of two pages linked by "下一頁") and `ltci` (the Lantern Climate Institute's
English tracker blog, found through its sitemap: "Posted on … by …", "Filed under:", "Share this:", a "Related posts"
rail of trap headlines and a newsletter box). The gold was written from the texts before the extractor was run on
them; run `python tests/data/hundredsecondweb/build.py`.
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
    "nygc": ["西部某省承诺2027年前碳排放达峰", "两市签署零碳园区合作协议 共建绿电走廊"],
    "xjsb": ["兩省簽署減碳合作備忘錄 共建綠色走廊", "某市宣布2045年實現碳中和"],
    "ltci": ["Province pledges to peak emissions by 2025 and go carbon neutral by 2050",
             "Two cities sign memorandum on zero-carbon industrial parks"],
}
CHROME = {
    "nygc": ["能源观察网", "热点推荐", "责任编辑", "京ICP备", "当前位置"],
    "xjsb": ["香江時報", "分享：", "相關新聞", "版權所有", "不得轉載"],
    "ltci": ["Share this:", "Related posts", "Subscribe to our newsletter", "Filed under:",
             "Lantern Climate Institute. All rights reserved"],
}
WEEKDAYS = "一二三四五六日"


def nygc(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_地方动态_能源观察网</title>
<meta name="PubDate" content="{a['date']} 09:30"></head>
<body><div class="nav"><a href="/">首页</a> <a href="/dfdt/">地方动态</a> <a href="/zcjd/">政策解读</a> <a href="/xny/">新能源</a> <a href="/tpf/">碳市场</a></div>
<div class="crumb">当前位置：首页 &gt; 地方动态 &gt; 正文</div>
<div class="detail"><h1>{a['title']}</h1>
<div class="info">发布时间：{d.year}-{d.month:02d}-{d.day:02d} 09:30　来源：{a['source']}　作者：{a['author']}</div>
<div class="detail-content">
{paras(a)}
</div>
<div class="editor">【责任编辑：王珏】</div></div>
<div class="hot"><h3>热点推荐</h3><ul>{traps(TRAPS['nygc'], 'html')}</ul></div>
<div class="footer">能源观察网 版权所有 京ICP备15023791号-2 地址：北京市西城区</div></body></html>"""


def xjsb(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-HK"><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{a['title']}｜香江時報</title></head>
<body><div class="masthead"><a href="/">香江時報</a> <a href="/news/local/">港聞</a> <a href="/news/china/">中國</a> <a href="/news/finance/">財經</a> <a href="/news/world/">國際</a></div>
<div class="story"><h1>{a['title']}</h1>
<div class="dateline">{d.year}年{d.month:02d}月{d.day:02d}日 星期{WEEKDAYS[d.weekday()]}　{a['reporter']}</div>
<div class="storytext">
{paras(a)}
</div>
<div class="sharebar">分享：Facebook WhatsApp 電郵</div></div>
<div class="related"><h3>相關新聞</h3><ul>{traps(TRAPS['xjsb'], 'htm')}</ul></div>
<div class="footer">香江時報有限公司 版權所有 不得轉載</div></body></html>"""


def ltci(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Lantern Climate Institute</title>
<meta property="article:published_time" content="{a['date']}T08:00:00+00:00"></head>
<body><header><a href="/">Lantern Climate Institute</a> <nav><a href="/tracker/">Subnational Peaking Tracker</a> <a href="/blog/">Blog</a> <a href="/about/">About</a></nav></header>
<main><article><h1 class="entry-title">{html.escape(a['title'])}</h1>
<div class="entry-meta">Posted on {d.strftime('%B')} {d.day}, {d.year} by {a['author']}</div>
<div class="entry-content">
{paras(a)}
</div>
<div class="entry-footer">Filed under: Subnational Peaking Tracker, China</div>
<div class="sharedaddy">Share this: Email | LinkedIn | X</div></article>
<aside class="related-posts"><h3>Related posts</h3><ul>{traps(TRAPS['ltci'], 'html')}</ul></aside>
<aside class="newsletter">Subscribe to our newsletter: the tracker's updates, once a month.</aside></main>
<footer>&copy; 2023 Lantern Climate Institute. All rights reserved.</footer></body></html>"""


PAGES = {"nygc": nygc, "xjsb": xjsb, "ltci": ltci}


def _xjsb_listing(items, page: int, pages: int) -> str:
    links = "".join(f'<li><a class="headline" href="{a["path"]}">{a["title"]}</a><em>{a["date"]}</em></li>'
                    for a in items)
    prev = f'<a class="prev" href="/news/china/index{"" if page == 2 else f"_{page - 1}"}.htm">上一頁</a>' if page > 1 else ""
    nxt = f'<a class="next" href="/news/china/index_{page + 1}.htm">下一頁</a>' if page < pages else ""
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>中國新聞｜香江時報</title></head>
<body><div class="crumb">香江時報 &gt; 中國</div><ul class="newslist">{links}</ul>
<div class="pager">{prev} 第{page}頁 {nxt}</div></body></html>"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{html.escape(a['path'])}</loc><lastmod>{a['date']}T08:00:00+00:00</lastmod>"
                   f"</url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def _feed(items) -> str:
    out = []
    for a in items:
        pub = date.fromisoformat(a["date"]).strftime("%a, %d %b %Y") + " 09:30:00 +0800"
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<guid>{{{{base}}}}{a['path']}</guid><pubDate>{pub}</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:80])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>能源观察网 - 地方动态</title><link>{{{{base}}}}/dfdt/</link>
<description>地方能源与碳达峰动态</description>{''.join(out)}</channel></rss>
"""


def build() -> None:
    from gold import gold

    site = lambda s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True)  # noqa: E731
    hk = site("xjsb")
    files = {"nygc/rss/dfdt.xml": _feed(site("nygc")),
             "xjsb/news/china/index.htm": _xjsb_listing(hk[:2], 1, 2),
             "xjsb/news/china/index_2.htm": _xjsb_listing(hk[2:], 2, 2),
             "ltci/sitemap.xml": _sitemap(site("ltci"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"xjsb": "big5hkscs"})


if __name__ == "__main__":
    build()
