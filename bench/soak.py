"""Soak (issue 19): a long crawl of a faulty web, SIGKILLed in the middle of a wave, resumed, then run once more.

Serves bench/soak_web.py's web (N pages on four 127.0.0.1 sites behind sitemap indexes, ~5% faults, every 10th
page one agreement) and runs `pactwatch crawl` as a user does, each run a process group of its own against one
Prefect API server (started here, as the test harness does):

1. the same web of `--compare` pages (default 2,000) without faults, then with them, each into a fresh warehouse:
   pages/s of both and their ratio (target >= 0.70), peak RSS of the faulty run;
2. the web of `--pages` N pages (default 10,000) with faults: run 1 is SIGKILLed (the whole process group) when
   the server is about to send the article answer that falls in the middle of a wave (counted on the server, not
   timed); run 2 crawls to the end; run 3 crawls once more.

Prints pages/s of each run, peak RSS at both sizes (target: N's at most 1.3x the smaller's), good pages kept (all,
each once), agreements (the distinct ones served, none twice), failures with their reasons, the runs' rows (none
left `running`) and the article bodies run 3 downloaded again (target 0). Exits 1 if a target is missed.

    .venv/bin/python bench/soak.py [--pages 10000] [--compare 2000] [--wave-pages 500]
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.soak_web import SoakWeb  # noqa: E402

PACTWATCH = [sys.executable, "-m", "cli.main"]


@dataclass
class Crawl:
    """One `pactwatch crawl` process: wall time, peak RSS (MB), exit code, killed or not, bodies served."""

    seconds: float
    rss_mb: float
    code: int
    killed: bool
    answers: int  # article requests the server answered during the run
    bodies: int  # article bodies (200) the server sent during the run
    output: str


def crawl_env(prefect_api_url: str, **extra: str) -> dict[str, str]:
    """A user's environment for `pactwatch crawl`: this worktree first, the given Prefect API, no proxy."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACTWATCH_", "PREFECT_API_"))}
    env.update(PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
               PREFECT_API_URL=prefect_api_url, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="WARNING", NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost",
               PACTWATCH_TRUST_ENV="false", PACTWATCH_RATE_LIMIT="0", PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


def crawl(web: SoakWeb, sources: Path, db: Path, env: dict[str, str], kill_after: int | None = None) -> Crawl:
    """Run `pactwatch crawl` in a new process group; with `kill_after`, the web SIGKILLs the group when it is
    about to send that many-th article answer of the run."""
    web.reset_log()
    start = web.answers
    out = db.with_name(f"{db.stem}.crawl-{int(time.time() * 1000)}.log")
    with open(out, "w", encoding="utf-8") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(PACTWATCH + ["crawl", "--sources", str(sources), "--db", str(db)], env=env,
                                cwd=db.parent, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        if kill_after:
            web.kill_at(kill_after, lambda: _kill_group(proc.pid))
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
    web.kill_at(0, None)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    if killed:  # anything of the group still alive (nothing should be) goes too
        _kill_group(proc.pid)
    return Crawl(seconds, usage.ru_maxrss / 1024, proc.returncode, killed, web.answers - start, web.article_gets(),
                 out.read_text(encoding="utf-8"))


def _kill_group(pgid: int) -> None:
    """SIGKILL every process of the group (the crawl and anything it started); nothing if it already ended."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def check(web: SoakWeb, db: Path) -> dict:
    """The warehouse against what the web served: pages kept, agreements, runs left running."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        pages = Counter(u for (u,) in con.execute("SELECT url FROM pages").fetchall())
        raw = Counter(u for (u,) in con.execute("SELECT url FROM raw_pages").fetchall())
        rows = con.execute("SELECT parties, signed_on FROM agreements").fetchall()
        runs = con.execute("SELECT run_id, status, source_stats FROM ingest_runs ORDER BY started_at").fetchall()
    finally:
        con.close()
    good = web.good_urls()
    found = Counter((frozenset(p), d) for p, d in rows)
    served = {(frozenset({us, cn}), day) for us, cn, day in web.agreements_served().values()}
    last = json.loads(runs[-1][2]) if runs else {}
    failed = {u: why for s in last.values() for u, why in s.get("failed", {}).items()}
    return {
        "good": len(good), "kept": len(good & set(pages)), "lost": sorted(good - set(pages)),
        "not_good_kept": sorted(set(pages) - good),
        "raw_doubled": sum(n > 1 for n in raw.values()), "pages_doubled": sum(n > 1 for n in pages.values()),
        "agreements_served": len(served), "agreements": len(rows),
        "agreements_found": sum(1 for key in served if found[key] >= 1),
        "agreements_twice": sum(1 for key in served if found[key] > 1),
        "agreements_unexpected": sum(n for key, n in found.items() if key not in served),
        "runs": [(run_id, status) for run_id, status, _ in runs],
        "running": sum(status == "running" for _, status, _ in runs),
        "failed": failed, "failed_not_permanent": sorted(set(failed) - set(web.permanent_failures())),
    }


def reasons(failed: dict[str, str], web: SoakWeb) -> str:
    """Failures grouped by reason (up to its first digit or URL) with the fault each page served."""
    kinds = web.permanent_failures()
    by: Counter = Counter()
    for url, why in failed.items():
        head = why.split(" at ")[0].split(" (")[0]
        by[(head, kinds.get(url, "no permanent fault"))] += 1
    return "; ".join(f"{why} x{n} ({kind})" for (why, kind), n in sorted(by.items()))


@contextmanager
def prefect_api():
    """A Prefect API server for the crawls (SQLite in a temporary PREFECT_HOME): yields its URL."""
    with tempfile.TemporaryDirectory(prefix="pactwatch-soak-prefect-") as home:
        os.environ.update(PREFECT_HOME=home, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
                          PREFECT_LOGGING_LEVEL="WARNING")
        from prefect.settings import PREFECT_API_URL
        from prefect.testing.utilities import prefect_test_harness

        with prefect_test_harness(server_startup_timeout=120):
            yield PREFECT_API_URL.value()


def mid_wave(n: int, wave: int, share: float = 0.4) -> int:
    """The article answer in the middle of the wave that holds the first `share` of the crawl."""
    return wave * int(n * share / wave) + wave // 2 if n > wave else max(1, n // 2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10_000, help="pages of the soak web (default 10,000; 0: only the comparison)")
    ap.add_argument("--compare", type=int, default=2_000, help="pages of the with/without faults comparison "
                    "(and of the smaller RSS); 0 skips it")
    ap.add_argument("--repeat", type=int, default=1, help="comparison runs of each kind (medians), default 1")
    ap.add_argument("--wave-pages", type=int, default=500, help="PACTWATCH_WAVE_PAGES (default 500)")
    ap.add_argument("--keep", type=Path, help="keep warehouses and crawl logs here")
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory(prefix="pactwatch-soak-")
    out = args.keep or Path(tmp.name)
    out.mkdir(parents=True, exist_ok=True)
    misses: list[str] = []
    with prefect_api() as api:
        env = crawl_env(api, PACTWATCH_WAVE_PAGES=str(args.wave_pages))
        rss_small = None
        if args.compare:
            speeds: dict[bool, list[float]] = {False: [], True: []}
            for r in range(args.repeat):
                for faults in (False, True):  # alternated: the machine's load drifts alike for both
                    with SoakWeb(args.compare, faults=faults) as web:
                        name = f"{'faults' if faults else 'clean'}-{args.compare}-{r}"
                        sources, db = web.write_sources(out / f"{name}.yaml"), out / f"{name}.duckdb"
                        run = crawl(web, sources, db, env)
                        speeds[faults].append(args.compare / run.seconds)
                        print(f"{args.compare} pages {'with' if faults else 'without'} faults: {run.seconds:.1f} s, "
                              f"{speeds[faults][-1]:.1f} pages/s, peak RSS {run.rss_mb:.0f} MB (exit {run.code})",
                              flush=True)
                        if faults:
                            rss_small = max(rss_small or 0.0, run.rss_mb)
                            got = check(web, db)
                            if got["lost"] or got["agreements_found"] != got["agreements_served"]:
                                misses.append(f"{args.compare}-page run lost pages or agreements")
            ratio = statistics.median(speeds[True]) / statistics.median(speeds[False])
            print(f"pages/s with faults / without: {ratio:.2f} (median of {args.repeat}; target >= 0.70)",
                  flush=True)
            if ratio < 0.70:
                misses.append(f"faults ratio {ratio:.2f} < 0.70")
        if not args.pages:
            print("\n" + ("targets met" if not misses else "missed: " + "; ".join(misses)))
            return 1 if misses else 0
        with SoakWeb(args.pages) as web:
            counts = web.fault_counts()
            print(f"\nsoak web: {args.pages} pages on 4 sites behind sitemap indexes; {sum(counts.values())} faulty "
                  f"({', '.join(f'{k} {v}' for k, v in counts.items())}); "
                  f"{len(web.agreements_served())} agreements on good pages", flush=True)
            sources = web.write_sources(out / "soak.yaml")
            db = out / "soak.duckdb"
            kill = mid_wave(args.pages, args.wave_pages)
            runs = [crawl(web, sources, db, env, kill_after=kill), crawl(web, sources, db, env),
                    crawl(web, sources, db, env)]
            first, second, third = runs
            print(f"run 1: SIGKILLed at article answer {kill} (wave {kill // args.wave_pages + 1}, mid-wave): "
                  f"{'killed' if first.killed else f'NOT killed (exit {first.code})'} after {first.seconds:.1f} s, "
                  f"{first.answers / first.seconds:.1f} answers/s, peak RSS {first.rss_mb:.0f} MB")
            for i, run in ((2, second), (3, third)):
                print(f"run {i}: {run.seconds:.1f} s, {args.pages / run.seconds:.1f} pages/s, {run.bodies} article "
                      f"bodies downloaded, peak RSS {run.rss_mb:.0f} MB (exit {run.code})")
            resumed = [line.strip() for line in second.output.splitlines() if "interrupted" in line]
            print("run 2 said: " + (" | ".join(resumed[:3]) or "(nothing about the interrupted run)"))
            got = check(web, db)
            print(f"good pages kept: {got['kept']} of {got['good']}; lost {len(got['lost'])}; doubled "
                  f"{got['pages_doubled'] + got['raw_doubled']}; failed pages kept {len(got['not_good_kept'])}")
            print(f"agreements: {got['agreements_served']} distinct served; {got['agreements']} in the warehouse; "
                  f"found {got['agreements_found']}, twice {got['agreements_twice']}, "
                  f"unexpected {got['agreements_unexpected']}")
            print(f"failures of run 3: {len(got['failed'])}: {reasons(got['failed'], web)}; transient ones left "
                  f"failed: {len(got['failed_not_permanent'])}")
            print(f"ingest_runs: {Counter(s for _, s in got['runs'])}; left running: {got['running']}")
            print(f"run 3 downloaded {third.bodies} article bodies again (target 0)")
            rss_big = max(r.rss_mb for r in runs)
            if rss_small:
                print(f"peak RSS: {rss_small:.0f} MB at {args.compare} pages, {rss_big:.0f} MB at {args.pages}: "
                      f"ratio {rss_big / rss_small:.2f} (target <= 1.3)")
                misses += ["memory ratio"] if rss_big / rss_small > 1.3 else []
            misses += [m for m, bad in (
                ("run 1 not killed", not first.killed), ("pages lost", got["lost"]),
                ("pages doubled", got["pages_doubled"] or got["raw_doubled"]),
                ("agreements missing", got["agreements_found"] != got["agreements_served"]),
                ("agreements doubled", got["agreements_twice"] or got["agreements_unexpected"]),
                ("run left running", got["running"]), ("transient failures", got["failed_not_permanent"]),
                ("bodies downloaded again", third.bodies)) if bad]
    print("\n" + ("all targets met" if not misses else "missed: " + "; ".join(misses)))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
