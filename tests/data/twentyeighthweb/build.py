"""Write the twenty-eighth test web (tests/twentyeighthweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites of different genres: `gov` (a government's media room of readouts and fact sheets: targets in
bullet lists, "Release date: June 17, 2022" in a definition list, "Was this page helpful?" chrome) and `hwr` (a wire
service: "BOSTON, Sept 8 (Harbor Wire) -" datelines, a "(Reporting by ...)" line, "Top stories" chrome). The gold was
written from the texts before the extractor was run on them; run `python tests/data/twentyeighthweb/build.py`.
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
    "gov": ["Ministers commit to 60 percent cut by 2035", "Partners sign clean shipping memorandum in Oslo"],
    "hwr": ["Utility vows net zero by 2035 in surprise move", "Governors sign regional carbon market pact"],
}
CHROME = {
    "gov": ["Was this page helpful?", "Office of Climate Diplomacy"],
    "hwr": ["Harbor Wire Trust Principles", "Top stories"],
}


def _body(a) -> str:
    """The paragraphs, a list in the article being a bullet list."""
    out = []
    for p in a["paras"]:
        if isinstance(p, list):
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in p) + "</ul>")
        else:
            out.append(f"<p>{html.escape(p)}</p>")
    return "\n".join(out)


def _day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def gov(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Office of Climate Diplomacy</title>
<meta name="dcterms.issued" content="{a['date']}"></head>
<body><a class="skip" href="#main">Skip to main content</a>
<header><a href="/">Office of Climate Diplomacy</a> <a href="/media/">Media room</a> <a href="/media/fact-sheets/">Fact
sheets</a> <a href="/media/readouts/">Readouts</a></header>
<main id="main"><h1>{html.escape(a['title'])}</h1>
<dl class="release"><dt>Release date:</dt><dd>{_day(a['date'])}</dd><dt>Type:</dt><dd>Readout</dd></dl>
<div class="field-body">{_body(a)}</div>
<section class="related"><h2>Related releases</h2><ul>{traps(TRAPS['gov'], 'html')}</ul></section>
<div class="feedback">Was this page helpful? <button>Yes</button> <button>No</button></div></main>
<footer>Office of Climate Diplomacy · <a href="/privacy/">Privacy</a> · <a href="#main">Back to top</a></footer>
</body></html>"""


def hwr(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Harbor Wire</title></head>
<body><div class="ticker">Brent $84.10 ▲ · Henry Hub $2.61 ▼</div>
<nav><a href="/">Harbor Wire</a> <a href="/news/">World</a> <a href="/energy/">Energy</a></nav>
<article><h1 class="headline">{html.escape(a['title'])}</h1>
<p class="meta"><time datetime="{a['date']}T14:05:00Z">{_day(a['date'])} 2:05 PM GMT</time> · 3 min read</p>
<div class="article-text">{_body(a)}</div></article>
<aside><h3>Top stories</h3><ul>{traps(TRAPS['hwr'], 'html')}</ul></aside>
<footer>Our standards: Harbor Wire Trust Principles</footer>
</body></html>"""


PAGES = {"gov": gov, "hwr": hwr}
LISTINGS = {"gov": "media/index.html", "hwr": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
