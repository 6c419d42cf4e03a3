"""Write the thirty-first test web (tests/thirtyfirstweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites of different genres: `transitledger` (a transit trade magazine: a "News / Zero-emission fleets"
kicker, "Published March 15, 2023 | 4 min read", an author box, a "Sponsored content" box between the paragraphs and
"More from Transit Ledger") and `changsha` (a city government's English press page: breadcrumbs, "Updated:" and
"Source:" lines, "Share:" links, a "Contact" block and "Related news"). The gold was written from the texts before the
extractor was run; run `python tests/data/thirtyfirstweb/build.py`.
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
from webbuild import listings, traps, write_web  # noqa: E402

TRAPS = {
    "transitledger": ["Battery maker signs pact with city bus fleet", "Operator pledges all-electric fleet by 2030"],
    "changsha": ["City signs green building agreement with German partner",
                 "Province vows to peak carbon emissions before 2030"],
}
CHROME = {
    "transitledger": ["Sponsored content", "About the author", "More from Transit Ledger"],
    "changsha": ["Share:", "Contact", "Foreign Affairs Office of Changsha Municipal People's Government"],
}


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def transitledger(a) -> str:
    d = date.fromisoformat(a["date"])
    body = [_p(t) for t in a["paras"]]
    sponsored = ('<aside class="sponsored"><span class="label">Sponsored content</span>'
                 '<h4>Depot charging, simplified</h4><p>See how fleets cut charging costs with managed power. '
                 'Download the free guide from VoltYard.</p></aside>')
    body.insert(2, sponsored)  # the magazine puts its advertorial after the second paragraph
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Transit Ledger</title></head>
<body><header class="masthead"><a href="/">Transit Ledger</a> <a href="/subscribe">Subscribe</a></header>
<main><article class="post"><div class="kicker">News / Zero-emission fleets</div>
<h1 class="post-title">{html.escape(a['title'])}</h1>
<div class="post-meta">By Dana Whitfield | Published {d.strftime('%B')} {d.day}, {d.year} | 4 min read</div>
<div class="post-content">{''.join(body)}</div>
<div class="author-box"><h3>About the author</h3><p>Dana Whitfield is senior editor of Transit Ledger and has covered
bus fleets and transit policy since 2011.</p></div>
</article>
<aside class="more"><h2>More from Transit Ledger</h2><ul>{traps(TRAPS['transitledger'], 'html')}</ul></aside></main>
<footer>© Transit Ledger Media · Advertise · Privacy</footer></body></html>"""


def changsha(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title></head>
<body><div class="top">Changsha · English</div>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <a href="/news/govaffairs/">Government
Affairs</a></div>
<div class="detail"><h1>{html.escape(a['title'])}</h1>
<div class="info">Updated: {d.isoformat()} 16:20 &nbsp; Source: english.changsha.gov.cn</div>
<div class="share">Share: <a href="#">WeChat</a> <a href="#">Weibo</a> <a href="#">Facebook</a> <a href="#">X</a></div>
<div class="content">{''.join(_p(t) for t in a['paras'])}</div></div>
<div class="contact"><h3>Contact</h3><p>Foreign Affairs Office of Changsha Municipal People's Government,
Tel: +86-731-5555-0100</p></div>
<div class="related"><h3>Related news</h3><ul>{traps(TRAPS['changsha'], 'html')}</ul></div>
<footer>Copyright © Changsha Municipal People's Government. All rights reserved.</footer></body></html>"""


PAGES = {"transitledger": transitledger, "changsha": changsha}
LISTINGS = {"transitledger": "news/index.html", "changsha": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
