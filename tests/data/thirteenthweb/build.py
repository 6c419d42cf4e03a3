"""Write the thirteenth test web (tests/thirteenthweb.py) from articles.py: sites/, gold.json and sources.yaml.tmpl's pages.

Three sites: `gov` (a central government portal reprinting the news agency: source and time in one line, 【打印】【关闭】
chrome), `sasac` (a state-asset regulator's portal of central enterprises' news: 发布时间 and 来源 under the title) and
`mo` (a Macao news site in Traditional Chinese: a date line with the weekday, 熱門新聞 chrome). The gold was written
from the texts before the extractor was run on them; run `python tests/data/thirteenthweb/build.py`.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "gov": ["两省签署清洁能源合作框架协议", "某市提出2028年实现碳达峰"],
    "sasac": ["央企与外国能源部签署风电合作协议", "某集团承诺2040年实现碳中和"],
    "mo": ["澳門與某市簽署環保合作備忘錄", "某區承諾2035年減碳五成"],
}
CHROME = {
    "gov": ["主办单位：国务院办公厅", "【我要打印】【关闭】"],
    "sasac": ["版权所有：国务院国有资产监督管理委员会", "打印本页 关闭窗口"],
    "mo": ["版權所有 不得轉載", "熱門新聞"],
}
WEEKDAYS = "一二三四五六日"


def gov(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_滚动新闻_中国政府网</title></head>
<body><div class="topbar"><a href="/">首页</a> <a href="/zhengce/">政策</a> <a href="/hudong/">互动</a> <a href="/fuwu/">服务</a></div>
<div class="BreadcrumbNav">首页 &gt; 新闻 &gt; 滚动新闻</div>
<div class="article oneColumn pub_border"><h1>{a['title']}</h1>
<div class="pages-date">{a['date']} 08:30 <span class="font">来源：新华社</span></div>
<div class="pages_content" id="UCAP-CONTENT">{_paras(a)}</div>
<div class="editor">【我要打印】【关闭】</div></div>
<div class="related"><h3>相关稿件</h3><ul>{traps(TRAPS['gov'], 'htm')}</ul></div>
<div class="footer">主办单位：国务院办公厅 运行维护单位：中国政府网运行中心</div>
</body></html>"""


def sasac(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']} - 国务院国有资产监督管理委员会</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/n2588025/">新闻发布</a> <a href="/n2588030/">企业动态</a></div>
<div class="zsy_content"><h2 class="zsy_cotitle">{a['title']}</h2>
<p class="zsy_cotime">发布时间：{a['date']}　来源：企业动态</p>
<div class="zsy_comain">{_paras(a)}</div>
<div class="zsy_print">【打印本页 关闭窗口】</div></div>
<div class="zsy_related"><h3>相关文章</h3><ul>{traps(TRAPS['sasac'], 'html')}</ul></div>
<div class="footer">版权所有：国务院国有资产监督管理委员会 京ICP备05023357号</div>
</body></html>"""


def mo(a) -> str:
    y, m, d = map(int, a["date"].split("-"))
    weekday = WEEKDAYS[date(y, m, d).weekday()]
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']} - 澳門新聞網</title></head>
<body><div class="menu"><a href="/">首頁</a> <a href="/news/">本地</a> <a href="/gd/">大灣區</a> <a href="/world/">國際</a></div>
<div class="main"><h1 class="headline">{a['title']}</h1>
<div class="dateline">{y}年{m}月{d}日 星期{weekday}</div>
<div class="story">{_paras(a)}</div></div>
<div class="side"><h3>熱門新聞</h3><ul>{traps(TRAPS['mo'], 'htm')}</ul></div>
<div class="copyright">澳門新聞網 版權所有 不得轉載</div>
</body></html>"""


PAGES = {"gov": gov, "sasac": sasac, "mo": mo}
LISTINGS = {"gov": "xinwen/gundong.htm", "sasac": "n2588025/n2588124/index.html", "mo": "news/index.htm"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
