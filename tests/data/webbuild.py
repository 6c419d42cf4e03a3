"""What the builders of the small test webs share (tests/data/fifthweb, seventhweb, ninthweb, eleventhweb,
twelfthweb): paragraphs, trap headline lists, the listing page, the file a path is served from, and writing pages,
listings and gold.json, and the gold's record builders (each gold.py keeps its names and records). Each web's build.py
keeps only its sites' templates, traps and chrome."""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qsl, urlsplit


def paras(a: dict) -> str:
    """The article's paragraphs as escaped <p> elements."""
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in a["paras"])


def traps(titles: list[str], ext: str) -> str:
    """A chrome list of headlines that read like records (they link nowhere the sources follow)."""
    return "".join(f'<li><a href="/x/{n}.{ext}">{t}</a></li>' for n, t in enumerate(titles))


def listing(items: list[dict], title: str = "新闻", charset: str = "utf-8") -> str:
    """A site's listing page: one link per article, with its date."""
    links = "".join(f'<li><a href="{html.escape(a["path"])}">{a["title"]}</a><span>{a["date"]}</span></li>'
                    for a in items)
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head><body>
<ul class="newslist">{links}</ul></body></html>"""


def served_file(path: str) -> str:
    """The file tests/gold_web.py serves a URL path from, relative to its site (a query maps to
    `<path>__<key>-<value>.html`)."""
    parts = urlsplit(path)
    if parts.query:
        return parts.path.lstrip("/") + "__" + "_".join(f"{k}-{v}" for k, v in parse_qsl(parts.query)) + ".html"
    return parts.path.lstrip("/") + ("index.html" if parts.path.endswith("/") else "")  # a directory URL: its index


def listings(articles: list[dict], names: dict[str, str]) -> dict[str, str]:
    """Each site's listing page (site -> its file name) as files to write: "<site>/<name>" -> page."""
    return {f"{site}/{name}": listing([a for a in articles if a["site"] == site]) for site, name in names.items()}


def write_web(here: Path, articles: list[dict], pages: dict[str, Callable[[dict], str]], files: dict[str, str],
              gold_json: dict, *, file: Callable[[dict], str] = lambda a: served_file(a["path"]),
              encodings: dict[str, str] | None = None) -> None:
    """Write every article page under here/sites/<site>/ (at `file(article)`), the other files ("<site>/<path>" ->
    text: listings, feeds) and here/gold.json. A page of a site served in `encodings[site]` that holds a character
    that encoding lacks stops the build."""
    written = {}
    for a in articles:
        text = written[f"{a['site']}/{file(a)}"] = pages[a["site"]](a)
        if encodings and a["site"] in encodings:
            text.encode(encodings[a["site"]])  # raises on a character the site's encoding lacks
    for name, text in {**written, **files}.items():
        out = here / "sites" / name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    (here / "gold.json").write_text(json.dumps(gold_json, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --- gold records (the format of shared/gold/seeds.json) ------------------------------------------------------
def event(key, names, start, ends, city, country, evidence, **extra) -> dict:
    """A gold event: its accepted names, start day, accepted end days, city and country, and the articles it is in."""
    return {"key": key, "names": names, "start_on": {"accept": [start]}, "end_on": {"accept": ends}, "city": city,
            "country": country, "evidence": evidence, **extra}


def agreement(key, kinds, parties, day, cities, evidence, event=None, **extra) -> dict:
    """A gold agreement: accepted types, parties (each side a list of its accepted names), day, accepted cities."""
    return {"key": key, "agreement_type": {"accept": kinds}, "parties": parties, "signed_on": {"accept": [day]},
            "city": {"accept": cities}, "event": event, "evidence": evidence, **extra}


def agreement_days(key, kinds, parties, days, cities, evidence, **extra) -> dict:
    """A gold agreement whose signing day may be any of `days` (None: the text does not settle it)."""
    a = agreement(key, kinds, parties, days[0], cities, evidence, **extra)
    a["signed_on"] = {"accept": days}
    return a


def recalled_agreement(key, kinds, parties, year, article) -> dict:
    """An optional gold agreement recalled with its year only (the development webs' practice)."""
    return agreement_days(key, kinds, parties, [year, None], [None], [], optional=True, evidence_optional=[article])


def commitment(key, actor, kind, year, evidence, **extra) -> dict:
    """A gold commitment: its actor's accepted names, type, target year and figures (`extra`)."""
    return {"key": key, "actor": actor, "commitment_type": kind, "target_year": year, "event": None,
            "evidence": evidence, **extra}


def gold_json(about: str, articles: list[dict], traps: dict, chrome: dict, events: list, agreements: list,
              commitments: list) -> dict:
    """gold.json of a Chinese web (gold_document in Chinese, its records given one relation each)."""
    return gold_document(about, "zh", articles, traps, chrome,
                         {"events": events, "agreements": agreements, "commitments": commitments})


def gold_document(about: str, language: str, articles: list[dict], traps: dict[str, list[str]],
                  chrome: dict[str, list[str]], records: dict[str, list]) -> dict:
    """gold.json of a web: its articles (fingerprint, date, language, text checks: no trap headline, no chrome) and
    its records (`records`: events, agreements, commitments)."""
    arts = {a["id"]: {"fingerprint": a["fingerprint"], "language": language, "published_on": a["date"],
                      "must_contain": a["must_contain"], "must_not_contain": traps[a["site"]] + chrome[a["site"]]}
            for a in articles}
    return {"about": about, "articles": arts, **records}
