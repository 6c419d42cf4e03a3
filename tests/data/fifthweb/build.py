"""Write the fifth test web (tests/fifthweb.py) from articles.py: sites/, gold.json and sources.yaml.tmpl.

Three sites of templates the other webs lack: `waiban` (a provincial foreign-affairs office, TRS-style, served GBK),
`wxmp` (WeChat official-account articles, reached through an RSS feed only), `renmin` (a national news portal). The
gold was written from the texts before the extractor was run on them; run `python tests/data/fifthweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "waiban": ["两省签署新能源合作协议 携手共建清洁能源走廊", "某市承诺2028年前实现碳达峰"],
    "wxmp": ["重磅！两国城市签署零碳合作协议", "这座城市承诺2035年实现碳中和"],
    "renmin": ["中美两大能源企业签署合作备忘录", "某省提出2027年前碳排放达峰"],
}
CHROME = {
    "waiban": ["【打印本页】", "主办单位：省人民政府外事办公室"],
    "wxmp": ["微信扫一扫关注该公众号", "预览时标签不可点", "点击上方蓝字关注我们"],
    "renmin": ["分享让更多人看到", "人民网版权所有"],
}


def _traps(site: str) -> str:
    return traps(TRAPS[site], "htm")


def waiban(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="gbk"><title>{a['title']}_外事动态_省人民政府外事办公室</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 16:20"></head>
<body><div class="top">省人民政府外事办公室 | <a href="/">首页</a> <a href="/xwdt/index.htm">外事动态</a> <a href="/zwgk/">政务公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/index.htm">外事动态</a></div>
<div class="article"><h1 class="title">{a['title']}</h1>
<div class="xxgk"><span>发布时间：{a['date']} 16:20</span> <span>来源：省外办</span> <span>浏览次数：1024</span></div>
<div class="TRS_Editor">{_paras(a)}</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="xgxx"><h3>相关链接</h3><ul>{_traps('waiban')}</ul></div></div>
<div class="footer"><p>主办单位：省人民政府外事办公室 网站标识码：3200000012</p><p>苏ICP备05012345号</p></div>
</body></html>"""


def wxmp(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}</title>
<meta property="og:title" content="{a['title']}"><meta property="og:type" content="article"></head>
<body id="activity-detail"><div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{a['title']}</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_nickname">地方外事观察</span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{a['date']} 21:30</em></div>
<div class="rich_media_content" id="js_content"><p>点击上方蓝字关注我们</p>{_paras(a)}<p>来源：地方外事观察 编辑：小外</p></div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a> <span>预览时标签不可点</span></div>
<div class="like_list"><h3>喜欢此内容的人还喜欢</h3><ul>{_traps('wxmp')}</ul></div>
<div class="qr_code_pc"><p>微信扫一扫关注该公众号</p></div><div>继续滑动看下一个</div></div>
</body></html>"""


def renmin(a) -> str:
    y, m, d = a["date"].split("-")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}--国际--人民网</title>
<meta name="publishdate" content="{a['date']}"><meta name="source" content="来源：人民网－人民日报"></head>
<body><div class="header">人民网 &gt;&gt; <a href="/GB/index.html">国际</a></div>
<div class="layout rm_txt"><div class="col col-1 fl"><h1>{a['title']}</h1>
<div class="channel cf"><div class="col-1-1 fl">{y}年{m}月{d}日08:17 | 来源：<a href="/">人民网－人民日报</a></div></div>
<div class="rm_txt_con cf">{_paras(a)}<div class="edit cf">（责编：王小林、李文）</div></div>
<div class="share">分享让更多人看到</div>
<div class="headingNews"><h2>相关新闻</h2><ul>{_traps('renmin')}</ul></div></div></div>
<div class="footer"><p>人民日报社概况 | 关于人民网 | 报社招聘</p><p>人民网版权所有，未经书面授权禁止使用</p></div>
</body></html>"""


def _listing_waiban(items, next_href) -> str:
    links = "".join(f'<li><a href="{a["path"]}">{a["title"]}</a><span>{a["date"]}</span></li>' for a in items)
    nxt = f'<a class="next" href="{next_href}">下一页</a>' if next_href else ""
    return f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>外事动态</title></head><body>
<ul class="xwlist">{links}</ul><div class="page">{nxt}</div><div class="footer">主办单位：省人民政府外事办公室</div></body></html>"""


def _listing_renmin(items) -> str:
    links = "".join(f'<li><a href="{a["path"]}">{a["title"]}</a> <em>{a["date"]}</em></li>' for a in items)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>国际--人民网</title></head><body>
<div class="list_14"><ul>{links}</ul></div></body></html>"""


def _feed(items) -> str:
    from email.utils import format_datetime
    from datetime import datetime, timezone

    entries = "".join(
        f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(a['date'] + 'T13:30:00').replace(tzinfo=timezone.utc))}</pubDate></item>"
        for a in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>地方外事观察</title><link>{{{{base}}}}/</link>{entries}</channel></rss>"""


PAGES = {"waiban": waiban, "wxmp": wxmp, "renmin": renmin}


def build() -> None:
    from gold import gold

    by = {s: [a for a in ARTICLES if a["site"] == s] for s in PAGES}
    files = {"waiban/xwdt/index.htm": _listing_waiban(by["waiban"][:2], "index_1.htm"),
             "waiban/xwdt/index_1.htm": _listing_waiban(by["waiban"][2:], None),
             "renmin/GB/index.html": _listing_renmin(by["renmin"]),
             "wxmp/feed.xml": _feed(by["wxmp"])}
    # a WeChat article's path has no extension: the web serves /s/<id> from s/<id>.html; waiban's pages must fit GBK
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME),
              file=lambda a: a["path"].lstrip("/") + (".html" if a["site"] == "wxmp" else ""),
              encodings={"waiban": "gbk"})


if __name__ == "__main__":
    build()
