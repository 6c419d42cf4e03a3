"""Write the twenty-sixth test web (tests/twentysixthweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites of different genres: `mass` (a state government newsroom: "Press Release" kicker, the release date
as "9/20/2018", a "BOSTON -" dateline, "###" and an "About ..." paragraph closing the body, a media contact and
"Related press releases") and `illinews` (a university news office: bylines with the writer's beat, a <time> element,
a photo caption, "Editor's notes" and "Related stories"). The gold was written from the texts before the extractor
was run on them; run `python tests/data/twentysixthweb/build.py`.
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
    "mass": ["Commonwealth and Quebec sign hydropower agreement", "State pledges to cut emissions 50 percent by 2030"],
    "illinews": ["Engineers and Tsinghua sign pact on smart grids", "Campus commits to carbon neutrality by 2050"],
}
CHROME = {
    "mass": ["Media Contact", "An official website of the Commonwealth"],
    "illinews": ["Related stories", "Editor's notes", "Illinois News Bureau"],
}


def mass(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Mass.gov</title></head>
<body><div class="banner">An official website of the Commonwealth of Massachusetts</div>
<nav><a href="/">Mass.gov</a> <a href="/news/">News</a> <a href="/orgs/">Organizations</a></nav>
<main><div class="ma__page-header"><span class="kicker">Press Release</span>
<h1>{html.escape(a['title'])}</h1>
<div class="ma__press-status">For immediate release: <span class="date">{d.month}/{d.day}/{d.year}</span></div></div>
<div class="ma__rich-text">{_paras(a)}</div>
<aside class="ma__contact"><h2>Media Contact</h2><p>Jordan Pike, Press Office, (617) 555-0199</p></aside>
<aside class="ma__related"><h2>Related press releases</h2><ul>{traps(TRAPS['mass'], 'html')}</ul></aside></main>
<footer>An official website of the Commonwealth · Site policies · Accessibility</footer>
</body></html>"""


def illinews(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Illinois</title></head>
<body><header>Illinois News Bureau · University of Illinois Urbana-Champaign</header>
<article class="news-story"><h1>{html.escape(a['title'])}</h1>
<div class="byline">Tom Kessler, Physical Sciences Editor</div>
<time datetime="{a['date']}T10:00:00-05:00">{d.strftime('%B')} {d.day}, {d.year} 10:00 AM</time>
<figure><img src="/img/{a['id']}.jpg" alt=""><figcaption>{html.escape(a['caption'])}</figcaption></figure>
<div class="story-body">{_paras(a)}</div>
<div class="editors-notes"><h2>Editor's notes</h2><p>To reach the researchers, email news@illinois.example.</p></div>
</article>
<aside class="related"><h2>Related stories</h2><ul>{traps(TRAPS['illinews'], 'html')}</ul></aside>
<footer>Illinois News Bureau · 507 E. Green St., Champaign</footer>
</body></html>"""


PAGES = {"mass": mass, "illinews": illinews}
LISTINGS = {"mass": "news/index.html", "illinews": "news/index.html"}


def _file(a) -> str:
    """The file a path is served from: an extensionless path as `<path>.html`."""
    path = a["path"].lstrip("/")
    return path if path.endswith(".html") else path + ".html"


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME), file=_file)


if __name__ == "__main__":
    build()
