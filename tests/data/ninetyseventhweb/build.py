"""Write the ninety-seventh test web (tests/ninetyseventhweb.py) from articles.py: sites/, gold.json, the news
site's two listing pages, the portal's sitemap and the wire's RSS feed.

Three sites: `lvmd` (綠色脈動新聞網, a Traditional Chinese environment news site served Big5: a "首頁 > 地方新聞"
trail, a "記者…／…報導" line and a "2026/02/11 14:20" stamp, a "分享到：" row, a "延伸閱讀" rail of trap headlines, a
listing of two pages linked by "下一頁"), `tnpr` (the Tainan City Government's news portal, found through its sitemap:
Chinese pages dated in 民國 years "發布日期：115-04-21" with "發布單位：", "友善列印 回上一頁" and a "相關新聞" rail;
English pages of the same releases with "Date:", "Publishing Unit:", "Print | Back" and "Related News") and `fmwire`
(Formosa Wire News, an English Taiwan wire read through its RSS feed: datelines "TAIPEI, March 3 (FWN) -", a
"(By …)" line and "Enditem/ls" after the text, a share row and a "More from FWN" rail). The gold was written from the
texts before the extractor was run on them; run `python tests/data/ninetyseventhweb/build.py`.
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
    "lvmd": ["中部縣市與德國城市簽署氫能合作備忘錄", "半導體大廠承諾2040年全面使用綠電"],
    "tnpr": ["本市與日本姊妹市簽署減碳交流協定", "市府宣示2040年市區公車全面電動化",
             "Tainan and Japanese Sister City Sign Carbon Reduction Pact",
             "City Pledges Fully Electric Bus Fleet by 2040"],
    "fmwire": ["Kaohsiung, Japanese port sign green shipping pact",
               "Taiwan steelmaker pledges 30% emissions cut by 2030"],
}
CHROME = {
    "lvmd": ["綠色脈動新聞網", "分享到：", "延伸閱讀", "未經授權不得轉載", "報導"],
    "tnpr": ["發布單位：", "友善列印", "回上一頁", "相關新聞", "Publishing Unit:", "Print | Back", "Related News",
             "708201"],
    "fmwire": ["Enditem/", "Share: Facebook", "More from FWN", "Formosa Wire News. All rights reserved"],
}
REPORTERS = {"lv01": "記者張惠雯／新竹報導", "lv02": "記者蔡孟勳／嘉義報導", "lv03": "記者徐子涵／台北報導",
             "lv04": "記者游家榮／宜蘭報導", "lv05": "記者鄭博仁／基隆報導"}
SECTIONS = {"local": "地方新聞", "industry": "產業動態", "intl": "國際視野"}


def lvmd(a) -> str:
    d = date.fromisoformat(a["date"])
    section = SECTIONS[a["path"].split("/")[2]]
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{a['title']} - 綠色脈動新聞網</title>
<meta property="article:published_time" content="{a['date']}T14:20:00+08:00"></head>
<body><div class="topbar"><a href="/">綠色脈動新聞網</a> <a href="/news/list.htm">即時新聞</a> <a href="/news/local/">地方新聞</a> <a href="/news/industry/">產業動態</a> <a href="/news/intl/">國際視野</a> <a href="/member/">會員登入</a></div>
<div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/news/list.htm">{section}</a></div>
<div class="whitecon"><h1>{a['title']}</h1>
<div class="author">{REPORTERS[a['id']]}</div><span class="time">{d.year}/{d.month:02d}/{d.day:02d} 14:20</span>
<div class="text">
{paras(a)}
</div>
<div class="share">分享到：Facebook LINE 複製連結</div></div>
<div class="extend"><h3>延伸閱讀</h3><ul>{traps(TRAPS['lvmd'], 'htm')}</ul></div>
<div class="footer">綠色脈動新聞網 版權所有 本網站內容未經授權不得轉載</div></body></html>"""


def _roc(day: str) -> str:
    y, m, d = day.split("-")
    return f"{int(y) - 1911}-{m}-{d}"


def tnpr(a) -> str:
    if a.get("lang") == "en":
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}-Tainan City Government</title></head>
<body><div class="header"><a href="/en/">Tainan City Government</a> <a href="/en/News.aspx?n=2210">News</a> <a href="/">中文</a></div>
<div class="path">Home &gt; News</div>
<div class="simple-text"><h3>{html.escape(a['title'])}</h3>
<ul class="info"><li>Date: {a['date']}</li><li>Publishing Unit: {a['unit']}</li></ul>
<div class="area-essay">{paras(a)}</div>
<div class="tools">Print | Back</div>
<div class="related"><h4>Related News</h4><ul>{traps(TRAPS['tnpr'][2:], 'html')}</ul></div></div>
<div class="footer">Tainan City Government Yonghua Civic Center: No. 6, Sec. 2, Yonghua Rd., Anping Dist., Tainan City 708201</div>
</body></html>"""
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{a['title']}-臺南市政府全球資訊網</title></head>
<body><div class="header"><a href="/">臺南市政府全球資訊網</a> <a href="/News.aspx?n=13370">市政新聞</a> <a href="/en/">English</a></div>
<div class="path">現在位置：首頁 &gt; 市政新聞</div>
<div class="simple-text"><h3>{a['title']}</h3>
<ul class="info"><li>發布日期：{_roc(a['date'])}</li><li>發布單位：{a['unit']}</li><li>點閱次數：1532</li></ul>
<div class="area-essay">{paras(a)}</div>
<div class="tools"><a href="javascript:print()">友善列印</a> <a href="javascript:history.back()">回上一頁</a></div>
<div class="related"><h4>相關新聞</h4><ul>{traps(TRAPS['tnpr'][:2], 'html')}</ul></div></div>
<div class="footer">臺南市政府 版權所有 永華市政中心：708201臺南市安平區永華路二段6號 民治市政中心：730201臺南市新營區民治路36號</div>
</body></html>"""


def fmwire(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Formosa Wire News</title>
<meta name="description" content="{html.escape(a['paras'][0][:150])}"></head>
<body><header><a href="/">Formosa Wire News</a> <nav><a href="/news/aipl/">Politics</a> <a href="/news/acn/">Cross-Strait</a> <a href="/news/aeco/">Business</a> <a href="/news/asoc/">Society</a></nav></header>
<main><article><h1>{html.escape(a['title'])}</h1>
<div class="updatetime">{d.month:02d}/{d.day:02d}/{d.year} 05:21 PM</div>
<div class="paragraph">
{paras(a)}
<p>(By {a['byline']})</p>
<p>Enditem/ls</p>
</div>
<div class="share">Share: Facebook | X | LINE | Copy link</div></article>
<aside class="more"><h2>More from FWN</h2><ul>{traps(TRAPS['fmwire'], 'aspx')}</ul></aside></main>
<footer>&copy; 2026 Formosa Wire News. All rights reserved.</footer></body></html>"""


PAGES = {"lvmd": lvmd, "tnpr": tnpr, "fmwire": fmwire}


def _lvmd_listing(items, page: int, pages: int) -> str:
    links = "".join(f'<li><a href="{a["path"]}">{a["title"]}</a><span>{a["date"].replace("-", "/")}</span></li>'
                    for a in items)
    prev = f'<a class="prev" href="/news/list{"" if page == 2 else f"_{page - 1}"}.htm">上一頁</a>' if page > 1 else ""
    nxt = f'<a class="next" href="/news/list_{page + 1}.htm">下一頁</a>' if page < pages else ""
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>即時新聞 - 綠色脈動新聞網</title></head>
<body><div class="breadcrumb">首頁 &gt; 即時新聞</div><ul class="list">{links}</ul>
<div class="pagination">{prev} 第{page}頁／共{pages}頁 {nxt}</div></body></html>"""


def _sitemap(items) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{html.escape(a['path'])}</loc><lastmod>{a['date']}</lastmod></url>"
                   for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>
"""


def _feed(items) -> str:
    out = []
    for a in items:
        pub = date.fromisoformat(a["date"]).strftime("%a, %d %b %Y") + " 17:21:00 +0800"
        out.append(f"<item><title>{html.escape(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                   f"<guid>{{{{base}}}}{a['path']}</guid><pubDate>{pub}</pubDate>"
                   f"<description>{html.escape(a['paras'][0][:140])}</description></item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Formosa Wire News - Latest</title><link>{{{{base}}}}/</link>
<description>News from Taiwan</description>{''.join(out)}</channel></rss>
"""


def build() -> None:
    from gold import gold

    site = lambda s: sorted((a for a in ARTICLES if a["site"] == s), key=lambda a: a["date"], reverse=True)  # noqa: E731
    lv = site("lvmd")
    files = {"lvmd/news/list.htm": _lvmd_listing(lv[:3], 1, 2), "lvmd/news/list_2.htm": _lvmd_listing(lv[3:], 2, 2),
             "tnpr/sitemap.xml": _sitemap(site("tnpr")), "fmwire/rss/news.xml": _feed(site("fmwire"))}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"lvmd": "big5"})


if __name__ == "__main__":
    build()
