"""Write the thirty-seventh test web (tests/thirtyseventhweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites of different genres: `longview` (a long-form magazine: a kicker, a dek under the headline, "By ...
Photographs by ...", "14 min read", a drop cap wrapping the first letter of the first paragraph in its own element,
a pull quote set between paragraphs, an author's note, "More from Features") and `courier` (a regional newspaper: a
section label, a byline with the reporter's beat, "Published 6:02 a.m. ET May 10, 2024 | Updated ..." stamps whose
update may fall on the next day, a comments count, "Trending" and a newsletter box). The gold was written from the
texts before the extractor was run on them; run `python tests/data/thirtyseventhweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, traps, write_web  # noqa: E402

TRAPS = {
    "longview": ["Ohio and Hubei sign pact on green steel", "The city that pledged to go carbon-free by 2040"],
    "courier": ["Memphis, Chinese sister city ink solar agreement", "County vows net-zero government by 2035"],
}
CHROME = {
    "longview": ["More from Features", "Subscribe to The Longview", "min read"],
    "courier": ["Trending", "Comments", "Sign up for The Morning Courier"],
}


def _body(a, pull_after: int) -> str:
    """The paragraphs, the first with a drop cap (its first letter in an element of its own) and a pull quote after
    paragraph `pull_after`."""
    out = []
    for n, p in enumerate(a["paras"]):
        if n == 0:
            out.append(f'<p class="lede"><span class="dropcap">{html.escape(p[0])}</span>{html.escape(p[1:])}</p>')
        else:
            out.append(f"<p>{html.escape(p)}</p>")
        if n == pull_after:
            out.append(f'<aside class="pullquote"><blockquote>{html.escape(a["pull"])}</blockquote></aside>')
    return "\n".join(out)


def longview(a) -> str:
    d = date.fromisoformat(a["date"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} - The Longview</title>
<meta property="article:published_time" content="{a['date']}T07:00:00-04:00"></head>
<body><header class="masthead"><a href="/">The Longview</a> <nav><a href="/features/">Features</a>
<a href="/essays/">Essays</a> <a href="/subscribe/">Subscribe to The Longview</a></nav></header>
<article class="feature"><div class="kicker">Features · Energy</div>
<h1>{html.escape(a['title'])}</h1><p class="dek">{html.escape(a['dek'])}</p>
<div class="credits">By Naomi Castellan · Photographs by Ruben Ortiz · <time datetime="{a['date']}">{d.strftime('%B')}
{d.day}, {d.year}</time> · 14 min read</div>
<div class="feature-body">{_body(a, 3)}</div>
<p class="author-note"><em>Naomi Castellan writes about energy and the industrial coast for The Longview.</em></p>
</article>
<aside class="more"><h2>More from Features</h2><ul>{traps(TRAPS['longview'], 'html')}</ul></aside>
<footer>© The Longview Magazine · Subscribe to The Longview · Privacy</footer>
</body></html>"""


def _stamp(when: datetime) -> str:
    hour = when.hour % 12 or 12
    return f"{hour}:{when.minute:02d} {'a.m.' if when.hour < 12 else 'p.m.'} ET {when.strftime('%b')}. {when.day}, {when.year}"


def courier(a) -> str:
    published = datetime.fromisoformat(a["date"] + "T06:02")
    updated = datetime.fromisoformat(a["updated"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | The Courier</title></head>
<body><header><div class="brand">The Cumberland Courier</div><nav><a href="/news/">News</a> <a href="/sports/">Sports</a>
<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a></nav></header>
<main><article class="story"><div class="section">News</div><h1>{html.escape(a['title'])}</h1>
<div class="byline"><span class="author">{html.escape(a['byline'])}</span> <span class="role">{html.escape(a['role'])}</span></div>
<div class="stamps"><span class="published">Published {_stamp(published)}</span> |
<span class="updated">Updated {_stamp(updated)}</span></div>
<a class="comments-count" href="#comments">{a['comments']} Comments</a>
<div class="story-text">{''.join(f'<p>{html.escape(p)}</p>' for p in a['paras'])}</div>
<div class="newsletter">Sign up for The Morning Courier: the day's news in your inbox by 6 a.m.</div>
<section id="comments"><h2>Comments</h2><p>Join the conversation. Comments are moderated.</p></section>
</article>
<aside class="trending"><h2>Trending</h2><ol>{traps(TRAPS['courier'], 'html')}</ol></aside></main>
<footer>The Cumberland Courier · Nashville, Tennessee · Terms of Service</footer>
</body></html>"""


PAGES = {"longview": longview, "courier": courier}
LISTINGS = {"longview": "features/index.html", "courier": "news/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
