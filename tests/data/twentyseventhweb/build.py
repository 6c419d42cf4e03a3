"""Write the twenty-seventh test web (tests/twentyseventhweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `jl` (a provincial government portal: a metadata table with 索引号, 发布机构, 来源 and 发布日期 above the
title, 【字体：大 中 小】 and 打印本页 under it, 相关链接 chrome) and `wx` (WeChat-style articles of one 公众号: 原创 tag,
the account name, 点击上方蓝字关注 atop the text, 阅读原文 and 往期推荐 below it; the date in `var ct = "<unix time>"`
with an empty <em id="publish_time">, or in the <em> itself). The gold was written from the texts before the
extractor was run on them; run `python tests/data/twentyseventhweb/build.py`.
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
    "jl": ["我省与某国际组织签署气候合作备忘录", "某市与外国城市签署低碳合作协议"],
    "wx": ["某省与国际机构签署碳中和合作协议", "重磅！某高校与海外名校签署合作备忘录"],
}
CHROME = {
    "jl": ["【字体：大 中 小】", "打印本页", "吉林省人民政府办公厅主办", "索引号"],
    "wx": ["点击上方蓝字关注我们", "阅读原文", "往期推荐", "微信扫一扫关注该公众号"],
}
ACCOUNT = "中外低碳合作观察"


def jl(a) -> str:
    y, m, d = a["date"].split("-")
    n = a["path"].rsplit("_", 1)[1].split(".")[0]
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{a['title']}_吉林省人民政府</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="ColumnName" content="吉林要闻"></head>
<body><div class="header"><a href="/">首页</a> <a href="/zw/">政务</a> <a href="/zw/jlyw/">吉林要闻</a></div>
<div class="position">当前位置：首页 &gt; 政务 &gt; 吉林要闻</div>
<div class="zwgk_comr1"><table class="xxgk-table">
<tr><td>索引号：</td><td>11220000013544357T/{y}-{n[-5:]}</td><td>分类：</td><td>综合政务；通知</td></tr>
<tr><td>发布机构：</td><td>吉林省人民政府办公厅</td><td>来源：</td><td>吉林日报</td></tr>
<tr><td>标题：</td><td colspan="3">{a['title']}</td></tr>
<tr><td>发布日期：</td><td>{y}年{m}月{d}日</td><td>成文日期：</td><td>{y}年{m}月{d}日</td></tr>
</table></div>
<div class="zsy_conent"><h1 class="zsy_contit">{a['title']}</h1>
<div class="zsy_cotitle">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="zsy_comain" id="zoom">{_paras(a)}</div>
<div class="zsy_tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>
<div class="xglj"><h4>相关链接</h4><ul>{traps(TRAPS['jl'], 'html')}</ul></div>
<div class="footer">吉林省人民政府办公厅主办 网站标识码：2200000001 吉ICP备05002429号</div>
</body></html>"""


def wx(a) -> str:
    t = html.escape(a["title"])
    em = html.escape(a.get("em", ""))
    ct = a.get("ct", "")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta property="og:title" content="{t}"><meta property="og:type" content="article">
<meta name="description" content="{html.escape(a['paras'][0][:60])}"><title>{t}</title></head>
<body id="activity-detail" class="zh_CN">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{t}</h1>
<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta_tag">原创</span>
<span class="rich_media_meta rich_media_meta_text">编辑部</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{ACCOUNT}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{em}</em></div>
<div class="rich_media_content js_underline_content" id="js_content">
<section><p>点击上方蓝字关注我们</p></section>
{_paras(a)}
<p>END</p></div>
<div id="js_tags"><a id="js_view_source" href="javascript:void(0);">阅读原文</a> <span>在看</span> <span>分享</span></div>
<div class="related"><h3>往期推荐</h3><ul>{traps(TRAPS['wx'], 'html')}</ul></div>
<div class="qr_code_pc"><p>微信扫一扫关注该公众号</p></div>
</div></div></div>
<script>var nickname = "{ACCOUNT}"; var ct = "{ct}"; var msg_title = "{t}";</script>
</body></html>"""


PAGES = {"jl": jl, "wx": wx}
LISTINGS = {"jl": "zw/jlyw/index.html", "wx": "account/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
