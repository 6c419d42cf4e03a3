"""Write the fifty-eighth test web (tests/fiftyeighthweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `tcnet` (a city-network news blog: "Filed under: Member Cities", a byline from the network secretariat, a
"Subscribe to the Cities Bulletin" box, "Comments are closed for this post.") and `rilab` (a university research-lab
newsroom: a "Research Newsroom » Partnerships" breadcrumb, a press contact line, a "Keep reading" box and a "Support our
research" footer). The gold was written from the texts before the extractor was run on them; run
`python tests/data/fiftyeighthweb/build.py`.
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
    "tcnet": ["Two member cities sign heat-wave pact", "Network city pledges carbon neutrality by 2035"],
    "rilab": ["University inks solar MOU with Chinese partner", "Lab commits to net-zero campus by 2040"],
}
CHROME = {
    "tcnet": ["Filed under: Member Cities", "Written by the Network Secretariat", "Subscribe to the Cities Bulletin",
              "Comments are closed for this post."],
    "rilab": ["Research Newsroom » Partnerships", "Press contact: newsroom@rilab.example", "Keep reading",
              "Support our research"],
}


def tcnet(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} – Two Coasts Climate Cities</title></head>
<body><header><a href="/">Two Coasts Climate Cities</a> <nav><a href="/blog/">Blog</a> <a href="/members/">Members</a></nav></header>
<article><h1>{html.escape(a['title'])}</h1>
<p class="byline">Written by the Network Secretariat · {a['date']}</p>
<div class="entry">{_paras(a)}</div>
<p class="cats">Filed under: Member Cities</p>
<p class="comments">Comments are closed for this post.</p></article>
<aside><h3>Subscribe to the Cities Bulletin</h3><ul>{traps(TRAPS['tcnet'], 'html')}</ul></aside>
<footer>© Two Coasts Climate Cities</footer>
</body></html>"""


def rilab(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | Resilient Infrastructure Lab</title></head>
<body><div class="crumbs">Research Newsroom » Partnerships</div>
<main><h1>{html.escape(a['title'])}</h1>
<time datetime="{a['date']}">{a['date']}</time>
<section class="story">{_paras(a)}</section>
<p class="contact">Press contact: newsroom@rilab.example</p></main>
<aside class="more"><h3>Keep reading</h3><ul>{traps(TRAPS['rilab'], 'html')}</ul></aside>
<footer>Support our research · Resilient Infrastructure Lab</footer>
</body></html>"""


PAGES = {"tcnet": tcnet, "rilab": rilab}
LISTINGS = {"tcnet": "blog/index.html", "rilab": "newsroom/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
