"""Write the thirty-eighth test web (tests/thirtyeighthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `jxfgw` (a provincial development and reform commission portal: 文章来源 and 发布日期 under the title,
【打印本页】【关闭窗口】, a 相关链接 box and a 热点 sidebar) and `zgjn` (an industry association site: 来源, 作者 and
发布时间 in one line, 【责任编辑：…】 under the text, 相关阅读 traps, a 会员服务 footer). The gold was written from the
texts before the extractor was run on them; run `python tests/data/thirtyeighthweb/build.py`.
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
    "jxfgw": ["某县确保2027年前实现碳达峰", "我省与某省签署绿色低碳发展合作框架协议"],
    "zgjn": ["某钢铁集团宣布2040年实现碳中和", "两家协会签署低碳技术战略合作协议"],
}
CHROME = {
    "jxfgw": ["相关链接", "【打印本页】【关闭窗口】", "主办：江西省发展和改革委员会"],
    "zgjn": ["相关阅读", "责任编辑", "会员服务热线"],
}


def jxfgw(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']} - 江西省发展和改革委员会</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 10:12"></head>
<body><div class="head"><a href="/">网站首页</a> <a href="/col/col14590/index.html">发改动态</a> <a href="/col/col14600/index.html">政策文件</a></div>
<div class="crumb">当前位置：首页 &gt; 发改动态</div>
<div class="main"><div class="art-title">{a['title']}</div>
<div class="art-info">文章来源：江西省发展和改革委员会　发布日期：{a['date']}　浏览次数：1024</div>
<div class="art-con" id="zoom">{_paras(a)}</div>
<div class="art-tool">【打印本页】【关闭窗口】</div>
<div class="xglj"><h4>相关链接</h4><ul>{traps(TRAPS['jxfgw'], 'html')}</ul></div></div>
<div class="right"><h3>热点</h3><ul><li>全省发展改革工作会议召开</li></ul></div>
<div class="foot">主办：江西省发展和改革委员会 赣ICP备05000123号 政府网站标识码：3600000012</div>
</body></html>"""


def zgjn(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_中国节能产业协会</title></head>
<body><div class="topbar"><a href="/">首页</a> <a href="/news/hyxw/">行业新闻</a> <a href="/news/qydt/">企业动态</a> <a href="/hyfw/">会员服务</a></div>
<div class="content"><h2 class="tit">{a['title']}</h2>
<p class="laiyuan">来源：中国节能产业协会　作者：李晓燕　发布时间：{a['date']}</p>
<div class="TRS_Editor">{_paras(a)}</div>
<p class="zrbj">【责任编辑：张红】</p>
<div class="xgyd"><h4>相关阅读</h4><ul>{traps(TRAPS['zgjn'], 'html')}</ul></div></div>
<div class="footer">会员服务热线：010-88889999 版权所有 中国节能产业协会</div>
</body></html>"""


PAGES = {"jxfgw": jxfgw, "zgjn": zgjn}
LISTINGS = {"jxfgw": "col/col14590/index.html", "zgjn": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
