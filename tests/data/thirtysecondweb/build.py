"""Write the thirty-second test web (tests/thirtysecondweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `wb` (a city 外事办 portal: a 索引号/发布机构/发布日期 table above the title, 分享到 with its share buttons and
【打印】【关闭】 under the text, a 上一篇/下一篇 pair) and `nw` (a news portal reposting other outlets' stories: the time
and 来源：<outlet> under the title, 责任编辑 below the text and a 相关新闻 list of trap headlines). The gold was written
from the texts before the extractor was run on them; run `python tests/data/thirtysecondweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "wb": ["我市与外国友城签署碳达峰合作协议", "市领导会见外国城市市长代表团"],
    "nw": ["多国市长齐聚峰会 共签城市气候宣言", "某市与欧洲城市签署零碳城市合作备忘录"],
}
CHROME = {
    "wb": ["索引号", "分享到", "【打印】", "烟台市人民政府外事办公室主办"],
    "nw": ["责任编辑", "相关新闻", "版权所有 东方资讯网"],
}


def wb(a) -> str:
    y, m, d = a["date"].split("-")
    n = a["path"].rsplit("_", 1)[1].split(".")[0]
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{a['title']}-烟台市人民政府外事办公室</title></head>
<body><div class="top"><a href="/">网站首页</a> <a href="/wsdt/">外事动态</a> <a href="/yhcs/">友好城市</a></div>
<div class="dqwz">您当前的位置：网站首页 &gt; 外事动态</div>
<table class="xxgk_table">
<tr><th>索引号：</th><td>11370600MB2845512K/{y}-{n[-5:]}</td><th>主题分类：</th><td>外事</td></tr>
<tr><th>发布机构：</th><td>烟台市人民政府外事办公室</td><th>发布日期：</th><td>{y}-{m}-{d}</td></tr>
</table>
<div class="article"><h1>{a['title']}</h1>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="TRS_Editor">{_paras(a)}</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="prevnext"><ul>{traps(TRAPS['wb'], 'html')}</ul></div></div>
<div class="footer">烟台市人民政府外事办公室主办 鲁ICP备05021678号</div>
</body></html>"""


def nw(a) -> str:
    t = html.escape(a["title"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{t}-东方资讯网</title>
<meta name="keywords" content="城市,低碳,国际合作"></head>
<body><div class="nav"><a href="/">首页</a> <a href="/gj/">国际</a> <a href="/df/">地方</a></div>
<div class="content"><h1>{t}</h1>
<div class="left-t">{a['stamp']}　来源：{a['source']}</div>
<div class="left_zw">{_paras(a)}</div>
<div class="editor">【责任编辑：李明】</div></div>
<div class="xgxw"><h3>相关新闻</h3><ul>{traps(TRAPS['nw'], 'shtml')}</ul></div>
<div class="footer">版权所有 东方资讯网 未经授权禁止转载</div>
</body></html>"""


PAGES = {"wb": wb, "nw": nw}
LISTINGS = {"wb": "wsdt/index.html", "nw": "list/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
