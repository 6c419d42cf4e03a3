"""The ingest flow: discover -> fetch -> read and extract -> resolve and load, in waves. Wiring only: the tasks
are in tasks.py, the waves in waves.py; the warehouse is opened only by the load task."""
from __future__ import annotations

from datetime import datetime, timezone

from prefect import flow

from pactwatch.config import Settings, load_sources
from flows.progress import RunProgress
from flows.resume import interrupted_runs
from flows.runner import task_runner
from flows.health import final_state
from flows.identity import read_aliases
from flows.tasks import SourceStats, discover, new_run, read_known, summarize
from flows.waves import WaveFailed, run_waves
from warehouse.run_lock import run_alive


@flow(name="ingest", log_prints=True, task_runner=task_runner())
def ingest(sources_file: str, db: str = "pactwatch.duckdb", only: list[str] | None = None,
           recheck_days: float = 0.0):
    """One crawl of every source in the sources file (or those named in `only`) into the warehouse.

    Listings and feeds are always read again. A stored article is asked for with a conditional GET (304 when
    unchanged); with `recheck_days` > 0 one checked more recently than that is not asked for at all. Articles are
    fetched, read and loaded in waves of `PACTWATCH_WAVE_PAGES` (see waves.py), so memory does not grow with N.

    Ends Completed (every source ok), Completed named "Partial" (some sources or pages failed) or Failed (every
    source failed; a direct call raises health.RunFailed with the summary): see health.py. Returns the summary.

    A run killed earlier is found, logged, marked `interrupted` and resumed (the summary's `resumed`).
    """
    started = datetime.now(timezone.utc)
    srcs = {s.name: s for s in load_sources(sources_file) if not only or s.name in only}
    settings = Settings.from_env()
    stats = {name: SourceStats() for name in srcs}
    progress = RunProgress("ingest-progress")
    targets = read_aliases(db, discover(srcs, settings, stats, progress))
    known = read_known(db, [t.url for t in targets], recheck_days)
    for t in targets:
        if len(known.get(t.url, ())) > 3:  # checked recently, or gone: the seen-URL store answers for it
            stats[t.source].seen += 1
            if known[t.url][3] == "gone":
                stats[t.source].gone += 1
            else:
                stats[t.source].not_due += 1
    targets = [t for t in targets if len(known.get(t.url, ())) <= 3]
    run = new_run(started, stats)
    with run_alive(db, run["run_id"]):  # while held, no other run takes this one's `running` row for dead
        resumed = interrupted_runs(db)
        report = run_waves(db, targets, srcs, known, settings, stats,
                           {**run, "resumes": [r["run_id"] for r in resumed]}, progress)
    summary = {**summarize(stats, report, started, "ingest"), "resumed": resumed}
    if report.get("failed_waves"):
        raise WaveFailed("; ".join(report["failed_waves"]))
    return final_state(summary)
