"""What a run resumes: the runs a kill left `running` (warehouse/runs.py), found when a run starts, said in
its log and summary, and marked `interrupted` by its first load (the warehouse's one writer)."""
from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.reading import warehouse_or_none


@task(cache_policy=NO_CACHE)
def interrupted_runs(db: str) -> list[dict]:
    """The dead runs whose rows still say `running`, each logged as one warning line; [] if the warehouse is new
    or busy (a later run finds them)."""
    from warehouse.runs import describe_interrupted, find_interrupted

    with warehouse_or_none(db, "warehouse busy: runs left `running` by a kill are looked for by a later run") as con:
        if con is None:
            return []
        found = find_interrupted(con, db)
    for run in found:
        get_run_logger().warning(describe_interrupted(run))
    return found
