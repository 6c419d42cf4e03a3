"""Write the forty-fifth test web (tests/fortyfifthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `hjfb` (a ministry-style 新闻发布 portal: 索引号, 发布机构 and 发文日期 in a table above the title,
【字体：大 中 小】, 【打印】【关闭】 under the text, a 相关稿件 box and a 部门链接 footer) and `lzxw` (a city news site:
the date and 来源 under the title, 编辑 under the text, 相关新闻 traps, a 网上有害信息举报 footer). The gold was
written from the texts before the extractor was run on them; run `python tests/data/fortyfifthweb/build.py`.
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
    "hjfb": ["多城市共同发布城市气候行动宣言", "某市承诺2026年前实现碳达峰"],
    "lzxw": ["两市签署绿色交通合作备忘录", "某区宣布2035年实现碳中和"],
}
CHROME = {
    "hjfb": ["【打印】【关闭】", "【字体：大 中 小】", "相关稿件", "索引号"],
    "lzxw": ["相关新闻", "编辑：", "网上有害信息举报"],
}


def hjfb(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_新闻发布</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 16:30"></head>
<body><div class="top"><a href="/">首页</a> <a href="/xwfb/">新闻发布</a> <a href="/zcfg/">政策法规</a> <a href="/bsfw/">办事服务</a></div>
<div class="position">您的位置：首页 &gt; 新闻发布</div>
<table class="xxgk"><tr><td>索引号：000013338/2024-00{a['id'][-2:]}</td><td>发布机构：办公厅</td></tr>
<tr><td>发文日期：{a['date']}</td><td>主题分类：城乡建设</td></tr></table>
<div class="detail"><h1>{a['title']}</h1>
<div class="fontsize">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_UEDITOR">{_paras(a)}</div>
<div class="tools">【打印】【关闭】</div>
<div class="xggj"><h4>相关稿件</h4><ul>{traps(TRAPS['hjfb'], 'shtml')}</ul></div></div>
<div class="links">部门链接：<a href="/x/a">国务院部门网站</a> <a href="/x/b">地方政府网站</a></div>
<div class="foot">版权所有 网站标识码bm15000001 京ICP备05050000号</div>
</body></html>"""


def lzxw(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-柳州新闻网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/news/">本地新闻</a> <a href="/gn/">国内</a> <a href="/sp/">视频</a></div>
<div class="article"><h1 class="title">{a['title']}</h1>
<div class="source">{a['date']} 09:05　来源：柳州日报</div>
<div id="content">{_paras(a)}</div>
<div class="editor">编辑：韦晓丽</div>
<div class="related"><h3>相关新闻</h3><ul>{traps(TRAPS['lzxw'], 'htm')}</ul></div></div>
<div class="footer">网上有害信息举报 柳州新闻网版权所有 桂ICP备10000888号</div>
</body></html>"""


PAGES = {"hjfb": hjfb, "lzxw": lzxw}
LISTINGS = {"hjfb": "xwfb/index.shtml", "lzxw": "news/index.htm"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
