"""Write the eighty-seventh test web (tests/eightyseventhweb.py) from articles.py: sites/, gold.json, the newspaper's
paged listing, the Taiwanese paper's sitemap and the press-release feed.

Three sites, each with its own template, chrome and trap headlines:
* `zzxw` - a Chinese city newspaper site (株洲新闻网): a "您现在的位置：首页 > 本地新闻" trail, "来源：株洲日报 记者：...
  发布时间：..." with 【字号 大 中 小】, a 分享到 row, "责任编辑：..." after the text, a 热点推荐 rail of trap headlines and a
  footer (湘ICP备); its listing is paged (`div.pages a.next`).
* `gdxw` - a Kaohsiung newspaper in Traditional Chinese (港都新聞網): a 記者…／高雄報導 byline, "發布日期：113-04-22"
  (ROC years), a 分享至 row, 延伸閱讀 and 熱門新聞 rails of trap headlines, a 未經授權請勿轉載 footer; found only
  through sitemap.xml, which also lists two pages that are no articles.
* `hkgov` - Hong Kong's 政府新聞公報: the text ends with "完" and "2024年3月18日（星期一）香港時間16時30分", a 今日新聞
  公報 rail of trap headlines, a 重要告示 footer; found only through its RSS feed.
The gold was written from the texts before the extractor was run on them; run
`python tests/data/eightyseventhweb/build.py`.
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
    "zzxw": ["我市与欧洲两城市签署零碳园区合作协议", "某区承诺2026年率先实现碳达峰"],
    "gdxw": ["南部三縣市與日本城市簽署減碳合作備忘錄", "某市宣示2040年達成淨零排放"],
    "hkgov": ["政府與海外城市簽署綠色航運合作協議", "公營機構承諾2030年前減碳六成"],
}
CHROME = {
    "zzxw": ["您现在的位置", "责任编辑：", "热点推荐", "分享到", "湘ICP备"],
    "gdxw": ["分享至", "延伸閱讀", "熱門新聞", "未經授權請勿轉載"],
    "hkgov": ["今日新聞公報", "重要告示", "香港時間"],
}
WEEK = "一二三四五六日"


def zzxw(a) -> str:
    body = "\n".join(f"<p>　　{E(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{E(a['title'])}_株洲新闻网</title></head>
<body><div class="top">株洲新闻网 | 株洲日报 | 株洲晚报 | 掌上株洲</div>
<div class="nav"><a href="/">首页</a> <a href="/bdxw/">本地新闻</a> <a href="/sz/">时政</a> <a href="/ms/">民生</a></div>
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/bdxw/">本地新闻</a></div>
<div class="content"><h1>{E(a['title'])}</h1>
<div class="source">来源：株洲日报　记者：刘晓庆　通讯员：唐湘　发布时间：{a['date']} 08:40　【字号 大 中 小】</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="TRS_Editor">
{body}
</div>
<div class="editor">责任编辑：易文</div></div>
<div class="rdtj"><h3>热点推荐</h3><ul>{traps(TRAPS['zzxw'], 'html')}</ul></div>
<div class="footer">株洲日报社主办　版权所有　湘ICP备05009876号</div></body></html>"""


def _roc(d: str) -> str:
    x = date.fromisoformat(d)
    return f"{x.year - 1911}-{x.month:02d}-{x.day:02d}"


def gdxw(a) -> str:
    section = "地方" if "/local/" in a["path"] else "政治"
    city = "新北" if a["id"] == "gd03" else ("臺中" if a["id"] == "gd05" else "高雄")
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{E(a['title'])} - 港都新聞網</title></head>
<body><header><a href="/" class="logo">港都新聞網</a>
<nav><a href="/news/realtime/">即時</a> <a href="/news/local/">地方</a> <a href="/news/politics/">政治</a> <a href="/news/life/">生活</a></nav></header>
<main><article><div class="section">{section}</div><h1>{E(a['title'])}</h1>
<div class="byline">記者林志明／{city}報導</div>
<div class="time">發布日期：{_roc(a['date'])} 14:25</div>
<div class="share">分享至 <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">X</a></div>
<div class="story">
{paras(a)}
</div>
<div class="more"><h3>延伸閱讀</h3><ul>{traps(TRAPS['gdxw'][:1], 'html')}</ul></div></article>
<aside class="hot"><h3>熱門新聞</h3><ol>{traps(TRAPS['gdxw'], 'html')}</ol></aside></main>
<footer>港都新聞網版權所有，未經授權請勿轉載。</footer></body></html>"""


def hkgov(a) -> str:
    x = date.fromisoformat(a["date"])
    stamp = f"{x.year}年{x.month}月{x.day}日（星期{WEEK[x.weekday()]}）"
    body = "\n".join(f"<p>　　{E(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8"><title>{E(a['title'])}</title></head>
<body><div class="gov-header">香港特別行政區政府　政府新聞公報　<a href="/">新聞公報</a> | <a href="/photo/">新聞圖片</a></div>
<div id="contentBody"><span id="PRHeadlineSpan"><h1>{E(a['title'])}</h1></span>
<div id="pressrelease">
{body}
<p>完</p>
</div>
<div class="mB15">{stamp}<br>香港時間16時30分</div></div>
<div class="today"><h3>今日新聞公報</h3><ul>{traps(TRAPS['hkgov'], 'htm')}</ul></div>
<div class="footer">2024 | 重要告示 | 私隱政策 | 無障礙網頁</div></body></html>"""


PAGES = {"zzxw": zzxw, "gdxw": gdxw, "hkgov": hkgov}


def extra_files() -> dict[str, str]:
    """The newspaper's two listing pages, the Taiwanese paper's sitemap (and its two non-articles) and the press-release
    feed."""
    files: dict[str, str] = {}
    zz = sorted((a for a in ARTICLES if a["site"] == "zzxw"), key=lambda a: a["date"], reverse=True)

    def zlist(items, nxt):
        lis = "".join(f'<li><a href="{a["path"]}" target="_blank">{E(a["title"])}</a><span>{a["date"]}</span></li>'
                      for a in items)
        more = f'<div class="pages"><a href="{nxt}" class="next">下一页</a></div>' if nxt else ""
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>本地新闻_株洲新闻网</title></head><body>'
                f'<div class="list"><ul>{lis}</ul></div>{more}</body></html>')
    files["zzxw/bdxw/index.html"] = zlist(zz[:3], "/bdxw/index_1.html")
    files["zzxw/bdxw/index_1.html"] = zlist(zz[3:], None)
    gd = [a["path"] for a in ARTICLES if a["site"] == "gdxw"]
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc><changefreq>daily</changefreq></url>"
                   for p in ["/news/realtime/"] + gd + ["/about/contact"])
    files["gdxw/sitemap.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                                 f'schemas/sitemap/0.9">{urls}</urlset>\n')
    files["gdxw/news/realtime/index.html"] = ('<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">'
                                              '<title>即時新聞 - 港都新聞網</title></head><body><h1>即時新聞</h1>'
                                              '<ul class="list"></ul></body></html>')
    files["gdxw/about/contact"] = ('<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>聯絡我們 - '
                                   '港都新聞網</title></head><body><h1>聯絡我們</h1><p>新聞爆料請來信。</p></body></html>')
    hk = [a for a in ARTICLES if a["site"] == "hkgov"]
    items = "".join(f"<item><title>{E(a['title'])}</title><link>{{{{base}}}}{a['path']}</link>"
                    f"<pubDate>{date.fromisoformat(a['date']).strftime('%a, %d %b %Y')} 08:30:00 GMT</pubDate></item>"
                    for a in hk)
    files["hkgov/rss/general_tc.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                                         f'<title>政府新聞公報</title><link>{{{{base}}}}/</link>{items}</channel></rss>\n')
    return files


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, extra_files(), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
