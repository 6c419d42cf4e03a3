"""Write the fifty-fourth test web (tests/fiftyfourthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `ingov` (a US state governor's press office: "Press Releases | Executive Orders | Proclamations" tabs, a
media-contact block and "-30-" under the text, a "More from the Governor" box) and `zjen` (a Chinese provincial
English-language portal: "Source:" and "Editor:" lines, a "Top Stories" box, a WeChat QR line and a copyright footer).
The gold was written from the texts before the extractor was run on them; run
`python tests/data/fiftyfourthweb/build.py`.
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
    "ingov": ["Governor signs solar compact with neighboring state", "State commits to net-zero fleet by 2040"],
    "zjen": ["Province inks wind-power pact with Nordic county", "City vows to peak emissions by 2025"],
}
CHROME = {
    "ingov": ["Press Releases | Executive Orders | Proclamations", "Press Secretary Office", "More from the Governor",
              "State House, Room 206"],
    "zjen": ["Scan the QR code to follow us on WeChat", "Top Stories", "Editor: Xu Lan",
             "Copyright © Zhejiang Provincial Information Office"],
}


def ingov(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Office of the Governor</title></head>
<body><div class="tabs"><a href="/gov/news/">Press Releases</a> | <a href="/gov/eo/">Executive Orders</a> | <a href="/gov/proc/">Proclamations</a></div>
<main><p class="kicker">FOR IMMEDIATE RELEASE · {a['date']}</p>
<h1>{html.escape(a['title'])}</h1>
<div class="release-body">{_paras(a)}</div>
<p class="end">-30-</p>
<div class="contact">Media contact: Press Secretary Office · press@governor.example</div></main>
<aside class="more"><h3>More from the Governor</h3><ul>{traps(TRAPS['ingov'], 'html')}</ul></aside>
<footer>Office of the Governor · State House, Room 206</footer>
</body></html>"""


def zjen(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Zhejiang Today</title></head>
<body><div class="top"><a href="/en/">Zhejiang Today</a> <a href="/en/news/">News</a> <a href="/en/invest/">Invest</a> <a href="/zh/">中文</a></div>
<div class="article"><h1>{html.escape(a['title'])}</h1>
<div class="info">Source: Zhejiang Today | Updated: {a['date']} 09:12</div>
<div class="content">{_paras(a)}</div>
<div class="editor">Editor: Xu Lan</div></div>
<div class="side"><h3>Top Stories</h3><ul>{traps(TRAPS['zjen'], 'html')}</ul></div>
<div class="qr">Scan the QR code to follow us on WeChat</div>
<div class="foot">Copyright © Zhejiang Provincial Information Office. All rights reserved.</div>
</body></html>"""


PAGES = {"ingov": ingov, "zjen": zjen}
LISTINGS = {"ingov": "gov/news/index.html", "zjen": "en/news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
