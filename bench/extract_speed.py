"""Speed of `pactwatch extract` (read + records) against plain trafilatura on the 181 article-extraction pages.

Issue 17's target: `pactwatch extract` at most 1.5x plain `trafilatura.extract`'s time. In one process, in
interleaved rounds (the machine is shared: both sides see the same load), each page is given to
  plain  `trafilatura.extract(html)` with its defaults (the page decoded beforehand, as bench/page_reading.py does);
  ours   `cli.extract_inputs.extract_input(path)`, what the `extract` command runs per input: file, decode, read
         (trafilatura + chrome + headline/date), records, their resolution within the page.
Ours starts from the file (read, gunzip), plain from the decoded page: the ratio is also printed against plain
plus that file step (read, gunzip, decode, timed apart in the same rounds), like for like.
Prints pages/s, wall and CPU seconds and the ratio ours/plain, then where ours spends its time: the stages are
timed by wrapping the functions `read_article` calls (decode, read_page and its parts, extract_mentions, resolve),
so the measured path is the command's own. One-time loading (gazetteer, alias book, Chinese tables) is timed apart.
Then the command end to end: `pactwatch extract <the 181 files>` in a subprocess, against a subprocess that runs
plain trafilatura over the same files, wall clock and CPU including start-up (it says when ours ran without
byte-compiled caches, as a checkout does under PYTHONDONTWRITEBYTECODE: each start then compiles the sources).

    .venv/bin/python bench/extract_speed.py [--data DIR] [--rounds 3] [--cli-rounds 2] [--limit N]
"""
from __future__ import annotations

import argparse
import gzip
import os
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "article-extraction"
PLAIN_SCRIPT = (
    "import gzip, sys, trafilatura\n"
    "for p in sys.argv[1:]:\n"
    "    body = open(p, 'rb').read()\n"
    "    body = gzip.decompress(body) if p.endswith('.gz') else body\n"
    "    print(trafilatura.extract(body.decode('utf-8', 'replace')) or '')\n"
)


class Stages:
    """Wall and CPU seconds spent inside wrapped functions, by stage name (inclusive of what they call)."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.on = False

    def wrap(self, module, attr: str, stage: str) -> None:
        """Replace `module.attr` by a timed call of itself (callers look the name up in the module at call time)."""
        fn = getattr(module, attr)

        def timed(*args, **kwargs):
            if not self.on:
                return fn(*args, **kwargs)
            w, c = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.wall[stage] += time.perf_counter() - w
                self.cpu[stage] += time.process_time() - c

        setattr(module, attr, timed)


def instrument() -> Stages:
    """Time the stages of `read_article` and `extract_input` where the code looks them up."""
    import scrapers.article as article
    import scrapers.chrome as chrome
    import scrapers.chrome_lines as chrome_lines
    import scrapers.reader as reader
    import warehouse.resolve as resolve

    st = Stages()
    st.wrap(article, "page_text", "decode")
    st.wrap(article, "read_page", "read")
    st.wrap(reader, "_extract", "read: trafilatura")
    for name in ("rescue_captions", "prune_tree"):
        st.wrap(chrome, name, "read: chrome")
    st.wrap(chrome_lines, "clean_lines", "read: chrome")
    st.wrap(article, "extract_mentions", "records: extract")
    st.wrap(resolve, "resolve", "records: resolve")
    return st


def load(data: Path, limit: int | None) -> list[tuple[Path, str]]:
    """(path, html decoded as bench/page_reading.py decodes it) of the benchmark's pages, sorted."""
    paths = sorted((data / "html").glob("*.html.gz"))[:limit]
    return [(p, gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace")) for p in paths]


def in_process(pages, rounds: int) -> None:
    """Interleaved rounds of plain trafilatura and ours over the pages; per-round totals, ratio, stage breakdown."""
    import trafilatura

    from cli.common import UsageError
    from cli.extract_inputs import extract_input

    def ours(path: Path) -> None:
        try:
            extract_input(str(path))
        except UsageError:
            pass  # not an article: the command prints an error line and goes on

    w, c = time.perf_counter(), time.process_time()
    ours(pages[0][0])  # first call: loads the gazetteer, alias book and tables
    print(f"one-time load (first page, ours): {time.perf_counter() - w:.2f} s wall, {time.process_time() - c:.2f} s cpu")
    trafilatura.extract(pages[0][1])
    stages = instrument()
    totals = {k: [] for k in ("plain wall", "plain cpu", "ours wall", "ours cpu", "file wall", "file cpu")}
    for r in range(rounds):
        spent = dict.fromkeys(totals, 0.0)
        stages.on = r == rounds - 1  # the breakdown of one round
        for n, (path, html) in enumerate(pages):
            order = (("plain", lambda: trafilatura.extract(html)), ("ours", lambda: ours(path)),
                     ("file", lambda: gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")))
            for name, fn in (order if (n + r) % 2 == 0 else order[::-1]):
                w, c = time.perf_counter(), time.process_time()
                fn()
                spent[f"{name} wall"] += time.perf_counter() - w
                spent[f"{name} cpu"] += time.process_time() - c
        for k, v in spent.items():
            totals[k].append(v)
        print(f"round {r + 1}: plain {spent['plain wall']:.2f} s ({spent['plain cpu']:.2f} cpu)  ours "
              f"{spent['ours wall']:.2f} s ({spent['ours cpu']:.2f} cpu)  ratio wall "
              f"{spent['ours wall'] / spent['plain wall']:.2f}x cpu {spent['ours cpu'] / spent['plain cpu']:.2f}x")
    med = {k: statistics.median(v) for k, v in totals.items()}
    n = len(pages)
    print(f"\n{n} pages, median of {rounds} rounds:")
    print(f"{'':8} {'pages/s':>8} {'wall s':>8} {'cpu s':>8}")
    for name in ("plain", "ours"):
        print(f"{name:8} {n / med[f'{name} wall']:8.1f} {med[f'{name} wall']:8.2f} {med[f'{name} cpu']:8.2f}")
    ratios_w = [o / p for o, p in zip(totals["ours wall"], totals["plain wall"])]
    ratios_c = [o / p for o, p in zip(totals["ours cpu"], totals["plain cpu"])]
    print(f"ratio ours/plain (median of per-round ratios): wall {statistics.median(ratios_w):.2f}x  "
          f"cpu {statistics.median(ratios_c):.2f}x")
    io_w = [o / (p + f) for o, p, f in zip(totals["ours wall"], totals["plain wall"], totals["file wall"])]
    io_c = [o / (p + f) for o, p, f in zip(totals["ours cpu"], totals["plain cpu"], totals["file cpu"])]
    print(f"ratio ours/(plain + reading the file, {med['file cpu']:.2f} s cpu): wall {statistics.median(io_w):.2f}x  "
          f"cpu {statistics.median(io_c):.2f}x")
    last_w, last_c = totals["ours wall"][-1], totals["ours cpu"][-1]
    print(f"\nours, by stage (last round; read's parts are inside read; shares of ours {last_w:.2f} s wall):")
    for stage in ("decode", "read", "read: trafilatura", "read: chrome", "records: extract", "records: resolve"):
        print(f"  {stage:20} {stages.wall[stage]:7.2f} s wall {stages.cpu[stage]:7.2f} s cpu "
              f"{100 * stages.wall[stage] / last_w:5.1f}%")
    rest = last_w - stages.wall["decode"] - stages.wall["read"] - stages.wall["records: extract"] - \
        stages.wall["records: resolve"]
    rest_c = last_c - stages.cpu["decode"] - stages.cpu["read"] - stages.cpu["records: extract"] - \
        stages.cpu["records: resolve"]
    print(f"  {'other (file, output)':20} {rest:7.2f} s wall {rest_c:7.2f} s cpu {100 * rest / last_w:5.1f}%")


def _child(cmd: list[str], env: dict) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one subprocess run, its output discarded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def end_to_end(paths: list[Path], rounds: int) -> None:
    """`pactwatch extract` over the files against plain trafilatura over them, each a fresh process."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    script = Path(sys.executable).with_name("pactwatch")
    ours_cmd = [str(script)] if script.exists() else [sys.executable, "-m", "cli.main"]
    files = [str(p) for p in paths]
    runs = defaultdict(list)
    for r in range(rounds):
        order = (("plain", [sys.executable, "-c", PLAIN_SCRIPT, *files]), ("ours", [*ours_cmd, "extract", *files]))
        for name, cmd in (order if r % 2 == 0 else order[::-1]):
            runs[name].append(_child(cmd, env))
    print(f"\nend to end, {len(files)} files, a process each, median of {rounds} rounds (start-up included):")
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in runs.items()}
    print(f"  plain trafilatura   {med['plain'][0]:6.2f} s wall {med['plain'][1]:6.2f} s cpu")
    print(f"  pactwatch extract   {med['ours'][0]:6.2f} s wall {med['ours'][1]:6.2f} s cpu")
    print(f"  ratio: wall {med['ours'][0] / med['plain'][0]:.2f}x  cpu {med['ours'][1] / med['plain'][1]:.2f}x")
    import importlib.util

    if not Path(importlib.util.cache_from_source(str(ROOT / "scrapers" / "article.py"))).exists():
        # a checkout run with PYTHONDONTWRITEBYTECODE (as the shared venv's shell sets it) has no __pycache__
        print("  note: ours ran from source without byte-compiled caches (no __pycache__ in the checkout): each "
              "start compiled its ~80 modules, about 0.08 s of CPU an installed copy does not spend; plain's "
              "trafilatura is byte-compiled in site-packages")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--rounds", type=int, default=3, help="interleaved in-process rounds (0: none)")
    ap.add_argument("--cli-rounds", type=int, default=2, help="end-to-end rounds of each command (0: none)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages (quick runs)")
    args = ap.parse_args(argv)
    if not (args.data / "html").is_dir():
        print(f"skipped: no benchmark pages under {args.data} (../shared absent)")
        return 0
    pages = load(args.data, args.limit)
    if args.rounds:
        in_process(pages, args.rounds)
    if args.cli_rounds:
        end_to_end([p for p, _ in pages], args.cli_rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
