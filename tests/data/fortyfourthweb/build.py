"""Write the forty-fourth test web (tests/fortyfourthweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites in the style of Chinese state media: `huaxin` (a wire-style news site: the dateline opens the first
paragraph, a "Source: Huaxin | Updated:" line under the title, "Editor: ..." after the text, "Related stories" and
"Most viewed" boxes) and `sxportal` (a provincial English portal: breadcrumbs "Home > News > Shaanxi Today", a
"Source: ... | Updated: ..." line, a "Shaanxi in Focus" box and a "Quick links" footer). The gold was written from the
texts before the extractor was run on them; run `python tests/data/fortyfourthweb/build.py`.
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
    "huaxin": ["Two provinces ink MOU on hydrogen corridor with U.S. state", "Power giant vows to hit carbon neutrality by 2045"],
    "sxportal": ["Shaanxi city signs green energy pact with U.S. county", "Provincial firm to peak emissions before 2026"],
}
CHROME = {
    "huaxin": ["Related stories", "Most viewed", "Editor:"],
    "sxportal": ["Shaanxi in Focus", "Quick links", "Sponsored by the Information Office"],
}
SECTIONS = {"shaanxitoday": "Shaanxi Today", "enterprises": "Enterprises"}


def huaxin(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - Huaxin English</title>
<meta name="publishdate" content="{a['date']} 17:32:08"></head>
<body><div class="topnav"><a href="/english/">Home</a> <a href="/english/china/">China</a> <a href="/english/world/">World</a>
<a href="/english/business/">Business</a> <a href="/english/sci/">Sci-Tech</a></div>
<div class="main"><h1 class="Btitle">{html.escape(a['title'])}</h1>
<div class="info">Source: Huaxin | {a['date']} 17:32:08</div>
<div id="detail">{_paras(a)}</div>
<div class="editor">Editor: Zhang Lei</div>
<div class="related"><h3>Related stories</h3><ul>{traps(TRAPS['huaxin'][:1], 'htm')}</ul></div></div>
<div class="side"><h3>Most viewed</h3><ul>{traps(TRAPS['huaxin'], 'htm')}</ul></div>
<div class="footer">Copyright © Huaxin News Agency. All rights reserved.</div>
</body></html>"""


def sxportal(a) -> str:
    section = SECTIONS[a["path"].split("/")[2]]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title>
<meta name="PubDate" content="{a['date']} 09:20"></head>
<body><div class="banner">Shaanxi Province | The People's Government of Shaanxi Province</div>
<div class="nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/invest/">Invest</a> <a href="/travel/">Travel</a></div>
<div class="crumb"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; {section}</div>
<div class="article"><h2>{html.escape(a['title'])}</h2>
<div class="source">Source: Shaanxi Daily | Updated: {a['date']}</div>
<div class="TRS_Editor">{_paras(a)}</div></div>
<div class="focus"><h3>Shaanxi in Focus</h3><ul>{traps(TRAPS['sxportal'], 'html')}</ul></div>
<div class="foot"><span>Quick links</span> <a href="/contact/">Contact us</a> Sponsored by the Information Office of
Shaanxi Provincial People's Government</div>
</body></html>"""


PAGES = {"huaxin": huaxin, "sxportal": sxportal}
LISTINGS = {"huaxin": "english/list.htm", "sxportal": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
