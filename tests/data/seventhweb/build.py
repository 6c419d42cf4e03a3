"""Write the seventh test web (tests/seventhweb.py) from articles.py: sites/, gold.json and sources.yaml.tmpl.

Three sites of templates the other webs lack: `taipei` (a Taiwan city government news page served Big5, dated only in
民國 years), `hkgov` (Hong Kong government press releases, Traditional Chinese, dated at the foot), `xinhua` (新华网-style
wire copy with a 新华社…电 dateline). The gold was written from the texts before the extractor was run on them; run
`python tests/data/seventhweb/build.py`.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listing, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "taipei": ["北市與東京簽署減碳合作協定", "某縣市宣示2040年淨零排放"],
    "hkgov": ["港深簽署綠色金融合作協議", "某區承諾2030年碳排放減半"],
    "xinhua": ["中欧城市签署绿色伙伴关系协议", "某省宣布2028年前实现碳达峰"],
}
CHROME = {
    "taipei": ["臺北市政府 版權所有", "友善列印"],
    "hkgov": ["新聞公報", "2023 | 重要告示"],
    "xinhua": ["【纠错】", "新华网版权所有"],
}
WEEKDAY = "一二三四五六日"


def _traps(site: str) -> str:
    return traps(TRAPS[site], "htm")


def _roc(day: str) -> str:
    y, m, d = day.split("-")
    return f"{int(y) - 1911}-{m}-{d}"


def taipei(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{a['title']}-臺北市政府全球資訊網</title></head>
<body><div class="header"><a href="/">臺北市政府全球資訊網</a> <a href="/News.aspx?n=F0DDAF49B89E9413">市政新聞</a></div>
<div class="path">現在位置：首頁 &gt; 市政新聞</div>
<div class="simple-text"><h3>{a['title']}</h3>
<ul class="info"><li>發布日期：{_roc(a['date'])}</li><li>發布單位：臺北市政府秘書處媒體事務組</li></ul>
<div class="area-essay">{_paras(a)}</div>
<div class="print"><a href="javascript:print()">友善列印</a></div>
<div class="related"><h4>相關新聞</h4><ul>{_traps('taipei')}</ul></div></div>
<div class="footer"><p>臺北市政府 版權所有 110204 臺北市信義區市府路1號</p><p>更新日期：{_roc(a['date'])}</p></div>
</body></html>"""


def hkgov(a) -> str:
    y, m, d = (int(x) for x in a["date"].split("-"))
    from datetime import date
    wd = WEEKDAY[date(y, m, d).weekday()]
    return f"""<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>{a['title']}</title></head>
<body><div id="header"><a href="/gia/general/today_c.htm">新聞公報</a> | <a href="/">香港特區政府一站通</a></div>
<div id="contentBody"><span id="PRHeadlineSpan">{a['title']}</span>
<div id="pressrelease">{_paras(a)}</div>
<p>完</p><p>{y}年{m}月{d}日（星期{wd}）<br>香港時間18時32分</p></div>
<div id="related"><h3>其他新聞</h3><ul>{_traps('hkgov')}</ul></div>
<div id="footer">2023 | 重要告示 | 私隱政策</div>
</body></html>"""


def xinhua(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-新华网</title>
<meta name="keywords" content="气候"><meta name="description" content="{a['title']}"></head>
<body><div class="nav"><a href="/">新华网</a> &gt; <a href="/world/">正文</a></div>
<div class="header"><div class="h-title">{a['title']}</div>
<div class="h-info"><span class="h-time">{a['date']} 20:39:45</span> <span>来源： 新华网</span></div></div>
<div id="detail">{_paras(a)}</div>
<div class="editor">【纠错】 责任编辑： 王頔</div>
<div class="relate"><h3>相关新闻</h3><ul>{_traps('xinhua')}</ul></div>
<div class="foot">新华网版权所有</div>
</body></html>"""


def _listing(site: str) -> str:
    items = [a for a in ARTICLES if a["site"] == site]
    return listing(items, "市政新聞", "big5") if site == "taipei" else listing(items)


PAGES = {"taipei": taipei, "hkgov": hkgov, "xinhua": xinhua}
LISTINGS = {"taipei": "News.aspx__n-F0DDAF49B89E9413.html", "hkgov": "gia/general/today_c.htm",
            "xinhua": "world/index.htm"}


def build() -> None:
    from gold import gold

    files = {f"{site}/{name}": _listing(site) for site, name in LISTINGS.items()}
    # a query path (/News.aspx?n=…) is written where the web serves it from; Taipei's pages must fit Big5
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"taipei": "big5"})


if __name__ == "__main__":
    build()
