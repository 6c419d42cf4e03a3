"""Write the forty-first test web (tests/fortyfirstweb.py) from articles.py: sites/, gold.json and the listings.

Two English sites of different genres: `lrcn` (a city-network news page: an event card under the headline with the
gathering's name, dates and venue, an "Upcoming events" sidebar listing gatherings still to come, "Member cities" and
"Join the network" chrome) and `weekly` (a climate newsletter: one page per issue, "Issue 212 · Friday 15 November
2024", several short items each under its own heading, "Forward to a friend" and "Unsubscribe" chrome). The gold was
written from the texts before the extractor was run on them; run `python tests/data/fortyfirstweb/build.py`.
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
from webbuild import listings, paras, traps, write_web  # noqa: E402

TRAPS = {
    "lrcn": ["Columbus Climate Summit, 12 March 2026, Columbus: mayors to sign heat pledge",
             "Lake Michigan Mayors Forum, 4-5 June 2026, Milwaukee"],
    "weekly": ["Rochester commits to net zero by 2045", "Ten cities sign river cleanup charter"],
}
CHROME = {
    # (not "Join the network": the sidebar's button, but the webinar page's own first sentence too)
    "lrcn": ["Upcoming events", "Member cities", "54 cities on the Great Lakes"],
    "weekly": ["Forward to a friend", "Unsubscribe", "You are receiving this"],
}


def lrcn(a) -> str:
    d = date.fromisoformat(a["date"])
    name, when, venue = (html.escape(x) for x in a["card"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Lakes &amp; Rivers Cities Network</title>
<meta property="article:published_time" content="{a['date']}T10:00:00-05:00"></head>
<body><header><a class="logo" href="/">Lakes &amp; Rivers Cities Network</a><nav><a href="/news/">News</a>
<a href="/events/">Events</a> <a href="/members/">Member cities</a> <a href="/join/">Join the network</a></nav></header>
<main><article class="news-item"><p class="crumbs"><a href="/news/">News</a> › Network news</p>
<h1>{html.escape(a['title'])}</h1><p class="posted">Posted {d.day} {d.strftime('%B %Y')}</p>
<div class="event-card"><span class="label">Event</span><strong>{name}</strong><span class="when">{when}</span>
<span class="where">{venue}</span></div>
<div class="news-body">{paras(a)}</div></article>
<aside class="sidebar"><h2>Upcoming events</h2><ul>{traps(TRAPS['lrcn'], 'html')}</ul>
<h2>Member cities</h2><p>54 cities on the Great Lakes, the Yellow River and beyond.</p>
<a class="button" href="/join/">Join the network</a></aside></main>
<footer>© Lakes &amp; Rivers Cities Network · Secretariat: Cleveland, Ohio · Privacy</footer>
</body></html>"""


def weekly(a) -> str:
    d = date.fromisoformat(a["date"])
    items = "\n".join(f'<section class="item"><h2>{html.escape(h)}</h2>'
                      + "".join(f"<p>{html.escape(p)}</p>" for p in ps) + "</section>" for h, ps in a["items"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])}</title></head>
<body><div class="masthead">The Lakefront Letter <span class="tag">climate news from the lakes and the coasts, every
Friday</span></div><p class="forward"><a href="/forward/">Forward to a friend</a></p>
<div class="issue"><h1>{html.escape(a['title'])}</h1>
<p class="issue-line">Issue {a['issue']} · {d.strftime('%A')} {d.day} {d.strftime('%B %Y')}</p>
{items}</div>
<div class="more"><h3>Elsewhere</h3><ul>{traps(TRAPS['weekly'], 'html')}</ul></div>
<footer><p>You are receiving this because you subscribed to The Lakefront Letter. <a href="/unsubscribe/">Unsubscribe</a>
</p></footer></body></html>"""


PAGES = {"lrcn": lrcn, "weekly": weekly}
LISTINGS = {"lrcn": "news/index.html", "weekly": "issues/index.html"}


def build() -> None:
    from gold import gold

    for a in ARTICLES:  # a newsletter issue's paragraphs are its items' (for the text checks)
        a.setdefault("paras", [p for _, ps in a.get("items", []) for p in ps])
    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
