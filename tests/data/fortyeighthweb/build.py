"""Write the forty-eighth test web (tests/fortyeighthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `bjxw` (an energy-industry portal: 来源 and 作者 under the title, 关键词 tags, 责任编辑 and a 相关推荐 box
under the text, a 热门搜索 strip) and `zgnyw` (an energy news site: 时间 and 来源 under the title, a 热门文章 box, 编辑).
The gold was written from the texts before the extractor was run on them; run
`python tests/data/fortyeighthweb/build.py`.
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
    "bjxw": ["某省人民政府与能源集团签署新能源战略合作框架协议", "某集团承诺2030年前实现碳达峰"],
    "zgnyw": ["两市与央企签署氢能合作协议", "某能源企业宣布2050年实现碳中和"],
}
CHROME = {
    "bjxw": ["相关推荐", "责任编辑：", "关键词：", "热门搜索"],
    "zgnyw": ["热门文章", "编辑：", "能源网版权所有"],
}


def bjxw(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-北辰能源网</title>
<meta name="keywords" content="新能源,战略合作"></head>
<body><div class="topbar"><a href="/">首页</a> <a href="/fd/">风电</a> <a href="/gf/">光伏</a> <a href="/cn/">储能</a> <a href="/qn/">氢能</a></div>
<div class="hotsearch">热门搜索：<a href="/s/1">储能</a> <a href="/s/2">绿氢</a></div>
<div class="list_detail"><h1>{a['title']}</h1>
<div class="info">{a['date']} 10:21　来源：北辰能源网　作者：清川</div>
<div id="article_content">{_paras(a)}</div>
<div class="tags">关键词：<a href="/t/1">新能源</a> <a href="/t/2">战略合作</a> <a href="/t/3">签约</a></div>
<div class="zbbj">责任编辑：秦朗</div>
<div class="xgtj"><h3>相关推荐</h3><ul>{traps(TRAPS['bjxw'], 'shtml')}</ul></div></div>
<div class="foot">北辰能源网版权所有 京ICP备12000777号</div>
</body></html>"""


def zgnyw(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_中亚能源网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/zx/">资讯</a> <a href="/dl/">电力</a> <a href="/mt/">煤炭</a></div>
<div class="main"><div class="content"><h1 class="tit">{a['title']}</h1>
<p class="meta">时间：{a['date']} 15:40　来源：中亚能源网</p>
<div class="TRS_Editor">{_paras(a)}</div>
<p class="bj">编辑：杜宁</p></div>
<div class="side"><h3>热门文章</h3><ul>{traps(TRAPS['zgnyw'], 'htm')}</ul></div></div>
<div class="footer">中亚能源网版权所有 京ICP备13000999号</div>
</body></html>"""


PAGES = {"bjxw": bjxw, "zgnyw": zgnyw}
LISTINGS = {"bjxw": "news/index.shtml", "zgnyw": "zx/index.htm"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
