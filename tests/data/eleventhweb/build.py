"""Write the eleventh test web (tests/eleventhweb.py) from articles.py: sites/, gold.json and sources.yaml.tmpl's pages.

Two sites: `gov` (a city government's portal: date and source under the title, 【字体：大 中 小】 chrome) and
`news` (a wire-style news site: 中新网 dateline, date and source in one line, 【编辑:…】 after the body). The gold was written from the texts before the extractor was run on
them; run `python tests/data/eleventhweb/build.py`.
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
    "gov": ["本市与某州签署低碳合作备忘录", "某区承诺2028年实现碳达峰"],
    "news": ["某公司与某国签署储能合作协议", "某省宣布2035年实现碳中和"],
}
CHROME = {
    "gov": ["主办：北京市人民政府办公厅", "【字体：大 中 小】"],
    "news": ["中国新闻网版权所有", "未经书面授权禁止使用"],
}


def _traps(site: str) -> str:
    return traps(TRAPS[site], "html")


def gov(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_首都之窗_北京市人民政府门户网站</title></head>
<body><div class="header"><a href="/">首都之窗</a> <a href="/zhengce/">政策文件</a> <a href="/sjfb/">数据发布</a></div>
<div class="position">您当前的位置：首页 &gt; 政务公开</div>
<div class="article"><h1>{a['title']}</h1>
<div class="info"><span>发布时间：{a['date']}</span><span>来源：北京市人民政府</span><span>【字体：大 中 小】</span></div>
<div class="view TRS_UEDITOR">{_paras(a)}</div></div>
<div class="related"><h3>相关链接</h3><ul>{_traps('gov')}</ul></div>
<div class="footer">主办：北京市人民政府办公厅 京ICP备05060933号</div>
</body></html>"""


def news(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-中新网</title>
<meta name="description" content="{a['title']}"></head>
<body><div class="nav"><a href="/">首页</a> <a href="/gn/">国内</a> <a href="/gj/">国际</a> <a href="/cj/">财经</a></div>
<div class="content"><h1>{a['title']}</h1>
<div class="left-t">{a['date'].replace('-', '年', 1).replace('-', '月', 1)}日 10:21　来源：中国新闻网</div>
<div class="left_zw">{_paras(a)}</div>
<div class="adEditor">【编辑:王琴】</div></div>
<div class="hot"><h3>热点新闻</h3><ul>{_traps('news')}</ul></div>
<div class="bottom">中国新闻网版权所有，未经书面授权禁止使用</div>
</body></html>"""


PAGES = {"gov": gov, "news": news}
LISTINGS = {"gov": "index.html", "news": "scroll-news/index.shtml"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
