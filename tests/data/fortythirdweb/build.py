"""Write the forty-third test web (tests/fortythirdweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `tycg` (a Taiwanese city government's 新聞稿 page: 發布機關 and 發布日期 in 民國 years under the title,
友善列印 and 回上一頁, 相關新聞 traps, the city hall's address in the footer) and `hkgov` (a Hong Kong government
press release: 完 and a timestamp with the weekday under the text, 相關新聞公報 traps, 重要告示 in the footer). The gold
was written from the texts before the extractor was run on them; run `python tests/data/fortythirdweb/build.py`.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "tycg": ["某市宣示2040年達成淨零排放", "某縣與美國某市簽署合作備忘錄"],
    "hkgov": ["某公司承諾2045年實現碳中和", "兩所大學簽署氣候研究合作協議"],
}
CHROME = {
    "tycg": ["相關新聞", "友善列印", "330206桃園市桃園區縣府路1號"],
    "hkgov": ["相關新聞公報", "重要告示", "香港時間"],
}
WEEKDAY = "一二三四五六日"


def tycg(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{a['title']}-桃園市政府全球資訊網</title></head>
<body><div class="header"><a href="/">首頁</a> <a href="/News.aspx?n=9">市政新聞</a> <a href="/cp.aspx?n=12">便民服務</a></div>
<div class="path">現在位置：首頁 &gt; 訊息公告 &gt; 市政新聞</div>
<div class="area-essay"><h3>{a['title']}</h3>
<ul class="list"><li>發布機關：桃園市政府新聞處</li><li>發布日期：{a['minguo']}</li><li>點閱次數：862</li></ul>
<div class="essay">{_paras(a)}</div>
<div class="tool"><a href="#">友善列印</a> <a href="javascript:history.back()">回上一頁</a></div>
<div class="related"><h4>相關新聞</h4><ul>{traps(TRAPS['tycg'], 'html')}</ul></div></div>
<div class="footer">桃園市政府 地址：330206桃園市桃園區縣府路1號 總機：(03)332-2101 本網站最佳瀏覽解析度為1280x800</div>
</body></html>"""


def hkgov(a) -> str:
    from datetime import date

    d = date.fromisoformat(a["date"])
    stamp = f"{d.year}年{d.month}月{d.day}日（星期{WEEKDAY[d.weekday()]}）<br>香港時間16時45分"
    return f"""<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>{a['title']}</title></head>
<body><div id="topbar"><a href="/gia/general/today.htm">新聞公報</a> <a href="/gia/ticker.htm">新聞稿</a> <a href="/gia/photo.htm">圖片</a></div>
<div id="contentBody"><span id="PRHeadlineSpan">{a['title']}</span>
<div id="pressrelease">{_paras(a)}
<p>完</p></div>
<p class="timestamp">{stamp}</p>
<div class="related"><h4>相關新聞公報</h4><ul>{traps(TRAPS['hkgov'], 'htm')}</ul></div></div>
<div id="footer">2023 | 重要告示 | 私隱政策 | 香港特別行政區政府新聞處</div>
</body></html>"""


PAGES = {"tycg": tycg, "hkgov": hkgov}
LISTINGS = {"tycg": "News.aspx__n-9.html", "hkgov": "gia/general/today.htm"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
