"""Write the fifty-ninth test web (tests/fiftyninthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `xzdrc` (a provincial 发展和改革委员会（能源局） portal: 信息来源/发布时间/阅读次数 under the title, 视力保护色
and 网站纠错 tools, 适老化/无障碍 links in the header, 相关新闻 traps, a 藏ICP备 footer) and `crpnews` (an energy state
enterprise's 新闻中心 served in GBK with its charset in <meta http-equiv> only: a 集团要闻 crumb, 文章来源/点击数 line,
返回顶部, 热点新闻 traps). The gold was written from the texts before the extractor was run on them; run
`python tests/data/fiftyninthweb/build.py`.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listing, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "xzdrc": ["某省能源局与三家企业签署新能源合作协议", "某市与央企续签战略合作协议"],
    "crpnews": ["某电力公司与某州政府签署两份项目协议", "某集团三方共同签署储能合作协议"],
}
CHROME = {
    "xzdrc": ["信息来源", "阅读次数", "视力保护色", "网站纠错", "适老化", "藏ICP备"],
    "crpnews": ["文章来源", "点击数", "集团要闻", "返回顶部", "华润电力新闻中心"],
}


def xzdrc(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_西藏自治区发展和改革委员会</title></head>
<body><div class="top"><a href="#">适老化</a> | <a href="#">无障碍</a> | <a href="#">English</a></div>
<div class="menu"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a>
<a href="/xwzx/nyyw/">能源要闻</a> <a href="/zcfg/">政策法规</a></div>
<div class="position">您现在的位置：首页 &gt; 新闻中心 &gt; 能源要闻</div>
<div class="art"><h2 class="art-title">{a['title']}</h2>
<div class="art-info">信息来源：自治区能源局　发布时间：{a['date']}　阅读次数：1{a['id'][-1]}36</div>
<div class="tools">【视力保护色 <a href="#">关</a>】【<a href="#">网站纠错</a>】</div>
<div class="art-con">{_paras(a)}</div></div>
<div class="xgxw"><div class="hd">相关新闻</div><ul>{traps(TRAPS['xzdrc'], 'html')}</ul></div>
<div class="foot">西藏自治区发展和改革委员会 主办 藏ICP备05000123号 网站标识码5400000018</div>
</body></html>"""


def crpnews(a) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{a['title']}-华润电力新闻中心</title></head>
<body><div class="logo">华润电力新闻中心</div>
<div class="nav"><a href="/">首页</a> <a href="/xwzx/jtyw/">集团要闻</a>
<a href="/xwzx/jcdt/">基层动态</a> <a href="/xwzx/mtbd/">媒体报道</a></div>
<div class="crumb">首页 &gt;&gt; 新闻中心 &gt;&gt; 集团要闻</div>
<div class="newsview"><div class="newstitle">{a['title']}</div>
<div class="newsinfo">文章来源：华润电力党委宣传部　日期：{a['date']}　点击数：8{a['id'][-1]}2</div>
<div class="newstext">{_paras(a)}</div>
<div class="gotop"><a href="#">返回顶部</a></div></div>
<div class="hot"><b>热点新闻</b><ul>{traps(TRAPS['crpnews'], 'html')}</ul></div>
<div class="copyright">Copyright 华润电力控股有限公司 粤ICP备05011238号</div>
</body></html>"""


def crp_listing(items) -> str:
    """The GBK site's listing, its charset in <meta http-equiv> only."""
    return listing(items, "集团要闻", "gbk").replace('<meta charset="gbk">',
                                                   '<meta http-equiv="Content-Type" content="text/html; charset=gbk">')


PAGES = {"xzdrc": xzdrc, "crpnews": crpnews}


def build() -> None:
    from gold import gold

    files = {"xzdrc/xwzx/nyyw/index.html": listing([a for a in ARTICLES if a["site"] == "xzdrc"], "能源要闻"),
             "crpnews/xwzx/jtyw/index.html": crp_listing([a for a in ARTICLES if a["site"] == "crpnews"])}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"crpnews": "gbk"})


if __name__ == "__main__":
    build()
