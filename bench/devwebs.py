"""Where the reader stands on the development webs: serve, crawl, score every `../shared/benchmarks/devweb-*`.

For each web: its own `serve.py site PORT` on 127.0.0.1 (a free port from 18600 up), its `sources.yaml` with
`{BASE}` filled in (rate limit off: loopback), one run of the ingest flow into a fresh DuckDB file in a temporary
folder, then `../shared/eval/score.py` against the web's `gold.json`. Prints one table (per web and relation:
precision, recall, F1, duplicates, wrong values; macro F1 per web) and, unless `--brief`, each miss, each false
row and each wrong value. Skips, saying why, when `../shared` is absent.

    .venv/bin/python bench/devwebs.py [--webs devweb-a devweb-b] [--brief] [--keep DIR] [--json]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BENCHMARKS = SHARED / "benchmarks"
SCORER = SHARED / "eval" / "score.py"
PORT_FROM = 18600
sys.path.insert(0, str(ROOT))

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")  # a busy machine starts it slowly


def free_port(start: int = PORT_FROM, tries: int = 200) -> int:
    """The first port from `start` that nothing listens on and that we can bind on 127.0.0.1."""
    for port in range(start, start + tries):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {start}-{start + tries}")


def wait_listening(port: int, proc: subprocess.Popen, timeout: float = 20.0) -> None:
    """Return once the server accepts connections (or fail when it exits or never listens)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"serve.py exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)  # polling a port that is not open yet; no result depends on this wait
    raise RuntimeError(f"serve.py did not listen on {port}")


def load_scorer():
    """The shared scorer as a module (its `score(db, gold)` gives the whole result as a dict)."""
    spec = importlib.util.spec_from_file_location("devweb_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_sources(web: Path, base: str, path: Path) -> Path:
    """The web's sources file with `{BASE}` filled in and no rate limit (the server is on loopback)."""
    import yaml

    data = yaml.safe_load((web / "sources.yaml").read_text(encoding="utf-8").replace("{BASE}", base))
    for s in data["sources"]:
        s["rate_limit"] = 0
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def crawl_web(web: Path, workdir: Path) -> tuple[Path, float]:
    """Serve one web, crawl it with the ingest flow into workdir/<web>.duckdb; (db, seconds)."""
    from flows.ingest import ingest

    port = free_port()
    proc = subprocess.Popen([sys.executable, str(web / "serve.py"), str(web / "site"), str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_listening(port, proc)
        sources = write_sources(web, f"http://127.0.0.1:{port}", workdir / f"{web.name}.yaml")
        db = workdir / f"{web.name}.duckdb"
        for old in workdir.glob(f"{web.name}.duckdb*"):
            old.unlink()  # a fresh warehouse: a kept one would answer every page as already seen
        t0 = time.perf_counter()
        ingest(sources_file=str(sources), db=str(db))
        return db, time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def table(results: dict[str, dict]) -> str:
    """One line per web and relation, and the web's macro F1, duplicates and wrong values."""
    lines = [f"{'web':10} {'relation':12} {'P':>5} {'R':>5} {'F1':>5} {'tp':>3} {'fp':>3} {'fn':>3} "
             f"{'dup':>3} {'wrong':>5}"]
    for name, res in results.items():
        for rel, r in res["relations"].items():
            lines.append(f"{name:10} {rel:12} {r['precision']:5.2f} {r['recall']:5.2f} {r['f1']:5.2f} {r['tp']:3} "
                         f"{r['fp']:3} {r['fn']:3} {r['duplicates']:3} {len(r['wrong']):5}")
        lines.append(f"{name:10} {'macro F1':12} {res['macro_f1']:17.3f} {'':11} {res['duplicates']:3} "
                     f"{res['wrong_values']:5}")
    return "\n".join(lines)


def details(name: str, res: dict) -> list[str]:
    """Each miss, false row and wrong value of one web, and the article checks that failed."""
    out = []
    ar = res["articles"]
    if ar["missing"]:
        out.append(f"{name} articles missing: {', '.join(ar['missing'])}")
    out += [f"{name} text: {m}" for m in ar["text_failures"]]
    for rel, r in res["relations"].items():
        out += [f"{name} {rel} MISS  {m}" for m in r["missed"]]
        out += [f"{name} {rel} FALSE {u}" for u in r["unexpected"]]
        out += [f"{name} {rel} WRONG {w}" for w in r["wrong"]]
        if r["duplicates"]:
            out.append(f"{name} {rel} DUPLICATE rows: {r['duplicates']}")
    out += [f"{name} problem: {p}" for p in res["problems"]]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--webs", nargs="*", help="only these webs (folder names, e.g. devweb-a)")
    ap.add_argument("--brief", action="store_true", help="the table only")
    ap.add_argument("--keep", help="keep the warehouses (and sources files) in this folder")
    ap.add_argument("--json", action="store_true", help="print the scorer's whole result per web as JSON")
    a = ap.parse_args(argv)
    if not BENCHMARKS.is_dir() or not SCORER.is_file():
        print(f"skipped: {BENCHMARKS} or {SCORER} is absent (the development webs live in ../shared)")
        return 0
    webs = sorted(p for p in BENCHMARKS.glob("devweb-*") if (p / "serve.py").is_file() and (p / "gold.json").is_file())
    if a.webs:
        webs = [w for w in webs if w.name in a.webs]
    if not webs:
        print("skipped: no development web found under", BENCHMARKS)
        return 0
    scorer = load_scorer()
    tmp = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="devwebs-"))
    tmp.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict] = {}
    try:
        for web in webs:
            db, secs = crawl_web(web, tmp)
            gold = json.loads((web / "gold.json").read_text(encoding="utf-8"))
            results[web.name] = scorer.score(str(db), gold)
            print(f"{web.name}: crawled and scored in {secs:.1f} s", file=sys.stderr)
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    if a.json:
        print(json.dumps(results, ensure_ascii=False, indent=2, default=str))
        return 0
    print(table(results))
    if not a.brief:
        for name, res in results.items():
            for line in details(name, res):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
