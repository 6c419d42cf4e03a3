"""Write the ninth test web (tests/ninthweb.py) from articles.py: sites/, gold.json and sources.yaml.tmpl's pages.

Two sites of templates the other webs lack: `mee` (a ministry's news page: the date and the issuing department in a
line under the title, 【打印】【关闭】 chrome) and `energy` (an energy-industry portal: date, source and author in a
copy line, a reprint disclaimer after the body). The gold was written from the texts before the extractor was run on
them; run `python tests/data/ninthweb/build.py`.
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
    "mee": ["中日签署海洋塑料垃圾治理合作备忘录", "某市承诺2028年实现碳达峰"],
    "energy": ["比亚迪与某国签署储能电站合作协议", "某集团宣布2035年实现碳中和"],
}
CHROME = {
    "mee": ["版权所有：中华人民共和国生态环境部", "【打印】"],
    "energy": ["北极星转载其他网站内容", "北极星电力网 版权所有"],
}


def _traps(site: str) -> str:
    return traps(TRAPS[site], "shtml")


def mee(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_中华人民共和国生态环境部</title></head>
<body><div class="top"><a href="/">中华人民共和国生态环境部</a> | <a href="/ywdt/">新闻发布</a></div>
<div class="location">当前位置：首页 &gt; 新闻发布 &gt; 要闻动态</div>
<div class="content_top_box"><h2 class="neirongTitle">{a['title']}</h2>
<div class="wzxq_neirong1"><span>{a['date']} 17:30</span><span>来源：国际合作司</span></div></div>
<div class="TRS_Editor">{_paras(a)}</div>
<div class="share">【打印】【关闭】</div>
<div class="xgxw"><h4>相关新闻</h4><ul>{_traps('mee')}</ul></div>
<div class="footer">版权所有：中华人民共和国生态环境部 京ICP备05009132号</div>
</body></html>"""


def energy(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-北极星电力新闻网</title>
<meta name="keywords" content="碳中和,储能"></head>
<body><div class="head"><a href="/">北极星电力网</a> <a href="/news/">新闻</a></div>
<div class="list_left"><h1>{a['title']}</h1>
<div class="list_copy"><span>{a['date']} 09:12</span><span>来源：北极星电力网</span><span>作者：</span></div>
<div class="list_detail">{_paras(a)}</div>
<div class="list_key">特别声明：北极星转载其他网站内容，出于传递更多信息而非盈利之目的，同时并不代表赞成其观点或证实其描述。</div>
<div class="relate"><h3>相关推荐</h3><ul>{_traps('energy')}</ul></div></div>
<div class="foot">北极星电力网 版权所有</div>
</body></html>"""


PAGES = {"mee": mee, "energy": energy}
LISTINGS = {"mee": "ywdt/index.shtml", "energy": "news/index.shtml"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
