"""Write the fifty-third test web (tests/fiftythirdweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `smgov` (a 地级市 government portal in the gov.cn style: a 索引号/发布机构/成文日期/发布日期 metadata table
above the title, the only place the page's date is given; 【打印】【关闭】, 扫一扫在手机打开当前页, 相关链接 traps, a
政府网站标识码 footer) and `jlrm` (a county 融媒体中心 site: 来源 and 字号 under the title, a 分享到 bar, 责任编辑 under the
text, 推荐阅读 traps). The gold was written from the texts before the extractor was run on them; run
`python tests/data/fiftythirdweb/build.py`.
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
    "smgov": ["某市与外国城市签署低碳合作协议", "某区力争2026年前实现碳达峰"],
    "jlrm": ["某县与央企签署光伏项目合作协议", "某镇承诺2030年实现碳中和"],
}
CHROME = {
    "smgov": ["索引号", "发布机构", "【打印】", "扫一扫在手机打开当前页", "政府网站标识码"],
    "jlrm": ["分享到", "责任编辑", "推荐阅读", "将乐县融媒体中心版权所有"],
}


def smgov(a) -> str:
    n = a["id"][-2:]
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-三明市人民政府</title></head>
<body><div class="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政务要闻</div>
<div class="xxgk_table"><table>
<tr><th>索引号</th><td>003516410/2024-0{n}21</td><th>所属机构</th><td>三明市人民政府办公室</td></tr>
<tr><th>发布机构</th><td>三明市人民政府办公室</td><th>成文日期</th><td>2023-12-29</td></tr>
<tr><th>发布日期</th><td>{a['date']}</td><th>文号</th><td>无</td></tr>
</table></div>
<div class="article"><h1>{a['title']}</h1>
<div class="TRS_Editor">{_paras(a)}</div>
<div class="func">【<a href="#">打印</a>】【<a href="#">关闭</a>】 扫一扫在手机打开当前页</div>
<div class="xglj"><h3>相关链接</h3><ul>{traps(TRAPS['smgov'], 'htm')}</ul></div></div>
<div class="footer">主办：三明市人民政府办公室 政府网站标识码：3504000001 闽ICP备05008888号</div>
</body></html>"""


def jlrm(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_将乐新闻网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/xw/bdxw/">本地新闻</a> <a href="/xw/szxw/">三明新闻</a> <a href="/sp/">视频</a></div>
<div class="detail"><h1>{a['title']}</h1>
<div class="info">来源：将乐县融媒体中心　{a['date']} 10:12　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="content">{_paras(a)}</div>
<div class="editor">责任编辑：廖思远</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="tuijian"><h3>推荐阅读</h3><ul>{traps(TRAPS['jlrm'], 'html')}</ul></div></div>
<div class="footer">将乐县融媒体中心版权所有 闽ICP备12002233号</div>
</body></html>"""


PAGES = {"smgov": smgov, "jlrm": jlrm}
LISTINGS = {"smgov": "zwgk/zwyw/index.htm", "jlrm": "xw/bdxw/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
