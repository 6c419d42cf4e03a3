"""Write the ninety-third test web (tests/ninetythirdweb.py) from articles.py: sites/, gold.json, the listing, the feed
and the sitemap.

Three sites: `isden` (the HKSAR Government's English press releases: a "(with photo)" title, the day only in
"Ends/Tuesday, February 27, 2024" and "Issued at HKT 20:05" after the text, "NNNN", a "Today's Press Releases" rail of
trap headlines, a listing page), `isdtc` (the same releases in Traditional Chinese: "完", "２０２４年２月２７日（星期二）",
"香港時間20時05分", a "今日新聞公報" rail, read through an RSS feed) and `szeeb` (a Shenzhen bureau's portal in
Simplified Chinese: a "当前位置：首页 > 政务公开 > 工作动态" trail, a "发布时间：... 来源：..." line, a "相关链接" rail
and a "主办单位" footer, found through its sitemap). The gold was written from the texts before the extractor was run on
them; run `python tests/data/ninetythirdweb/build.py`.
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
    "isden": ["Hong Kong and Guangdong sign memorandum on green hydrogen (with photo)",
              "Government pledges 40 per cent cut in building electricity use by 2035"],
    "isdtc": ["港粵簽署新能源車跨境合作備忘錄（附圖）", "政府承諾2030年前公共運輸全面電動化"],
    "szeeb": ["深莞惠三市签署碳排放权交易合作协议", "我市提出2028年前实现碳达峰"],
}
CHROME = {
    "isden": ["Today's Press Releases", "Issued at HKT", "NNNN"],
    "isdtc": ["今日新聞公報", "香港時間", "NNNN"],
    "szeeb": ["当前位置：首页", "相关链接", "主办单位：深圳市生态环境局"],
}
_FULL = "０１２３４５６７８９"


def _wide(n: int) -> str:
    return "".join(_FULL[int(c)] for c in str(n))


def isden(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title></head>
<body><div id="top">GovHK | Press Releases | <a href="/gia/general/today.htm">Today's Press Releases</a> | <a href="/gia/ISD_public_Calendar_en.html">Archive</a></div>
<div id="contentBody"><span id="PRHeadlineSpan">{html.escape(a['title'])}</span><br>
*******************************************************************<br>
<div id="pressrelease">
{paras(a)}
</div>
<div class="mB15 f15">Ends/{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}<br>Issued at HKT {a['time']}</div>
<div class="mB15">NNNN</div></div>
<div id="rail"><h3>Today's Press Releases</h3><ul>{traps(TRAPS['isden'], 'htm')}</ul></div>
<div id="footer">2024 | Important notices | Privacy Policy | Information Services Department</div></body></html>"""


def isdtc(a) -> str:
    d = date.fromisoformat(a["date"])
    wk = "一二三四五六日"[d.weekday()]
    hh, mm = a["time"].split(":")
    return f"""<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title></head>
<body><div id="top">香港政府一站通 | 新聞公報 | <a href="/gia/general/ctoday.htm">今日新聞公報</a> | <a href="/gia/ISD_public_Calendar_tc.html">新聞公報資料庫</a></div>
<div id="contentBody"><span id="PRHeadlineSpan">{html.escape(a['title'])}</span><br>
*******************************************************************<br>
<div id="pressrelease">
{paras(a)}
</div>
<div class="mB15 f15">完<br>{_wide(d.year)}年{_wide(d.month)}月{_wide(d.day)}日（星期{wk}）<br>香港時間{int(hh)}時{mm}分</div>
<div class="mB15">NNNN</div></div>
<div id="rail"><h3>今日新聞公報</h3><ul>{traps(TRAPS['isdtc'], 'htm')}</ul></div>
<div id="footer">重要告示 | 私隱政策 | 政府新聞處</div></body></html>"""


def szeeb(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(a['title'])}--深圳市生态环境局网站</title></head>
<body><div class="header">深圳市生态环境局 <a href="/">首页</a> <a href="/xxgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 工作动态</div>
<div class="content"><h1 class="tit">{html.escape(a['title'])}</h1>
<div class="info">发布时间：{a['date']} {a['time']}:00 来源：深圳市生态环境局 字号：大 中 小</div>
<div class="news_cont_d_wrap">
{paras(a)}
</div></div>
<div class="rel"><h3>相关链接</h3><ul>{traps(TRAPS['szeeb'], 'html')}</ul></div>
<div class="footer">主办单位：深圳市生态环境局 | 网站标识码4403000038 | 粤ICP备2021000000号</div></body></html>"""


PAGES = {"isden": isden, "isdtc": isdtc, "szeeb": szeeb}


def _listing(items) -> str:
    links = "".join(f'<li><a href="{a["path"]}">{html.escape(a["title"])}</a> <span class="date">{a["date"]}</span></li>'
                    for a in sorted(items, key=lambda a: a["date"], reverse=True))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Press Releases - Environment</title></head>
<body><h1>Press Releases by Category: Environment</h1><ul class="prlist">{links}</ul></body></html>"""


def _feed(items) -> str:
    out = []
    for a in items:
        d = date.fromisoformat(a["date"])
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<pubDate>{d.strftime('%a, %d %b %Y')} {a['time']}:00 +0800</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:60])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>新聞公報 - 環境</title><link>{{{{base}}}}/gia/general/ctoday.htm</link>
<description>香港特別行政區政府新聞公報</description>{''.join(out)}</channel></rss>
"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def build() -> None:
    from gold import gold

    site = lambda s: [a for a in ARTICLES if a["site"] == s]  # noqa: E731
    files = {"isden/gia/general/category/environment.htm": _listing(site("isden")),
             "isdtc/rss/environment_tc.xml": _feed(site("isdtc")),
             "szeeb/sitemap.xml": _sitemap(site("szeeb"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
