"""Write the twenty-first test web (tests/twentyfirstweb.py) from articles.py: sites/, gold.json and the listings.

Three sites: `zf` (a provincial government portal: 发布日期 and 来源 under the title, 【责任编辑】 and 【打印本页】【关闭窗口】
under the text, 热点信息 chrome), `nyw` (an energy news portal that reposts: GBK bytes labelled gb2312, 来源 and 作者 in one
line, 今日热点 chrome) and `hk` (a Hong Kong news site in Traditional Chinese: a date line with the weekday, 熱門新聞
chrome). The gold was written from the texts before the extractor was run on them; run
`python tests/data/twentyfirstweb/build.py`.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listing, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "zf": ["我省与某州签署低碳合作备忘录", "某市提出2027年前实现碳达峰"],
    "nyw": ["两家企业签署海外储能战略合作协议", "某集团宣布2035年实现碳中和"],
    "hk": ["本港與某市簽署減碳合作協議", "某區承諾2040年碳中和"],
}
CHROME = {
    "zf": ["热点信息", "【打印本页】【关闭窗口】", "主办：江苏省人民政府办公厅"],
    "nyw": ["今日热点", "版权所有：能源新闻网", "上一篇"],
    "hk": ["熱門新聞", "版權所有 不得轉載"],
}
WEEKDAYS = "一二三四五六日"


def zf(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']} - 江苏省人民政府</title>
<meta name="PubDate" content="{a['date']} 10:05"></head>
<body><div class="head"><a href="/">首页</a> <a href="/col/col60095/index.html">要闻动态</a> <a href="/col/col46143/index.html">政策文件</a></div>
<div class="position">当前位置：首页 &gt; 要闻动态</div>
<div class="main-fl"><h1 class="sp_title">{a['title']}</h1>
<div class="sp_time"><span>发布日期：{a['date']}</span> <span>来源：江苏省人民政府</span> <span>字号：[大 中 小]</span></div>
<div id="zoom" class="TRS_Editor">{_paras(a)}</div>
<div class="editor">【责任编辑：陈晓】</div>
<div class="print">【打印本页】【关闭窗口】</div></div>
<div class="main-fr"><h3>热点信息</h3><ul>{traps(TRAPS['zf'], 'html')}</ul></div>
<div class="foot">主办：江苏省人民政府办公厅 网站标识码：3200000040 苏ICP备05002034号</div>
</body></html>"""


def nyw(a) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>{a['title']}_能源新闻网</title></head>
<body><table width="100%" class="top"><tr><td><a href="/">首页</a> | <a href="/news/">要闻</a> | <a href="/xny/">新能源</a> | <a href="/gj/">国际</a></td></tr></table>
<table width="980" align="center"><tr><td class="left" valign="top">
<h1 class="title">{a['title']}</h1>
<div class="info">{a['date']} 09:12　来源：能源新闻网　作者：综合</div>
<div class="content" id="text">{_paras(a)}</div>
<div class="page-turn">上一篇：<a href="/x/p.html">能源央企三季度经营情况发布</a>　下一篇：<a href="/x/n.html">电力现货市场建设提速</a></div>
</td><td class="right" valign="top"><h3>今日热点</h3><ul>{traps(TRAPS['nyw'], 'html')}</ul></td></tr></table>
<div class="copyright">版权所有：能源新闻网 未经授权不得转载</div>
</body></html>"""


def hk(a) -> str:
    y, m, d = map(int, a["date"].split("-"))
    weekday = WEEKDAYS[date(y, m, d).weekday()]
    return f"""<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>{a['title']} | 港聞網</title></head>
<body><nav class="menu"><a href="/">主頁</a> <a href="/news/">港聞</a> <a href="/china/">中國</a> <a href="/world/">國際</a> <a href="/finance/">財經</a></nav>
<article><h1 class="headline">{a['title']}</h1>
<div class="dateline">{y}年{m}月{d}日 星期{weekday}</div>
<div class="story">{_paras(a)}</div></article>
<aside class="side"><h3>熱門新聞</h3><ul>{traps(TRAPS['hk'], 'html')}</ul></aside>
<footer class="copyright">港聞網 版權所有 不得轉載</footer>
</body></html>"""


PAGES = {"zf": zf, "nyw": nyw, "hk": hk}
LISTINGS = {"zf": "col/col60095/index.html", "nyw": "news/index.html", "hk": "news/index.html"}


def build() -> None:
    from gold import gold

    files = {f"{site}/{name}": listing([a for a in ARTICLES if a["site"] == site],
                                       charset="gb2312" if site == "nyw" else "utf-8")
             for site, name in LISTINGS.items()}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"nyw": "gbk"})


if __name__ == "__main__":
    build()
