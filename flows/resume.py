"""What a run resumes: the runs a kill left `running` (warehouse/runs.py), found when a run starts, said in
its log and summary, and marked `interrupted` by its first load (the warehouse's one writer)."""
from __future__ import annotations

from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE


@task(cache_policy=NO_CACHE)
def interrupted_runs(db: str) -> list[dict]:
    """The dead runs whose rows still say `running`, each logged as one warning line; [] if the warehouse is new
    or busy (a later run finds them)."""
    from warehouse.db import WarehouseBusy, connect
    from warehouse.runs import describe_interrupted, find_interrupted

    if not Path(db).exists():
        return []
    try:
        con = connect(db, read_only=True, wait_seconds=5)
    except WarehouseBusy:
        get_run_logger().warning("warehouse busy: runs left `running` by a kill are looked for by a later run")
        return []
    try:
        found = find_interrupted(con, db)
    finally:
        con.close()
    for run in found:
        get_run_logger().warning(describe_interrupted(run))
    return found
