"""Write the sixty-fourth test web (tests/sixtyfourthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `lnfao` (a provincial 外事办公室 portal: a 外事动态 crumb, 发布时间/来源 under the title, 打印本页 and 关闭窗口
buttons, a 扫一扫 code, 相关链接 traps) and `qqhr` (a city government portal in GBK with its charset in <meta
http-equiv> only: a 政务要闻 crumb, 信息来源/浏览次数, 【我要打印】, 责任编辑, 热点推荐 traps). The gold was written from
the texts before the extractor was run on them; run `python tests/data/sixtyfourthweb/build.py`.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listing, paras, traps, write_web  # noqa: E402

TRAPS = {
    "lnfao": ["某省与美国某州缔结友好省州关系并签署合作备忘录", "某州州长会见省领导并签署清洁能源协议"],
    "qqhr": ["我市与某国城市签署低碳合作意向书", "某市长率团访问并签署绿色发展合作协议"],
}
CHROME = {
    "lnfao": ["外事动态", "打印本页", "关闭窗口", "扫一扫在手机打开当前页", "辽宁省人民政府外事办公室主办"],
    "qqhr": ["浏览次数", "【我要打印】", "责任编辑", "热点推荐", "齐齐哈尔市人民政府办公室主办"],
}


def lnfao(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_辽宁省人民政府外事办公室</title></head>
<body><div class="header"><a href="/">首页</a> <a href="/wsdt/">外事动态</a> <a href="/ygxx/">因公出国</a>
<a href="/lsfw/">领事服务</a></div>
<div class="crumb">当前位置：首页 &gt; 外事动态</div>
<div class="article"><h1>{a['title']}</h1>
<div class="meta">发布时间：{a['date']}　来源：省外办</div>
<div class="TRS_Editor">{paras(a)}</div>
<div class="btns"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
<div class="qr">扫一扫在手机打开当前页</div></div>
<div class="links"><h3>相关链接</h3><ul>{traps(TRAPS['lnfao'], 'html')}</ul></div>
<div class="footer">辽宁省人民政府外事办公室主办 辽ICP备05001234号</div>
</body></html>"""


def qqhr(a) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{a['title']}-齐齐哈尔市人民政府</title></head>
<body><div class="top">齐齐哈尔市人民政府 | 政务公开 | 政务服务 | 互动交流</div>
<div class="pos">您所在的位置：首页 &gt;&gt; 政务动态 &gt;&gt; 政务要闻</div>
<div class="con"><div class="tit">{a['title']}</div>
<div class="info">信息来源：市政府办公室　发布日期：{a['date']}　浏览次数：3{a['id'][-1]}7</div>
<div class="zw">{paras(a)}</div>
<div class="bt">【我要打印】【关闭】</div>
<div class="zr">责任编辑：周敏</div></div>
<div class="rd"><b>热点推荐</b><ul>{traps(TRAPS['qqhr'], 'html')}</ul></div>
<div class="ft">齐齐哈尔市人民政府办公室主办 黑ICP备05002345号</div>
</body></html>"""


def qq_listing(items) -> str:
    """The GBK site's listing, its charset in <meta http-equiv> only."""
    return listing(items, "政务要闻", "gbk").replace('<meta charset="gbk">',
                                                  '<meta http-equiv="Content-Type" content="text/html; charset=gbk">')


PAGES = {"lnfao": lnfao, "qqhr": qqhr}


def build() -> None:
    from gold import gold

    files = {"lnfao/wsdt/index.html": listing([a for a in ARTICLES if a["site"] == "lnfao"], "外事动态"),
             "qqhr/zwdt/zwyw/index.html": qq_listing([a for a in ARTICLES if a["site"] == "qqhr"])}
    write_web(HERE, ARTICLES, PAGES, files, gold(ARTICLES, TRAPS, CHROME), encodings={"qqhr": "gbk"})


if __name__ == "__main__":
    build()
