"""Chinese news benchmark: pactwatch's page reader against plain trafilatura on the hand-annotated pages.

Each annotated page lists body sentences that must be in the text, chrome strings that must not be, the headline
and the publication date ("" = not checked). Prints, for both readers: pages fully right, body sentences present,
chrome strings absent, titles right, dates right; `--show` lists what each page got wrong.

    .venv/bin/python bench/zh_news.py [--pages DIR] [--notes FILE] [--show]

The pages are read from the shared benchmark (`../shared/benchmarks/zh-news/pages`, other people's text: the
project keeps only its annotations, `tests/data/zh_news_annotations.json`).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura  # noqa: E402

from scrapers.reader import read_page  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PAGES = ROOT.parent / "shared" / "benchmarks" / "zh-news" / "pages"
DEFAULT_NOTES = ROOT / "tests" / "data" / "zh_news_annotations.json"
_SPACE = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """Whitespace-free text for substring checks."""
    return _SPACE.sub("", text or "")


def load(data: Path, notes_file: Path = DEFAULT_NOTES) -> list[tuple[str, dict, str]]:
    """(name, annotation, html) for every annotated page found in DIR (`<name>.html.gz` or `<name>.html`)."""
    notes = json.loads(notes_file.read_text(encoding="utf-8"))
    pages = []
    for name, note in sorted(notes.items()):
        gz, plain = data / f"{name}.html.gz", data / f"{name}.html"
        if gz.exists():
            html = gzip.decompress(gz.read_bytes()).decode("utf-8", errors="replace")
        elif plain.exists():
            html = plain.read_text(encoding="utf-8", errors="replace")
        else:
            continue
        pages.append((name, note, html))
    return pages


def check(note: dict, title: str | None, date: str | None, text: str) -> dict:
    """Which expectations of one annotated page a reading meets."""
    body = norm(text)
    missing = [s for s in note["body"] if norm(s) not in body]
    leaked = [s for s in note["chrome"] if norm(s) in body]
    title_ok = norm(title) == norm(note["title"])
    date_ok = not note.get("date") or (date or "") == note["date"]
    return {
        "missing": missing, "leaked": leaked, "title_ok": title_ok, "date_ok": date_ok,
        "ok": not missing and not leaked and title_ok and date_ok,
        "body_hits": len(note["body"]) - len(missing), "body_n": len(note["body"]),
        "chrome_hits": len(note["chrome"]) - len(leaked), "chrome_n": len(note["chrome"]),
        "title": title, "date": date,
    }


def ours(html: str) -> tuple[str | None, str | None, str]:
    page = read_page(html)
    return page.title, page.published_on.isoformat() if page.published_on else None, page.text


def plain(html: str) -> tuple[str | None, str | None, str]:
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return None, None, ""
    return doc.title, doc.date, doc.text or ""


def summarize(name: str, results: list[dict], secs: float) -> str:
    n = len(results)
    tot = lambda k: sum(r[k] for r in results)  # noqa: E731
    return (
        f"{name:12} fully right {tot('ok'):2}/{n}  body {tot('body_hits')}/{tot('body_n')}  "
        f"chrome absent {tot('chrome_hits')}/{tot('chrome_n')}  title {tot('title_ok')}/{n}  "
        f"date {tot('date_ok')}/{n}  {n / secs:.1f} pages/s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", default=str(DEFAULT_PAGES), help="folder of <name>.html pages")
    ap.add_argument("--notes", default=str(DEFAULT_NOTES), help="annotations JSON")
    ap.add_argument("--show", action="store_true", help="list each page's failures (ours)")
    args = ap.parse_args()
    if not Path(args.pages).is_dir():
        sys.exit(f"no pages at {args.pages}: the shared zh-news benchmark is needed")
    pages = load(Path(args.pages), Path(args.notes))
    lines = []
    per_reader = {}
    for label, fn in (("trafilatura", plain), ("pactwatch", ours)):
        start = time.perf_counter()
        results = [check(note, *fn(html)) for _, note, html in pages]
        secs = time.perf_counter() - start
        per_reader[label] = results
        lines.append(summarize(label, results, secs))
    print(f"{len(pages)} annotated pages from {args.pages}")
    print("\n".join(lines))
    if args.show:
        for (name, note, _), r, b in zip(pages, per_reader["pactwatch"], per_reader["trafilatura"]):
            if r["ok"]:
                continue
            print(f"- {name} (plain {'ok' if b['ok'] else 'wrong'})")
            if r["missing"]:
                print(f"    missing: {r['missing']}")
            if r["leaked"]:
                print(f"    leaked:  {r['leaked']}")
            if not r["title_ok"]:
                print(f"    title:   {r['title']!r} (want {note['title']!r})")
            if not r["date_ok"]:
                print(f"    date:    {r['date']} (want {note['date']})")


if __name__ == "__main__":
    main()
