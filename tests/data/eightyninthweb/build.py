"""Write the eighty-ninth test web (tests/eightyninthweb.py) from articles.py: sites/, gold.json, the prefecture's paged
press-release listing, the province's RSS feed and the 外事办 listing.

Three sites, each with its own template, chrome and trap headlines:
* `yamaguchi` - Yamaguchi Prefecture's English press releases: a "Home > Press Releases" trail, a "Press release |
  Reiwa 6 (2024) October 23" header, an "Inquiries: ..." box after the text, a "Recent Press Releases" rail of trap
  headlines, "Page top" and a footer; its listing is paged (`p.pager a.next`).
* `gyeonggi` - Gyeonggi Province's English news: "Date 2024.06.13 | Reporter ...", a share row, "Copyright ⓒ
  Gyeonggi Province", a "Most Viewed" rail of trap headlines; found only through its RSS feed.
* `sdfao` - 山东省人民政府外事办公室: "当前位置：首页 > 外事动态", "发布日期：... 来源：... 浏览次数：", "【打印本页】【关闭窗口】",
  a 热点新闻 rail of trap headlines and a 鲁ICP备 footer; its listing `div.list li a`.
The gold was written from the texts before the extractor was run on them; run
`python tests/data/eightyninthweb/build.py`.
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
    "yamaguchi": ["Governor concludes decarbonization agreement with overseas province",
                  "Prefecture pledges net zero at all its facilities by 2040"],
    "gyeonggi": ["Gyeonggi-do signs hydrogen MOU with Chinese province", "Province vows 50% emissions cut by 2030"],
    "sdfao": ["我省与日本一县签署低碳合作协议", "友好城市承诺2040年实现碳中和"],
}
CHROME = {
    "yamaguchi": ["Recent Press Releases", "Inquiries:", "Page top", "Japanese page"],
    "gyeonggi": ["Most Viewed", "Copyright ⓒ Gyeonggi Province", "Reporter Park Ji-hye", "KakaoTalk"],
    "sdfao": ["当前位置", "热点新闻", "打印本页", "关闭窗口", "鲁ICP备"],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _reiwa(d: str) -> str:
    x = date.fromisoformat(d)
    return f"Reiwa {x.year - 2018} ({x.year}) {MONTHS[x.month - 1]} {x.day}"


def yamaguchi(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} | Yamaguchi Prefecture</title></head>
<body><div id="header"><a href="/en/">Yamaguchi Prefecture</a> <a href="/ja/">Japanese page</a>
<ul class="gnav"><li><a href="/en/about/">About Yamaguchi</a></li><li><a href="/en/press/">Press Releases</a></li>
<li><a href="/en/living/">Living</a></li></ul></div>
<div class="pankuzu"><a href="/en/">Home</a> &gt; <a href="/en/press/">Press Releases</a></div>
<div id="main"><h1>{E(a['title'])}</h1>
<p class="release">Press release | {_reiwa(a['date'])} | International Affairs Division</p>
<div class="detail_free">
{paras(a)}
</div>
<div class="toiawase"><h2>Inquiries:</h2><p>International Affairs Division, Commerce, Industry and Labor Department,
Yamaguchi Prefecture. Tel: 083-933-3145</p></div></div>
<div id="sub"><h2>Recent Press Releases</h2><ul>{traps(TRAPS['yamaguchi'], 'html')}</ul></div>
<p class="pagetop"><a href="#header">Page top</a></p>
<div id="footer">Yamaguchi Prefectural Government, 1-1 Takimachi, Yamaguchi City 753-8501</div></body></html>"""


def gyeonggi(a) -> str:
    d = a["date"].replace("-", ".")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} - Gyeonggi Province</title></head>
<body><header><a href="/eng/" class="logo">GYEONGGI PROVINCE</a>
<nav><a href="/eng/news/">News</a> <a href="/eng/invest/">Invest</a> <a href="/eng/tour/">Tour</a></nav></header>
<section class="board-view"><div class="cate">Gyeonggi News</div><h2 class="subject">{E(a['title'])}</h2>
<ul class="info"><li>Date {d}</li><li>Reporter Park Ji-hye</li><li>Hit 1,284</li></ul>
<div class="sns">Share <a href="#">Facebook</a> <a href="#">X</a> <a href="#">KakaoTalk</a></div>
<div class="view-con">
{paras(a)}
</div></section>
<aside class="popular"><h3>Most Viewed</h3><ol>{traps(TRAPS['gyeonggi'], 'do')}</ol></aside>
<footer>1 Docheong-ro, Yeongtong-gu, Suwon-si, Gyeonggi-do | Copyright ⓒ Gyeonggi Province. All rights reserved.</footer>
</body></html>"""


def sdfao(a) -> str:
    body = "\n".join(f"<p>　　{E(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{E(a['title'])} 山东省人民政府外事办公室</title></head>
<body><div class="top">山东省人民政府外事办公室 | 山东省人民政府港澳事务办公室</div>
<div class="nav"><a href="/">首页</a> <a href="/col/col103875/">外事动态</a> <a href="/col/col103876/">地方外事</a>
<a href="/col/col103877/">友城交流</a></div>
<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/col/col103875/">外事动态</a></div>
<div class="main"><h1>{E(a['title'])}</h1>
<div class="xinxi">发布日期：{a['date']}　来源：亚洲处　浏览次数：386</div>
<div id="zoom">
{body}
</div>
<div class="dayin">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div></div>
<div class="rdxw"><h3>热点新闻</h3><ul>{traps(TRAPS['sdfao'], 'html')}</ul></div>
<div class="footer">主办：山东省人民政府外事办公室　鲁ICP备05012345号</div></body></html>"""


PAGES = {"yamaguchi": yamaguchi, "gyeonggi": gyeonggi, "sdfao": sdfao}


def extra_files() -> dict[str, str]:
    """The prefecture's two listing pages, the province's RSS feed and the 外事办 listing."""
    files: dict[str, str] = {}
    yg = sorted((a for a in ARTICLES if a["site"] == "yamaguchi"), key=lambda a: a["date"], reverse=True)

    def ylist(items, nxt):
        lis = "".join(f'<li><span class="date">{_reiwa(a["date"])}</span> <a href="{a["path"]}">{E(a["title"])}</a>'
                      f'</li>' for a in items)
        more = f'<p class="pager"><a href="{nxt}" class="next">Next</a></p>' if nxt else ""
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Press Releases | Yamaguchi '
                f'Prefecture</title></head><body><h1>Press Releases</h1><ul class="press-list">{lis}</ul>{more}'
                f'</body></html>')
    files["yamaguchi/en/press/index.html"] = ylist(yg[:2], "/en/press/index_2.html")
    files["yamaguchi/en/press/index_2.html"] = ylist(yg[2:], None)
    gg = [a for a in ARTICLES if a["site"] == "gyeonggi"]
    items = "".join(f"<item><title>{E(a['title'])}</title><link>{{{{base}}}}{E(a['path'])}</link>"
                    f"<pubDate>{date.fromisoformat(a['date']).strftime('%a, %d %b %Y')} 09:00:00 +0900</pubDate>"
                    f"<category>Gyeonggi News</category></item>" for a in gg)
    files["gyeonggi/eng/rss/news.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                                          f'<title>Gyeonggi Province News</title><link>{{{{base}}}}/eng/</link>'
                                          f'{items}</channel></rss>\n')
    sd = sorted((a for a in ARTICLES if a["site"] == "sdfao"), key=lambda a: a["date"], reverse=True)
    lis = "".join(f'<li><a href="{a["path"]}" target="_blank">{E(a["title"])}</a><span>{a["date"]}</span></li>'
                  for a in sd)
    files["sdfao/col/col103875/index.html"] = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>外事动态 '
                                               f'山东省人民政府外事办公室</title></head><body><div class="list"><ul>{lis}'
                                               f'</ul></div></body></html>')
    return files


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, extra_files(), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
