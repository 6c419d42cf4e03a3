"""Write the twenty-fifth test web (tests/twentyfifthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `lz` (a city government portal: 信息来源 and 发布时间 under the title, 【字体：大 中 小】, 热点推荐 chrome,
【打印】【关闭】 under the text) and `nyxw` (an energy news portal: 来源 and 编辑 in one line, 相关新闻 under the text, a
免责声明 and 版权所有 footer). The gold was written from the texts before the extractor was run on them; run
`python tests/data/twentyfifthweb/build.py`.
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
    "lz": ["某区提出2028年前实现碳达峰", "我市与某市签署绿色低碳合作协议"],
    "nyxw": ["某能源集团宣布2035年实现碳中和", "两家企业签署新能源战略合作协议"],
}
CHROME = {
    "lz": ["热点推荐", "【打印】【关闭】", "主办单位：兰州市人民政府办公室"],
    "nyxw": ["相关新闻", "免责声明：本网转载文章仅代表作者观点", "版权所有：能源新闻网"],
}


def lz(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_兰州市人民政府</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 16:30"></head>
<body><div class="top"><a href="/">首页</a> <a href="/col/col4321/index.html">政务要闻</a> <a href="/col/col4400/index.html">政府信息公开</a></div>
<div class="location">您当前的位置：首页 &gt; 政务要闻</div>
<div class="article"><h1 class="title">{a['title']}</h1>
<div class="property"><span>信息来源：兰州市人民政府</span> <span>发布时间：{a['date']} 16:30</span> <span>【字体：大 中 小】</span></div>
<div id="zoom" class="content">{_paras(a)}</div>
<div class="tools">【打印】【关闭】</div></div>
<div class="side"><h3>热点推荐</h3><ul>{traps(TRAPS['lz'], 'html')}</ul></div>
<div class="footer">主办单位：兰州市人民政府办公室 网站标识码：6201000001 陇ICP备05000001号</div>
</body></html>"""


def nyxw(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-能源新闻网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/news/">要闻</a> <a href="/xny/">新能源</a> <a href="/tzh/">双碳</a></div>
<div class="wrap"><div class="main"><h1>{a['title']}</h1>
<div class="meta">{a['date']} 08:40　来源：能源新闻网　编辑：王敏</div>
<div class="article-body">{_paras(a)}</div>
<div class="related"><h3>相关新闻</h3><ul>{traps(TRAPS['nyxw'], 'html')}</ul></div>
<div class="statement">免责声明：本网转载文章仅代表作者观点，不代表本网立场。</div></div></div>
<div class="copyright">版权所有：能源新闻网 未经授权不得转载</div>
</body></html>"""


PAGES = {"lz": lz, "nyxw": nyxw}
LISTINGS = {"lz": "col/col4321/index.html", "nyxw": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
