"""Write the twenty-third test web (tests/twentythirdweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites of different genres: `bsd` (a business daily: a byline "By ... | Ahmedabad", "Updated: 13 Mar 2019,
08:10 PM IST", an "Also read" block inside the story, `articleshow/<n>.cms` permalinks) and `pib` (a government press
information bureau: `PressReleseDetail.aspx?PRID=<n>` addresses, "Posted On: 12 MAR 2019 5:40PM by PIB Delhi" and a
dateline "New Delhi, 12 March 2019 -" opening the body). The gold was written from the texts before the extractor was
run on them; run `python tests/data/twentythirdweb/build.py`.
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
from webbuild import listings, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "bsd": ["Andhra Pradesh signs 5 GW solar MoU with Chinese firm", "Odisha pledges net zero emissions by 2050"],
    "pib": ["Tamil Nadu commits to 50 GW of renewables by 2030", "Ministry signs MoU with Vietnam on clean energy"],
}
CHROME = {
    "bsd": ["Subscribe to Bharat Ledger Prime", "Download the Bharat Ledger app"],
    "pib": ["Press Information Bureau, Government of the Union", "Follow us on social media"],
}
CITY = {"bsd01": "Ahmedabad", "bsd02": "Jaipur", "bsd03": "New Delhi"}


def bsd(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Bharat Ledger</title>
<meta name="publish-date" content="{a['date']}T20:10:00+05:30"></head>
<body><div class="topnav"><a href="/">Bharat Ledger</a> <a href="/economy/">Economy</a> <a href="/industry/">Industry</a>
<a href="/prime/">Subscribe to Bharat Ledger Prime</a></div>
<article class="artText"><h1 class="artTitle">{html.escape(a['title'])}</h1>
<div class="byline">By Anjali Mehta | {CITY[a['id']]}</div>
<div class="publish_on">Updated: {d.day} {d.strftime('%b %Y')}, 08:10 PM IST</div>
<div class="artBody">{_paras(a)}
<div class="also-read"><b>Also read</b><ul>{traps(TRAPS['bsd'], 'cms')}</ul></div></div></article>
<footer>Download the Bharat Ledger app · © Bharat Ledger Media Ltd</footer>
</body></html>"""


def pib(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title></head>
<body><div class="header">Press Information Bureau, Government of the Union
<span class="ministry">Ministry of New and Renewable Energy</span></div>
<div class="innner-page-main-about-us-content-right-part">
<h2>{html.escape(a['title'])}</h2>
<div class="ReleaseDateSubHeaddateTime">Posted On: {d.day:02d} {d.strftime('%b %Y').upper()} 5:40PM by PIB Delhi</div>
<div class="pib-body">{_paras(a)}</div>
<div class="release-end">***</div></div>
<div class="related"><h3>Related releases</h3><ul>{traps(TRAPS['pib'], 'aspx')}</ul></div>
<footer>Follow us on social media</footer>
</body></html>"""


PAGES = {"bsd": bsd, "pib": pib}
LISTINGS = {"bsd": "news/index.html", "pib": "releases/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
