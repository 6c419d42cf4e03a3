"""Write the forty-ninth test web (tests/fortyninthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `mogov` (a Macao government press-release portal: a 繁體 | 简体 | Português | English switch, the English
release above its traditional-Chinese copy, "Print | Top" and a Related press releases box under the text) and
`unews` (a university news site: a byline, a 中文摘要 box inside the story, "Share this story" and Related news traps,
a campus address footer). The gold was written from the texts before the extractor was run on them; run
`python tests/data/fortyninthweb/build.py`.
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
    "mogov": ["Two bureaux sign waste-sorting memorandum", "Government pledges 40 per cent cut by 2030"],
    "unews": ["Alumni group signs solar pact with county", "Campus vows net zero by 2040"],
}
CHROME = {
    "mogov": ["繁體 | 简体 | Português | English", "Print | Top", "Related press releases",
              "Government Information Bureau of the Macao SAR"],
    "unews": ["Share this story", "Related news", "Office of Communications", "1500 Illinois Street"],
}


def _zh(a) -> str:
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in a["zh_paras"])


def mogov(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Macao SAR Government Portal</title></head>
<body><div class="lang-switch"><a href="/zh-hant/">繁體</a> | <a href="/zh-hans/">简体</a> | <a href="/pt/">Português</a> | <a href="/en/">English</a></div>
<div class="nav"><a href="/en/">Home</a> <a href="/en/news/">News</a> <a href="/en/services/">Services</a></div>
<div class="release"><div class="meta">Press release · {a['date']} 17:20</div>
<h1>{html.escape(a['title'])}</h1>
<div class="body-en">{_paras(a)}</div>
<hr><div class="body-zh" lang="zh-Hant"><h2>{html.escape(a['zh_title'])}</h2>
{_zh(a)}</div>
<div class="tools">Print | Top</div>
<div class="related"><h3>Related press releases</h3><ul>{traps(TRAPS['mogov'], 'html')}</ul></div></div>
<div class="footer">Government Information Bureau of the Macao SAR · All rights reserved</div>
</body></html>"""


def unews(a) -> str:
    box = (f'<aside class="zh-summary" lang="zh-Hans"><h4>中文摘要</h4><p>{html.escape(a["zh_summary"])}</p></aside>'
           if a["zh_summary"] else "")
    first, rest = a["paras"][0], a["paras"][1:]
    body = f"<p>{html.escape(first)}</p>\n{box}\n" + "\n".join(f"<p>{html.escape(p)}</p>" for p in rest)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | University News</title></head>
<body><header><a href="/">University News</a> <a href="/news/">Stories</a> <a href="/events/">Events</a></header>
<article><h1>{html.escape(a['title'])}</h1>
<p class="byline">By Office of Communications · <time>{a['date']}</time></p>
<div class="story">{body}</div>
<div class="share">Share this story</div></article>
<section class="related"><h3>Related news</h3><ul>{traps(TRAPS['unews'], 'html')}</ul></section>
<footer>1500 Illinois Street · Office of Communications</footer>
</body></html>"""


PAGES = {"mogov": mogov, "unews": unews}
LISTINGS = {"mogov": "en/news/index.html", "unews": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
