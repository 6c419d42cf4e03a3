"""What the builders of the small Chinese test webs share (tests/data/ninthweb, eleventhweb, thirteenthweb): paragraphs,
trap headline lists, the listing page, the gold's article checks, and writing pages, listings and gold.json. Each web's build.py keeps only its sites'
templates, traps and chrome."""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Callable


def paras(a: dict) -> str:
    """The article's paragraphs as escaped <p> elements."""
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in a["paras"])


def traps(titles: list[str], ext: str) -> str:
    """A chrome list of headlines that read like records (they link nowhere the sources follow)."""
    return "".join(f'<li><a href="/x/{n}.{ext}">{t}</a></li>' for n, t in enumerate(titles))


def listing(items: list[dict]) -> str:
    """A site's listing page: one link per article, with its date."""
    links = "".join(f'<li><a href="{html.escape(a["path"])}">{a["title"]}</a><span>{a["date"]}</span></li>'
                    for a in items)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻</title></head><body>
<ul class="newslist">{links}</ul></body></html>"""


def write_web(here: Path, articles: list[dict], pages: dict[str, Callable[[dict], str]], listings: dict[str, str],
              gold_json: dict) -> None:
    """Write every article page and listing under here/sites/<site>/, and here/gold.json."""
    sites = here / "sites"
    for a in articles:
        out = sites / a["site"] / a["path"].lstrip("/")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(pages[a["site"]](a), encoding="utf-8")
    for site, name in listings.items():
        out = sites / site / name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(listing([a for a in articles if a["site"] == site]), encoding="utf-8")
    (here / "gold.json").write_text(json.dumps(gold_json, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def gold_json(articles: list[dict], traps: dict[str, list[str]], chrome: dict[str, list[str]], about: str,
              events: list, agreements: list, commitments: list) -> dict:
    """gold.json of a Chinese web: each article's fingerprint, date, language and text checks (its site's trap
    headlines and chrome must be absent), and the records."""
    arts = {a["id"]: {"fingerprint": a["fingerprint"], "language": "zh", "published_on": a["date"],
                      "must_contain": a["must_contain"], "must_not_contain": traps[a["site"]] + chrome[a["site"]]}
            for a in articles}
    return {"about": about, "articles": arts, "events": events, "agreements": agreements, "commitments": commitments}

