"""Write the hundred-and-third test web (tests/hundredthirdweb.py) from articles.py: sites/, gold.json, the financial
site's RSS feed, the exchange's paged newsroom listing and the ecology department's sitemap.

Three sites, each with its own template, chrome and trap headlines:
* `cledger` - The Carbon Ledger, an English financial-news site: a prices ticker, a kicker, a byline, an "Updated"
  time, a "Share" row, a "Latest" rail, a "Most read" list and a terminal-subscription footer; found only through
  feed/rss.xml, which also lists a podcast and a data page.
* `ceex` - 广州碳排放权交易中心's newsroom (UTF-8): "当前位置：首页 > 新闻中心 > ...", "发布日期：... 浏览次数：",
  上一篇/下一篇, a 热点资讯 rail and a 版权所有 footer; its listing is paged (`div.pages a.next`).
* `fjsthj` - 福建省生态环境厅's portal served as GBK bytes labelled gb2312: "您现在的位置", "发布时间：... 来源：...",
  【打印】【关闭】, 扫一扫在手机打开当前页, a 相关链接 rail and a 主办单位 footer; found only through sitemap.xml, which
  also lists two pages that are no articles.
The gold was written from the texts before the extractor was run on them; run
`python tests/data/hundredthirdweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import paras, traps, write_web  # noqa: E402

E = html.escape
TRAPS = {
    "cledger": ["Chile and Colombia agree to link carbon markets from 2028",
                "Insurer pledges net-zero underwriting book by 2040"],
    "ceex": ["广碳所与欧洲某交易所签署碳期货合作协议", "某钢铁集团承诺2028年前实现碳排放达峰"],
    "fjsthj": ["我省与东盟某国签署碳市场合作备忘录", "某设区市承诺2027年率先实现碳达峰"],
}
CHROME = {
    "cledger": ["Most read", "Share this article", "Subscribe to Ledger Terminal", "Carbon Ledger Ltd. All rights"],
    "ceex": ["热点资讯", "浏览次数", "上一篇", "版权所有：广州碳排放权交易中心"],
    "fjsthj": ["扫一扫在手机打开当前页", "【打印】", "相关链接", "主办单位：福建省生态环境厅"],
}
SECTIONS = {"markets": "Carbon Markets", "green-finance": "Green Finance"}


def cledger(a) -> str:
    x = date.fromisoformat(a["date"])
    section = SECTIONS[a["path"].split("/")[1]]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} | The Carbon Ledger</title></head>
<body><div class="ticker">EUA Dec-25 68.15 -3.2% | UKA Dec-25 41.20 -1.1% | KAU25 9,050 +0.4% | CEA 46.56 +3.8%
<span>Markets data delayed 15 minutes</span></div>
<header><a class="logo" href="/">The Carbon Ledger</a><nav><a href="/markets/">Carbon Markets</a>
<a href="/green-finance/">Green Finance</a> <a href="/policy/">Policy</a> <a href="/data/">Data</a></nav></header>
<main><article><p class="kicker">{section}</p><h1>{E(a['title'])}</h1>
<p class="byline">By Helena Marsh and Kenji Arata</p>
<p class="updated">Updated <time datetime="{a['date']}T09:40:00Z">{x.day} {x.strftime('%B')} {x.year}, 09:40 GMT</time></p>
<div class="share">Share this article: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></div>
<div class="article-text">
{paras(a)}
</div></article>
<aside class="latest"><h3>Latest</h3><ul>{traps(TRAPS['cledger'], 'html')}</ul>
<h3>Most read</h3><ol><li><a href="/x/mr1.html">Most read: weekly auction calendar</a></li></ol></aside></main>
<footer><a href="/terminal/">Subscribe to Ledger Terminal</a> | &copy; 2025 Carbon Ledger Ltd. All rights reserved.</footer>
</body></html>"""


def ceex(a) -> str:
    body = "\n".join(f"<p style=\"text-indent:2em\">{E(p)}</p>" for p in a["paras"])
    col = "市场动态" if "/scdt/" in a["path"] else "中心动态"
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{E(a['title'])}-广州碳排放权交易中心</title></head>
<body><div class="topbar">广州碳排放权交易中心 | <a href="/">首页</a> <a href="/news/">新闻中心</a> <a href="/trade/">交易服务</a> <a href="/about/">关于我们</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; {col}</div>
<div class="detail"><h2 class="tit">{E(a['title'])}</h2>
<div class="attr">发布日期：{a['date']}　　浏览次数：2316　　<a href="#">【分享】</a></div>
<div class="content">
{body}
</div>
<div class="prevnext"><p>上一篇：<a href="/x/prev.html">中心召开2025年党风廉政建设工作会议</a></p><p>下一篇：<a href="/x/next.html">碳普惠知识问答</a></p></div></div>
<div class="side"><h3>热点资讯</h3><ul>{traps(TRAPS['ceex'], 'html')}</ul></div>
<div class="footer">版权所有：广州碳排放权交易中心　地址：广州市南沙区　粤ICP备12034567号</div></body></html>"""


def fjsthj(a) -> str:
    body = "\n".join(f"<p>　　{E(p)}</p>" for p in a["paras"])
    src = "南平市生态环境局" if "/sxdt/" in a["path"] and "南平" in a["title"] else "省生态环境厅办公室"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{E(a['title'])}_福建省生态环境厅</title></head>
<body><div class="head">福建省生态环境厅 <a href="/">首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a></div>
<div class="weizhi">您现在的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 工作动态</div>
<div class="xl_con"><h1>{E(a['title'])}</h1>
<div class="xl_tit">发布时间：{a['date']}　　来源：{src}　　字号：大 中 小</div>
<div class="TRS_Editor">
{body}
</div>
<div class="xl_tools">【打印】【关闭】 <span>扫一扫在手机打开当前页</span></div></div>
<div class="xglj"><h3>相关链接</h3><ul>{traps(TRAPS['fjsthj'], 'htm')}</ul></div>
<div class="foot">主办单位：福建省生态环境厅　闽ICP备05017802号</div></body></html>"""


PAGES = {"cledger": cledger, "ceex": ceex, "fjsthj": fjsthj}


def extra_files() -> dict[str, str]:
    """The feed (and its two non-articles), the exchange's two listing pages and the portal's sitemap (and its two
    non-articles)."""
    files: dict[str, str] = {}
    cl = sorted((a for a in ARTICLES if a["site"] == "cledger"), key=lambda a: a["date"], reverse=True)
    items = "".join(f"<item><title>{E(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                    f"<pubDate>{date.fromisoformat(a['date']).strftime('%a, %d %b %Y')} 09:40:00 GMT</pubDate></item>"
                    for a in cl)
    items += ("<item><title>Ledger Podcast: who buys Korean allowances?</title>"
              "<link>{{base}}/podcast/episode-88/</link></item>"
              "<item><title>Data: weekly auction calendar</title><link>{{base}}/data/auction-calendar/</link></item>")
    files["cledger/feed/rss.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>The '
                                     f'Carbon Ledger</title><link>{{{{base}}}}/</link>{items}</channel></rss>\n')
    files["cledger/podcast/episode-88/index.html"] = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ledger Podcast</title></head><body>'
        '<h1>Ledger Podcast: who buys Korean allowances?</h1><audio src="/ep88.mp3" controls></audio></body></html>')
    files["cledger/data/auction-calendar/index.html"] = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Auction calendar</title></head><body>'
        '<h1>Weekly auction calendar</h1><table><tr><td>Mon</td><td>EEX</td></tr></table></body></html>')
    ce = sorted((a for a in ARTICLES if a["site"] == "ceex"), key=lambda a: a["date"], reverse=True)

    def clist(items, nxt):
        lis = "".join(f'<li><a href="{a["path"]}" title="{E(a["title"])}">{E(a["title"])}</a>'
                      f'<span class="date">{a["date"]}</span></li>' for a in items)
        more = f'<a class="next" href="{nxt}">下一页</a>' if nxt else ""
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻中心-广州碳排放权交易中心</title></head>'
                f'<body><ul class="news-list">{lis}</ul><div class="pages"><span>共2页</span>{more}</div></body></html>')
    files["ceex/news/index.html"] = clist(ce[:2], "/news/index_2.html")
    files["ceex/news/index_2.html"] = clist(ce[2:], None)
    fj = [a["path"] for a in ARTICLES if a["site"] == "fjsthj"]
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>2025-12-05</lastmod></url>"
                   for p in ["/xxgk/gzdt/index.htm"] + fj + ["/xxgk/jgzn/index.htm"])
    files["fjsthj/sitemap.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                                   f'schemas/sitemap/0.9">{urls}</urlset>\n')
    head = '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    files["fjsthj/xxgk/gzdt/index.htm"] = f'{head}<title>工作动态_福建省生态环境厅</title></head><body><h2>工作动态</h2><ul class="list"></ul></body></html>'
    files["fjsthj/xxgk/jgzn/index.htm"] = (f'{head}<title>机构职能_福建省生态环境厅</title></head><body><h2>机构职能</h2>'
                                           '<p>贯彻执行国家生态环境方针政策和法律法规。</p></body></html>')
    return files


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, extra_files(), gold(ARTICLES, TRAPS, CHROME), encodings={"fjsthj": "gbk"})


if __name__ == "__main__":
    build()
