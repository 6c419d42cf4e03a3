"""End to end (issue 7 items 2 and 3): the real ingest flow over a generated web, then the same web again, twice.

For each N (default 500, 1000, 2000) a fresh process serves `bench/gen_web.py`'s web on 127.0.0.1 (rate limit off,
in a server process of its own), starts Prefect's ephemeral server under a temporary PREFECT_HOME, and runs
`flows.ingest.ingest` three times into a new DuckDB file: the first crawl, a re-run with conditional GET
alone (recheck_days 0: every known article answers 304) and a re-run with `--recheck-days` (default 7, as the
production deployment: recently checked articles are not asked for). Prints per N: pages/s of the first run, peak
RSS (the process, ru_maxrss), the share of the flow's wall time when no task body is running (Prefect overhead:
orchestration, task-run bookkeeping, the flow body), and for each re-run: its time as a share of the first run and
the article bodies downloaded; and the recheck re-run once more with Prefect's flow-run heartbeat unset, whose
thread's 1 s sleeps the end of a sync flow run waits for. `--repeat K` runs each N K times and prints medians. Waves: PACTWATCH_WAVE_PAGES.
`--filled M` first loads another web's M pages into the warehouse (in another process, not measured), to tell
whether peak memory follows the run's N or the warehouse's size.

    .venv/bin/python bench/e2e_ingest.py [--sizes 500 1000 2000] [--repeat 3] [--recheck-days 7] [--wave-pages 500]
                                         [--filled 3500]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _timed_tasks(module) -> list[tuple[str, float, float]]:
    """Wrap the task bodies defined in `module` to log (task, start, end); tasks may run side by side on the task runner."""
    from prefect.tasks import Task

    spans: list[tuple[str, float, float]] = []
    for name, t in list(vars(module).items()):
        if not isinstance(t, Task):
            continue
        fn = t.fn

        def timed(*a, __fn=fn, __name=name, **k):
            t0 = time.perf_counter()
            try:
                return __fn(*a, **k)
            finally:
                spans.append((__name, t0, time.perf_counter()))
        timed.__wrapped__ = fn  # Prefect reads the signature through __wrapped__
        t.fn = timed
    return spans


def _busy(spans, start: float, end: float) -> tuple[float, dict[str, float]]:
    """Seconds within [start, end] when at least one task body ran, and summed body time per task."""
    busy, cur_s, cur_e = 0.0, None, None
    for _, s, e in sorted((x for x in spans if x[1] >= start and x[2] <= end), key=lambda x: x[1]):
        if cur_e is None or s > cur_e:
            busy += (cur_e - cur_s) if cur_e is not None else 0.0
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    busy += (cur_e - cur_s) if cur_e is not None else 0.0
    per: dict[str, float] = {}
    for name, s, e in spans:
        if s >= start and e <= end:
            per[name] = per.get(name, 0.0) + e - s
    return busy, per


def fill(m: int, db: str) -> None:
    """Crawl a generated web of `m` pages into `db` (its own ports, so its URLs are not the measured web's)."""
    import yaml

    from flows import ingest as ingest_mod

    server = subprocess.Popen([sys.executable, str(ROOT / "bench" / "gen_web.py"), str(m)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "sources.yaml"
        src.write_text(yaml.safe_dump({"sources": json.loads(server.stdout.readline())}), encoding="utf-8")
        ingest_mod.ingest(str(src), db=db)
    server.stdin.close()
    server.wait(timeout=30)


def worker(n: int, recheck_days: float = 7.0, filled: int = 0) -> dict:
    """One N in this process: serve, warm Prefect up, crawl twice, report figures as a dict. With `filled`, the
    warehouse first gets another web's `filled` pages, crawled by another process (its memory is not counted)."""
    from prefect import flow

    import urllib.request

    import yaml

    from flows import ingest as ingest_mod
    from flows import tasks as tasks_mod

    spans = _timed_tasks(tasks_mod)  # the flow's tasks live in flows/tasks.py
    server = subprocess.Popen([sys.executable, str(ROOT / "bench" / "gen_web.py"), str(n)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    sources = json.loads(server.stdout.readline())
    base = sources[0]["start_urls"][0].rsplit("/news/", 1)[0]

    def ask(path: str) -> str:
        with urllib.request.urlopen(base + path, timeout=10) as r:  # 127.0.0.1 only
            return r.read().decode()

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "sources.yaml"
        src.write_text(yaml.safe_dump({"sources": sources}), encoding="utf-8")
        db = str(Path(tmp) / "bench.duckdb")
        if filled:
            subprocess.run([sys.executable, __file__, "--fill", str(filled), "--db", db], check=True,
                           capture_output=True)
        t0 = time.perf_counter()
        flow(name="warmup")(lambda: None)()  # the ephemeral API server starts here, not inside the measurement
        startup = time.perf_counter() - t0
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        out = ingest_mod.ingest(str(src), db=db)
        t1 = time.perf_counter()
        first = t1 - t0
        rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        work1, by_task = _busy(spans, t0, t1)
        fetched = sum(s["fetched"] for s in out["sources"].values())
        ask("/_bench/reset")
        t0 = time.perf_counter()
        out2 = ingest_mod.ingest(str(src), db=db)
        t1 = time.perf_counter()
        second = t1 - t0
        work2, by_task2 = _busy(spans, t0, t1)
        bodies = int(ask("/_bench/article-gets"))
        ask("/_bench/reset")
        t0 = time.perf_counter()  # the production setting: recently checked articles are not asked for
        out3 = ingest_mod.ingest(str(src), db=db, recheck_days=recheck_days)
        third = time.perf_counter() - t0
        bodies3 = int(ask("/_bench/article-gets"))
        # the same again with Prefect's flow-run heartbeat unset (possible in code only: the setting's env var and
        # profile take an int >= 30): a sync flow run's end waits for its heartbeat thread's current 1 s sleep
        from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
        with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            t0 = time.perf_counter()
            ingest_mod.ingest(str(src), db=db, recheck_days=recheck_days)
            fourth = time.perf_counter() - t0
        import duckdb
        con = duckdb.connect(db, read_only=True)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("pages", "mentions", "events", "agreements", "commitments")}
        con.close()
    server.stdin.close()
    server.wait(timeout=30)
    return {"n": n, "fetched": fetched, "first_s": first, "pages_per_s": n / first, "startup_s": startup,
            "rss_before_mb": rss0, "peak_rss_mb": rss1, "prefect_share": 1 - work1 / first, "tasks_s": by_task,
            "rerun_s": second, "rerun_tasks_s": by_task2, "rerun_share": second / first,
            "rerun_prefect_share": 1 - work2 / second,
            "rerun_bodies": bodies, "rerun_unchanged": sum(s["unchanged"] for s in out2["sources"].values()),
            "recheck_s": third, "recheck_share": third / first, "recheck_bodies": bodies3,
            "recheck_no_heartbeat_s": fourth,
            "recheck_not_due": sum(s["not_due"] for s in out3["sources"].values()), "counts": counts}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--recheck-days", type=float, default=7.0,
                    help="recheck_days of the third run (the production deployment's is 7)")
    ap.add_argument("--wave-pages", type=int, help="PACTWATCH_WAVE_PAGES for the runs (default: the setting's)")
    ap.add_argument("--filled", type=int, default=0,
                    help="first load another generated web of this many pages into the warehouse: peak RSS of N new "
                         "pages into a bigger warehouse (does memory follow the run's N or the warehouse's size?)")
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--fill", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.fill:
        fill(args.fill, args.db)
        return
    if args.worker:
        print(json.dumps(worker(args.worker, args.recheck_days, args.filled)))
        return
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
           "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
           "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    env = {k: v for k, v in env.items() if not k.startswith(("PREFECT_API_", "PACTWATCH_"))}
    if args.wave_pages:
        env["PACTWATCH_WAVE_PAGES"] = str(args.wave_pages)
    if args.filled:
        print(f"each run into a warehouse already holding {args.filled} other pages")
    print(f"{'N':>5} {'pages/s':>8} {'first s':>8} {'peak RSS MB':>11} {'Prefect %':>9} {'re-run s':>8} "
          f"{'re-run %':>8} {'bodies':>6} {'recheck %':>9} {'bodies':>6}")
    for n in args.sizes:
        runs = []
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as home:
                proc = subprocess.run([sys.executable, __file__, "--worker", str(n), "--filled", str(args.filled),
                                       "--recheck-days", str(args.recheck_days)], capture_output=True, text=True,
                                      env={**env, "PREFECT_HOME": home}, cwd=ROOT)
            if proc.returncode:
                sys.exit(proc.stderr[-3000:])
            runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        med = {k: statistics.median(r[k] for r in runs) for k in
               ("pages_per_s", "first_s", "peak_rss_mb", "prefect_share", "rerun_s", "rerun_share", "rerun_bodies",
                "recheck_share", "recheck_bodies")}
        print(f"{n:>5} {med['pages_per_s']:>8.1f} {med['first_s']:>8.2f} {med['peak_rss_mb']:>11.0f} "
              f"{100 * med['prefect_share']:>8.1f}% {med['rerun_s']:>8.2f} {100 * med['rerun_share']:>7.1f}% "
              f"{med['rerun_bodies']:>6.0f} {100 * med['recheck_share']:>8.1f}% {med['recheck_bodies']:>6.0f}",
              flush=True)
        last = runs[-1]
        print(f"      task bodies, summed (s): {', '.join(f'{k} {v:.2f}' for k, v in last['tasks_s'].items())}; "
              f"startup {last['startup_s']:.1f}s; rows {last['counts']}", flush=True)
        print(f"      re-run tasks (s): {', '.join(f'{k} {v:.2f}' for k, v in last['rerun_tasks_s'].items())}; "
              f"Prefect {100 * last['rerun_prefect_share']:.0f}% of the re-run; recheck re-run {last['recheck_s']:.2f} s "
              f"({last['recheck_not_due']} not due); without Prefect's heartbeat {last['recheck_no_heartbeat_s']:.2f} s "
              f"({100 * last['recheck_no_heartbeat_s'] / last['first_s']:.1f}%)", flush=True)
    print(f"targets: >= 40 pages/s, peak RSS flat in N, re-run bodies 0 and <= 5% of the first run "
          f"({'median of ' + str(args.repeat) if args.repeat > 1 else 'single run'}; {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
