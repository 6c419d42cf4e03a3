"""Write the hundred-seventh test web (tests/hundredseventhweb.py) from articles.py: sites/, gold.json, the paged
board, the sitemap and the feed.

Three sites: `jejunews` (Jeju Special Self-Governing Province's English press releases: a "Home > News > Press
Releases" trail, a "Date / Views / Department" row, a KakaoStory share row, a "Related News" rail of trap headlines,
a "Satisfaction survey" box and an address footer; its board paged by "Next"), `yokkaichi` (City of Yokkaichi,
International Affairs in English, found through its sitemap: a "Page ID" and "Last updated" line, an "Inquiries"
box, a "What's New" rail of trap headlines, a "Languages" bar) and `hainangov` (海南省人民政府网 in UTF-8, read
through its RSS feed: 当前位置 trail, "来源：... 发布时间：..." row, 【字体：大 中 小】, 分享到, 相关新闻 traps,
琼ICP备 footer). The gold was written from the texts before the extractor was run on them; run
`python tests/data/hundredseventhweb/build.py`.
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
    "jejunews": ["Jeju and Chinese island province sign carbon-free partnership",
                 "Jeju pledges 70 percent renewable power by 2028"],
    "yokkaichi": ["Yokkaichi and Chinese sister city sign clean air pact",
                  "City commits to 60 percent emissions cut by 2035"],
    "hainangov": ["我省与日韩城市签署绿色低碳合作备忘录", "某市承诺2027年实现碳达峰"],
}
CHROME = {
    "jejunews": ["Related News", "Satisfaction survey", "KakaoStory", "Munyeon-ro", "Press Releases"],
    "yokkaichi": ["What's New", "Page ID", "Inquiries", "International Affairs Division, Citizens' Culture"],
    "hainangov": ["相关新闻", "分享到", "【字体：", "琼ICP备", "当前位置"],
}


def jejunews(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Jeju Special Self-Governing Province</title>
<meta property="og:site_name" content="Jeju Special Self-Governing Province"></head>
<body><div id="gnb"><a href="/eng/">Jeju Special Self-Governing Province</a> <a href="/eng/about/">About Jeju</a>
<a href="/eng/news/list.htm">News</a> <a href="/eng/invest/">Investment</a> <a href="/">KOR</a></div>
<div class="location">Home &gt; News &gt; Press Releases</div>
<div class="board-view"><h3 class="subject">{html.escape(a['title'])}</h3>
<ul class="info"><li>Date : {d.year}.{d.month:02d}.{d.day:02d}</li><li>Views : 1,{d.day * 37 % 900 + 100}</li>
<li>Department : International Relations Division</li></ul>
<div class="view-cont">
{paras(a)}
</div>
<div class="sns">Share : <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">KakaoStory</a></div>
<div class="survey">Satisfaction survey: Was this information helpful? <a href="#">Yes</a> <a href="#">No</a></div></div>
<div class="related"><h4>Related News</h4><ul>{traps(TRAPS['jejunews'], 'htm')}</ul></div>
<div id="footer">6, Munyeon-ro, Jeju-si, Jeju-do, Republic of Korea | Copyright &copy; Jeju Special Self-Governing
Province. All rights reserved.</div></body></html>"""


def yokkaichi(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - City of Yokkaichi</title></head>
<body><div class="lang">Languages: <a href="/">日本語</a> English <a href="/zh/">中文</a> <a href="/ko/">한국어</a></div>
<header><a href="/en/">City of Yokkaichi</a> <nav><a href="/en/living/">Living</a> <a href="/en/international/">International
Exchange</a> <a href="/en/sightseeing/">Sightseeing</a></nav></header>
<p class="pankuzu"><a href="/en/">Home</a> &gt; <a href="/en/international/">International Exchange</a> &gt; News</p>
<div id="main"><h1>{html.escape(a['title'])}</h1>
<p class="update">Page ID 1{a['path'][-9:-5]} &nbsp; Last updated: {d.strftime('%B')} {d.day}, {d.year}</p>
<div class="wysiwyg">
{paras(a)}
</div>
<div class="contact"><h2>Inquiries</h2><p>International Affairs Division, Citizens' Culture Department, City of Yokkaichi<br>
1-5 Suwa-cho, Yokkaichi, Mie 510-8601 Tel: 059-354-8116</p></div></div>
<div id="side"><h2>What's New</h2><ul>{traps(TRAPS['yokkaichi'], 'html')}</ul></div>
<footer>Copyright &copy; Yokkaichi City. All Rights Reserved.</footer></body></html>"""


def hainangov(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_海南省人民政府网</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 08:30"></head>
<body><div class="head">海南省人民政府网 | <a href="/">首页</a> <a href="/hainan/hnyw/">要闻动态</a> <a href="/hainan/zwgk/">政务公开</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/hainan/hnyw/">要闻动态</a></div>
<div class="detail"><h1>{a['title']}</h1>
<div class="source">来源：海南日报　发布时间：{a['date']} 08:30　【字体：大 中 小】</div>
<div class="TRS_Editor">
{paras(a)}
</div>
<div class="share">分享到：微信 微博</div></div>
<div class="xgxw"><h3>相关新闻</h3><ul>{traps(TRAPS['hainangov'], 'shtml')}</ul></div>
<div class="foot">主办：海南省人民政府办公厅 琼ICP备05000017号</div></body></html>"""


PAGES = {"jejunews": jejunews, "yokkaichi": yokkaichi, "hainangov": hainangov}


def _board(items, nxt: str | None) -> str:
    rows = "".join(f'<tr><td class="num">{a["path"][-8:-4]}</td><td class="title"><a href="{a["path"]}">'
                   f'{html.escape(a["title"])}</a></td><td class="date">{a["date"].replace("-", ".")}</td></tr>'
                   for a in items)
    more = f'<a class="next" href="{nxt}">Next</a>' if nxt else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Press Releases | Jeju Special Self-Governing
Province</title></head><body><table class="board-list"><tbody>{rows}</tbody></table>
<div class="paging"><strong>1</strong> {more}</div></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{a['title']}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} 08:30:00 +0800</pubDate>"
                   f"<description><![CDATA[{a['paras'][0][:80]}]]></description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>海南省人民政府网 要闻动态</title><link>{{{{base}}}}/hainan/hnyw/</link>
<description>海南省人民政府网</description><language>zh-cn</language>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    jj = sorted(site("jejunews"), key=lambda a: a["date"], reverse=True)
    files = {"jejunews/eng/news/list.htm": _board(jj[:3], "/eng/news/list_2.htm"),
             "jejunews/eng/news/list_2.htm": _board(jj[3:], None),
             "hainangov/rss/hnyw.xml": _feed(sorted(site("hainangov"), key=lambda a: a["date"], reverse=True)),
             "yokkaichi/sitemap.xml": _sitemap(site("yokkaichi"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
