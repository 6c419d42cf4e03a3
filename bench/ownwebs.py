"""Our own test webs scored the way the held-out webs are: every `tests/<name>web.py` web, crawled and scored by
`../shared/eval/score.py`.

The test suite checks each of these webs record by record (tests/gold_crawl.py); this prints the figure the held-out
webs are judged by (per web and relation: precision, recall, F1, duplicates, wrong values; macro F1 per web), so the
two can be compared. Each web is served on 127.0.0.1 by its own tests/<name>web.py class, crawled with the ingest
flow into a fresh DuckDB file, and scored with its gold.json. Skips, saying why, when `../shared` (the scorer) is
absent.

    .venv/bin/python bench/ownwebs.py [--webs tenthweb ninthweb] [--brief] [--json]
"""
from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import devwebs  # noqa: E402  (sets the quiet Prefect environment and holds the scorer, table and details)

os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")


def test_webs() -> dict[str, type]:
    """Each test web's name -> its GoldWeb class (the one class per tests/<name>web.py module that has a gold)."""
    from gold_web import GoldWeb

    webs: dict[str, type] = {}
    for path in sorted((ROOT / "tests").glob("*web.py")):
        if path.stem == "gold_web":
            continue
        mod = importlib.import_module(path.stem)
        classes = [c for _, c in inspect.getmembers(mod, inspect.isclass)
                   if issubclass(c, GoldWeb) and c is not GoldWeb and c.__module__ == mod.__name__]
        if len(classes) == 1 and getattr(mod, "GOLD_PATH", None) and Path(mod.GOLD_PATH).is_file():
            webs[path.stem] = classes[0]
    return webs


def crawl(web_cls: type, workdir: Path) -> tuple[Path, Path, float]:
    """Serve one test web and crawl it into workdir/<name>.duckdb; (db, gold path, seconds)."""
    from flows.ingest import ingest

    name = web_cls.__name__.lower()
    db = workdir / f"{name}.duckdb"
    with web_cls() as web:
        sources = web.write_sources(workdir / f"{name}.yaml")
        t0 = time.perf_counter()
        ingest(sources_file=str(sources), db=str(db))
        secs = time.perf_counter() - t0
    return db, Path(sys.modules[web_cls.__module__].GOLD_PATH), secs


def macro_over_present(res: dict) -> float:
    """Macro F1 over the relations with a gold record or a row: a web written without events is not scored 0 on
    them, as the scorer's own macro F1 does."""
    f1s = [r["f1"] for r in res["relations"].values() if r["tp"] + r["fp"] + r["fn"]]
    return sum(f1s) / len(f1s) if f1s else 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--webs", nargs="*", help="only these webs (module names, e.g. tenthweb)")
    ap.add_argument("--brief", action="store_true", help="the table only")
    ap.add_argument("--json", action="store_true", help="print the scorer's whole result per web as JSON")
    a = ap.parse_args(argv)
    if not devwebs.SCORER.is_file():
        print(f"skipped: {devwebs.SCORER} is absent (the shared scorer lives in ../shared)")
        return 0
    webs = test_webs()
    unknown = sorted(set(a.webs or []) - set(webs))
    if unknown:
        print(f"error: no such test web: {', '.join(unknown)} (known: {', '.join(webs)})", file=sys.stderr)
        return 2
    if a.webs:
        webs = {k: v for k, v in webs.items() if k in a.webs}
    scorer = devwebs.load_scorer()
    tmp = Path(tempfile.mkdtemp(prefix="ownwebs-"))
    results: dict[str, dict] = {}
    try:
        for name, cls in webs.items():
            db, gold_path, secs = crawl(cls, tmp)
            results[name] = scorer.score(str(db), json.loads(gold_path.read_text(encoding="utf-8")))
            print(f"{name}: crawled and scored in {secs:.1f} s", file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if a.json:
        print(json.dumps(results, ensure_ascii=False, indent=2, default=str))
        return 0
    print(devwebs.table(results))
    if results:
        fair = {name: macro_over_present(res) for name, res in results.items()}
        print("macro F1 over the relations a web has gold or rows for (the scorer counts an empty one as 0): "
              + ", ".join(f"{name} {f:.3f}" for name, f in fair.items()))
        print(f"mean {sum(fair.values()) / len(fair):.3f}; lowest {min(fair.values()):.3f}")
    if not a.brief:
        for name, res in results.items():
            for line in devwebs.details(name, res):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
