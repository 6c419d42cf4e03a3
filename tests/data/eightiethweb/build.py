"""Write the eightieth test web (tests/eightiethweb.py) from articles.py: sites/, gold.json, the listings and sitemap.

Three sites:
* `metroalliance` - an international city network's newsroom (English), paged /newsroom/ -> /newsroom/page/2/
  (`nav.pagination a.next-page`): a "Newsroom / Summits" trail, "By ... | Filed under", a "Share this story" row, a
  "Latest from the network" rail of trap headlines, a newsletter box and a charity footer.
* `hkgreen` - a Hong Kong news site (Traditional Chinese, UTF-8) with a plain listing: 【綠色香港報】 masthead,
  "發佈時間：... 記者：...", "分享：", a 熱門新聞 rail of trap headlines and a 版權所有 footer.
* `unpress` - a UN-style press-release set (English) found through /sitemap.xml, which also lists an about page: a
  "Meetings Coverage and Press Releases" header, a "Press Release | ENV/DEV/..." line, a "For information media.
  Not an official record." note, a "Related news" rail of trap headlines and a fraud-alert footer.
The gold was written from the texts before the extractor was run on them; run
`python tests/data/eightiethweb/build.py`.
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
from webbuild import listing, paras, traps, write_web  # noqa: E402

TRAPS = {
    "metroalliance": ["Forty port cities sign clean shipping charter", "Regional governments pledge 60 percent cut "
                      "by 2035"],
    "hkgreen": ["大灣區三城簽署零碳交通合作協議", "某市宣布2040年前實現淨零排放"],
    "unpress": ["Coastal megacities sign adaptation compact at UN Headquarters",
                "Governors commit to 100 percent clean power by 2040"],
}
CHROME = {
    "metroalliance": ["Latest from the network", "Share this story", "Filed under", "Sign up for our newsletter",
                      "Registered charity"],
    "hkgreen": ["熱門新聞", "分享：", "綠色香港報 版權所有", "記者："],
    "unpress": ["Related news", "For information media", "Not an official record", "Fraud alert"],
}
E = html.escape


def metroalliance(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} | Metro Alliance for Climate</title>
<meta property="article:published_time" content="{a['date']}T09:00:00+00:00"></head>
<body><header class="site-header"><a href="/">Metro Alliance for Climate</a>
<nav><a href="/about/">About</a> <a href="/members/">Member cities</a> <a href="/newsroom/">Newsroom</a></nav></header>
<div class="trail"><a href="/newsroom/">Newsroom</a> / <a href="/newsroom/summits/">Summits</a></div>
<main><article class="post"><h1 class="post-title">{E(a['title'])}</h1>
<p class="post-meta">By Network Communications Team | <time class="post-date" datetime="{a['date']}">{d.strftime('%B')} {d.day}, {d.year}</time> | Filed under: Summits, Declarations</p>
<div class="post-body">
{paras(a)}
</div>
<div class="share">Share this story: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</article>
<aside class="latest"><h3>Latest from the network</h3><ul>{traps(TRAPS['metroalliance'], 'html')}</ul></aside>
<aside class="newsletter"><h3>Sign up for our newsletter</h3><form><input name="email"><button>Subscribe</button></form></aside>
</main>
<footer>© Metro Alliance for Climate. Registered charity no. 1180000. <a href="/privacy/">Privacy</a></footer>
</body></html>"""


def hkgreen(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>{E(a['title'])} - 綠色香港報</title></head>
<body><div class="masthead">【綠色香港報】 <a href="/">首頁</a> <a href="/news/">環保新聞</a> <a href="/opinion/">評論</a></div>
<div class="story"><h1>{E(a['title'])}</h1>
<div class="byline">發佈時間：{d.year}年{d.month}月{d.day}日 18:30　記者：區曉晴</div>
<div class="story-content">
{paras(a)}
</div>
<div class="share">分享：<a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">電郵</a></div></div>
<div class="hot"><h3>熱門新聞</h3><ul>{traps(TRAPS['hkgreen'], 'html')}</ul></div>
<div class="footer">© 綠色香港報 版權所有 不得轉載</div></body></html>"""


def unpress(a) -> str:
    d = date.fromisoformat(a["date"])
    code = a["path"].rsplit("/", 1)[1].split(".")[0].upper()
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} | Meetings Coverage and Press Releases</title></head>
<body><div class="un-header">United Nations | Meetings Coverage and Press Releases</div>
<main><div class="press-kind">Press Release | {code[:3]}/{code[3:6]}/{code[6:]}</div>
<h1>{E(a['title'])}</h1>
<div class="field-date">{d.day} {d.strftime('%B')} {d.year}</div>
<div class="press-body">
{paras(a)}
</div>
<p class="disclaimer"><em>For information media. Not an official record.</em></p></main>
<aside class="related"><h3>Related news</h3><ul>{traps(TRAPS['unpress'], 'htm')}</ul></aside>
<footer><a href="/en/fraud-alert">Fraud alert</a> | <a href="/en/terms">Terms of use</a> | <a href="/en/privacy">Privacy notice</a></footer>
</body></html>"""


PAGES = {"metroalliance": metroalliance, "hkgreen": hkgreen, "unpress": unpress}


def _newsroom(items: list[dict], nxt: str | None) -> str:
    posts = "".join(f'<article class="card"><h2 class="post-title"><a href="{a["path"]}">{E(a["title"])}</a></h2>'
                    f'<span class="date">{a["date"]}</span></article>' for a in items)
    more = f'<nav class="pagination"><a class="next-page" href="{nxt}">Older stories</a></nav>' if nxt else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Newsroom | Metro Alliance for Climate'
            f'</title></head><body><div class="post-list">{posts}</div>{more}</body></html>')


def extra_files() -> dict[str, str]:
    """The paged newsroom, the Hong Kong listing, the sitemap and the about page it also lists."""
    ma = sorted((a for a in ARTICLES if a["site"] == "metroalliance"), key=lambda a: a["date"], reverse=True)
    hk = sorted((a for a in ARTICLES if a["site"] == "hkgreen"), key=lambda a: a["date"], reverse=True)
    un = [a for a in ARTICLES if a["site"] == "unpress"]
    urls = "".join(f"<url><loc>{{{{base}}}}{a['path']}</loc><lastmod>{a['date']}</lastmod></url>" for a in un)
    urls += "<url><loc>{{base}}/en/about/</loc><lastmod>2023-01-10</lastmod></url>"
    return {
        "metroalliance/newsroom/index.html": _newsroom(ma[:3], "/newsroom/page/2/"),
        "metroalliance/newsroom/page/2/index.html": _newsroom(ma[3:], None),
        "hkgreen/news/index.html": listing(hk, "環保新聞 - 綠色香港報"),
        "unpress/sitemap.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                                f'schemas/sitemap/0.9">{urls}</urlset>\n'),
        "unpress/en/about/index.html": ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>About "
                                        "| Meetings Coverage and Press Releases</title></head><body><h1>About</h1>"
                                        "<p>This site publishes press releases and meetings coverage.</p>"
                                        "</body></html>"),
    }


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, extra_files(), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
