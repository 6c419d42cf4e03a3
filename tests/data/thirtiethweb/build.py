"""Write the thirtieth test web (tests/thirtiethweb.py) from articles.py: sites/, gold.json, sitemaps, feed, listings.

Three sites of chrome kinds the other webs lack:
* `gazette` - a regional English newspaper found through a sitemap index (a posts sitemap with an AMP copy of one
  story, a pages sitemap of non-articles): "Updated on" line before an older "First published" date, in-body
  "READ MORE:" / "Related:" links to trap headlines, figures with "Photo:" captions, pull quotes repeating a body
  sentence, an "At a glance" box restating a pledge, a corrections note, an author bio, comments.
* `minnan` - a Simplified Chinese provincial portal paged by `?page=2`: 【字体：大 中 小】, 打印本页 / 关闭窗口,
  分享到, 扫一扫在手机打开当前页, 原标题：…, 来源：…, an 编者按 (kept: a reader reads it as the article's opening),
  a 相关阅读 list of trap headlines.
* `ridge` - an English news site found through an RSS feed that also lists non-article pages: a live blog with
  timestamped entries under a "Started" date and a later "Last updated" line, an English story with a 中文摘要 box
  (a translation of the body: not article text), the date only in a "Posted on" line after the body.
The gold was written from the texts before anything was run on them; run `python tests/data/thirtiethweb/build.py`.
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
from webbuild import traps, write_web  # noqa: E402

TRAPS = {
    "gazette": ["Ohio and Henan sign clean-energy pact", "Texas city pledges net zero by 2040",
                "Two ports sign green shipping corridor agreement"],
    "minnan": ["浙江省与美国某州签署清洁能源合作协议", "某市承诺2027年实现碳中和"],
    "ridge": ["Nevada and Sichuan sign battery recycling accord", "Mining county vows 80 percent cut by 2035"],
}
CHROME = {
    "gazette": ["Most read", "About the author", "covers energy and trade", "Comments", "Cascade Gazette. All rights",
                "Subscribe"],
    "minnan": ["【字体：", "打印本页", "关闭窗口", "分享到", "扫一扫在手机打开当前页", "相关阅读", "闽南在线版权所有"],
    "ridge": ["Pinned", "Refresh for updates", "Listen to this story", "Ridge Report is reader-funded"],
}
E = html.escape


def _long(d: str) -> str:
    x = date.fromisoformat(d)
    return f"{x.day} {x.strftime('%B')} {x.year}"


def _insert(ins) -> str:
    kind = ins[0]
    if kind == "figure":
        return (f'<figure class="wp-caption"><img src="/img/{len(ins[1])}.jpg" alt="">'
                f'<figcaption>{E(ins[1])} <span class="credit">{E(ins[2])}</span></figcaption></figure>')
    if kind == "readmore":
        return f'<p class="inline-link"><strong>{E(ins[1])}</strong> <a href="/news/x/1.html">{E(ins[2])}</a></p>'
    if kind == "pullquote":
        return f'<blockquote class="pull-quote"><p>{E(ins[1])}</p></blockquote>'
    if kind == "keyfacts":
        items = "".join(f"<li>{E(i)}</li>" for i in ins[2])
        return f'<aside class="factbox"><h4>{E(ins[1])}</h4><ul>{items}</ul></aside>'
    if kind == "summary_zh":
        return f'<div class="summary-box" lang="zh-CN"><h4>{E(ins[1])}</h4><p>{E(ins[2])}</p></div>'
    raise ValueError(kind)


def _body(a) -> str:
    out = []
    for i, p in enumerate(a["paras"]):
        out.append(f"<p>{E(p)}</p>")
        if i in a.get("inserts", {}):
            out.append(_insert(a["inserts"][i]))
    return "\n".join(out)


def gazette(a, amp: bool = False) -> str:
    canonical = f"{{{{base}}}}{a['path']}"
    corr = f'<p class="correction"><em>{E(a["correction"])}</em></p>' if a["correction"] else ""
    comments = "".join(f'<li class="comment"><b>reader{n}</b> <p>{E(c)}</p></li>' for n, c in enumerate(a["comments"]))
    head = "amp-" if amp else ""
    return f"""<!DOCTYPE html>
<html lang="en" {'amp' if amp else ''}><head><meta charset="utf-8"><title>{E(a['title'])} | Cascade Gazette</title>
<link rel="canonical" href="{canonical}">
{'' if amp else f'<link rel="amphtml" href="{{{{base}}}}/amp{a["path"]}">'}
<meta property="article:modified_time" content="{a['updated']}T18:02:00-07:00"></head>
<body><header class="{head}masthead"><a href="/">Cascade Gazette</a> <a href="/news/">News</a> <a href="/opinion/">Opinion</a>
<a href="/subscribe/">Subscribe</a></header>
<main><article class="story"><h1 class="headline">{E(a['title'])}</h1>
<div class="dateline-meta">By Dana Whitfield <span class="upd">Updated on {_long(a['updated'])}, 6:02 p.m.</span>
<span class="pub">First published {_long(a['date'])}</span></div>
<div class="story-body">
{_body(a)}
{corr}
</div>
<div class="author-bio"><h4>About the author</h4><p>Dana Whitfield covers energy and trade for the Cascade Gazette.
She previously reported from Shanghai.</p></div>
<section class="comments"><h3>Comments ({len(a['comments'])})</h3><ul>{comments}</ul></section>
</article>
<aside class="most-read"><h3>Most read</h3><ol>{traps(TRAPS['gazette'], 'html')}</ol></aside></main>
<footer>© 2025 Cascade Gazette. All rights reserved. <a href="/about/">About us</a></footer>
</body></html>"""


def minnan(a) -> str:
    pre = f"<p>{E(a['preface'])}</p>\n" if a["preface"] else ""
    orig = f"<p>原标题：{E(a['orig_title'])}</p>\n" if a["orig_title"] else ""
    body = "\n".join(f"<p>　　{E(p)}</p>" for p in a["paras"])
    rel = traps(TRAPS["minnan"], "html")
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{E(a['title'])}-闽南在线</title>
</head><body><div class="top"><a href="/">首页</a> | <a href="/news/">要闻</a> | <a href="/fj/">福建</a></div>
<div class="wrap"><div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/news/">要闻</a></div>
<h2 class="tit">{E(a['title'])}</h2>
<div class="xinxi"><span>{a['date']} 10:26</span> <span>来源：{E(a['source'])}</span>
<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="neirong">
{pre}{orig}{body}
</div>
<div class="fenxiang">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="ewm"><img src="/qr.png" alt=""><span>扫一扫在手机打开当前页</span></div>
<div class="gongju"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div></div>
<div class="foot">闽南在线版权所有 未经授权禁止转载</div>
</body></html>"""


def ridge(a) -> str:
    if "entries" in a:
        entries = "\n".join(f'<div class="live-entry"><span class="stamp">{t}</span><p>{E(s)}</p></div>'
                            for t, s in reversed(a["entries"]))
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} - Ridge Report</title></head>
<body><nav><a href="/">Ridge Report</a> <a href="/live/">Live</a> <a href="/news/">News</a></nav>
<main><h1>{E(a['title'])}</h1>
<p class="live-meta">Started <time datetime="{a['date']}T08:30:00-07:00">{_long(a['date'])}</time> ·
Last updated {_long(a['updated'])}, 5:40 p.m. <a href="#">Refresh for updates</a></p>
<div class="pinned"><b>Pinned</b> Follow our coverage of the forum here.</div>
<div class="liveblog">
{entries}
</div></main>
<aside class="popular"><h3>Popular</h3><ul>{traps(TRAPS['ridge'], 'html')}</ul></aside>
<footer>Ridge Report is reader-funded. <a href="/donate/">Donate</a></footer>
</body></html>"""
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} - Ridge Report</title></head>
<body><nav><a href="/">Ridge Report</a> <a href="/live/">Live</a> <a href="/news/">News</a></nav>
<main><h1>{E(a['title'])}</h1>
<div class="listen"><button>Listen to this story</button></div>
<div class="post-content">
{_body(a)}
</div>
<p class="posted">Posted on {d.strftime('%B')} {d.day}, {d.year} by Ridge Report staff</p></main>
<aside class="popular"><h3>Popular</h3><ul>{traps(TRAPS['ridge'], 'html')}</ul></aside>
<footer>Ridge Report is reader-funded. <a href="/donate/">Donate</a></footer>
</body></html>"""


PAGES = {"gazette": gazette, "minnan": minnan, "ridge": ridge}


def _urlset(paths: list[str]) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>" for p in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'


def extra_files() -> dict[str, str]:
    """The sitemaps, the feed, the paged listing and the non-article pages."""
    files: dict[str, str] = {}
    gz = [a for a in ARTICLES if a["site"] == "gazette"]
    amp = gz[1]  # one story also listed by its AMP copy
    files["gazette/amp" + amp["path"]] = gazette(amp, amp=True)
    files["gazette/sitemap_index.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>{{base}}/sitemap-posts.xml</loc></sitemap>"
        "<sitemap><loc>{{base}}/sitemap-pages.xml</loc></sitemap></sitemapindex>\n")
    files["gazette/sitemap-posts.xml"] = _urlset([a["path"] for a in gz] + ["/amp" + amp["path"]])
    files["gazette/sitemap-pages.xml"] = _urlset(["/about/", "/subscribe/"])
    files["gazette/about/index.html"] = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>About us"
                                         " | Cascade Gazette</title></head><body><h1>About us</h1><p>The Cascade "
                                         "Gazette is an independent newspaper.</p></body></html>")
    files["gazette/subscribe/index.html"] = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                                             "Subscribe | Cascade Gazette</title></head><body><h1>Subscribe</h1>"
                                             "<p>Subscribe for $5 a month.</p></body></html>")
    mn = [a for a in ARTICLES if a["site"] == "minnan"]

    def mlist(items, nxt):
        lis = "".join(f'<li><a href="{a["path"]}">{E(a["title"])}</a><span>{a["date"]}</span></li>' for a in items)
        more = f'<div class="page"><a class="next" href="{nxt}">下一页</a></div>' if nxt else ""
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>要闻-闽南在线</title></head><body>'
                f'<ul class="list">{lis}</ul>{more}</body></html>')
    files["minnan/news/index.html"] = mlist(mn[:1], "/news/?page=2")
    files["minnan/news__page-2.html"] = mlist(mn[1:], None)
    rd = [a for a in ARTICLES if a["site"] == "ridge"]
    items = "".join(f"<item><title>{E(a['title'])}</title><link>{{{{base}}}}{a['path']}</link></item>" for a in rd)
    items += ("<item><title>Register for the forum webinar</title><link>{{base}}/events/webinar-registration</link>"
              "</item><item><title>Podcast: episode 12</title><link>{{base}}/podcast/episode-12</link></item>")
    files["ridge/feed.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Ridge '
                               f'Report</title><link>{{{{base}}}}/</link>{items}</channel></rss>\n')
    files["ridge/events/webinar-registration.html"] = (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Register - Ridge Report</title></head>"
        "<body><h1>Register for the forum webinar</h1><form><input name=\"email\"><button>Register</button></form>"
        "</body></html>")
    files["ridge/podcast/episode-12.html"] = (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Podcast: episode 12 - Ridge Report"
        "</title></head><body><h1>Podcast: episode 12</h1><audio src=\"/ep12.mp3\" controls></audio></body></html>")
    return files


def _file(a) -> str:
    p = a["path"].lstrip("/")
    return p if p.endswith(".html") else p + ".html"  # ridge's extensionless paths


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, extra_files(), gold(ARTICLES, TRAPS, CHROME), file=_file)


if __name__ == "__main__":
    build()
