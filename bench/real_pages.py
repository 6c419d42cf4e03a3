"""Records on the real pages: run `pactwatch extract`'s reader over the 243 real pages of ../shared/benchmarks
(article-extraction's 181 English news pages, zh-news's 62 Chinese pages) and print every record with its quote.

There is no gold for these pages: each record printed should be one a person would accept (an agreement or event
about climate, energy or the environment, concluded between named actors; a quantified pledge). Prints the count
and the time taken; skips, saying why, where ../shared is absent.

    .venv/bin/python bench/real_pages.py [--bench DIR] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cli.common import UsageError  # noqa: E402
from cli.extract_inputs import extract_input  # noqa: E402

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
RELATIONS = ("events", "agreements", "commitments")


def pages(bench: Path) -> list[Path]:
    """The real pages: the English news pages, then the Chinese ones."""
    return sorted((bench / "article-extraction" / "html").glob("*.html.gz")) + \
        sorted((bench / "zh-news" / "pages").glob("*.html"))


def summary(relation: str, row: dict) -> str:
    """One line naming a record by its key fields."""
    if relation == "events":
        return f"event: {row.get('name')} | {row.get('start_on')} | {row.get('city')}"
    if relation == "agreements":
        return f"agreement ({row.get('agreement_type')}): {' + '.join(row.get('parties') or [])} | {row.get('signed_on')}"
    return (f"commitment ({row.get('commitment_type')}): {row.get('actor')} | {row.get('target_year')} | "
            f"share {row.get('share_pct')} | cut {row.get('reduction_pct_min')}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--json", action="store_true", help="print the records as JSON lines instead")
    args = ap.parse_args(argv)
    found = pages(args.bench)
    if not found:
        print(f"skipped: no real pages under {args.bench} (../shared absent)")
        return 0
    t0 = time.perf_counter()
    count = 0
    for path in found:
        try:
            obj = extract_input(str(path))
        except UsageError:
            continue  # not an article
        for relation in RELATIONS:
            for row in obj.get(relation, []):
                count += 1
                if args.json:
                    print(json.dumps({"page": path.name, "relation": relation, **row}, ensure_ascii=False,
                                     default=str))
                    continue
                print(f"{path.name}: {summary(relation, row)}")
                for q in row.get("quotes", [])[:2]:
                    print(f"    “{q[:300]}”")
    print(f"{count} records on {len(found)} pages in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
