"""Write the seventy-eighth test web (tests/seventyeighthweb.py) from articles.py: sites/, gold.json and the listings.

Two Chinese sites: `kmdx` (a university news site: a "当前位置：首页 > 综合新闻" trail, a "供稿单位：... 阅读次数：" line,
"初审：... 终审：..." after the text and a "学院动态" rail of trap headlines) and `nyzx` (an energy-industry portal: a
"首页 > 国际合作" trail, a "来源：... 作者：..." line, a "投稿邮箱" footer and a "热门资讯" rail of trap headlines). The gold
was written from the texts before the extractor was run on them; run `python tests/data/seventyeighthweb/build.py`.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras, traps, write_web  # noqa: E402

TRAPS = {
    "kmdx": ["我校与美国高校签署碳中和联合研究协议", "多所院校共建氢能产业学院"],
    "nyzx": ["三家设计院与海外实验室签约储能合作", "氢能企业携手欧洲研究所共建联合中心"],
}
CHROME = {
    "kmdx": ["供稿单位：", "初审：", "终审：", "学院动态"],
    "nyzx": ["热门资讯", "投稿邮箱", "国际合作频道"],
}


def kmdx(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-昆明理工大学新闻网</title></head>
<body><div class="top">昆明理工大学新闻网 | 学校主页</div>
<div class="position">当前位置：首页 &gt; 综合新闻 &gt; 正文</div>
<div class="article"><h1>{a['title']}</h1>
<div class="info">发布时间：{d.year}年{d.month:02d}月{d.day:02d}日 供稿单位：国际合作与交流处 阅读次数：1207</div>
<div class="v_news_content">
{paras(a)}
</div>
<div class="check">初审：李晓 终审：周敏</div></div>
<div class="side"><h3>学院动态</h3><ul>{traps(TRAPS['kmdx'], 'htm')}</ul></div>
<div class="footer">版权所有 昆明理工大学党委宣传部</div></body></html>"""


def nyzx(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_国际合作频道_能源资讯网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/gjhz/">国际合作</a> <a href="/xny/">新能源</a> <a href="/dl/">电力</a></div>
<div class="crumb">首页 &gt; 国际合作</div>
<div class="main"><h1>{a['title']}</h1>
<div class="meta">{d.year}-{d.month:02d}-{d.day:02d} 10:15 来源：能源资讯网 作者：陈默</div>
<div class="TRS_Editor">
{paras(a)}
</div></div>
<div class="hot"><h3>热门资讯</h3><ul>{traps(TRAPS['nyzx'], 'html')}</ul></div>
<div class="footer">国际合作频道 | 投稿邮箱：tougao@nyzx.example</div></body></html>"""


PAGES = {"kmdx": kmdx, "nyzx": nyzx}


def build() -> None:
    from gold import gold

    files = listings(ARTICLES, {"kmdx": "zhxw/index.htm", "nyzx": "gjhz/index.html"})
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
