"""Write the twenty-fourth test web (tests/twentyfourthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `nn` (a city government portal: 发布时间 and 来源 under the title, 【打印】【关闭】 under the text, 热点新闻
chrome) and `mo` (a Macao news site in Traditional Chinese: a date line, 熱門 chrome). The gold was written from the
texts before the extractor was run on them; run `python tests/data/twentyfourthweb/build.py`.
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
    "nn": ["我市与某国城市签署新能源合作协议", "某企业集中签约10个光伏项目"],
    "mo": ["澳門與某國簽署低碳合作備忘錄", "某集團承諾2030年碳中和"],
}
CHROME = {
    "nn": ["热点新闻", "【打印】【关闭】", "主办：南宁市人民政府办公室"],
    "mo": ["熱門", "澳門新聞網 版權所有"],
}


def nn(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_南宁市人民政府门户网站</title>
<meta name="PubDate" content="{a['date']} 09:30"></head>
<body><div class="nav"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> <a href="/zwgk/">政务公开</a></div>
<div class="crumb">您的位置：首页 &gt; 新闻中心 &gt; 今日南宁</div>
<div class="article"><h1 class="art-title">{a['title']}</h1>
<div class="art-info">发布时间：{a['date']} 09:30　来源：南宁日报　浏览次数：</div>
<div class="TRS_Editor">{_paras(a)}</div>
<div class="art-tools">【打印】【关闭】</div></div>
<div class="sidebar"><h3>热点新闻</h3><ul>{traps(TRAPS['nn'], 'html')}</ul></div>
<div class="footer">主办：南宁市人民政府办公室 网站标识码：4501000001 桂ICP备05000001号</div>
</body></html>"""


def mo(a) -> str:
    y, m, d = map(int, a["date"].split("-"))
    return f"""<!DOCTYPE html>
<html lang="zh-MO"><head><meta charset="utf-8"><title>{a['title']} - 澳門新聞網</title></head>
<body><nav class="topnav"><a href="/">首頁</a> <a href="/news/">本地</a> <a href="/china/">內地</a> <a href="/econ/">經濟</a></nav>
<main><h2 class="news-title">{a['title']}</h2>
<p class="date">{y}-{m:02d}-{d:02d}</p>
<div class="news-body">{_paras(a)}</div></main>
<aside><h4>熱門</h4><ul>{traps(TRAPS['mo'], 'htm')}</ul></aside>
<footer>澳門新聞網 版權所有</footer>
</body></html>"""


PAGES = {"nn": nn, "mo": mo}
LISTINGS = {"nn": "xwzx/jrnn/index.html", "mo": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
