"""Which Prefect task runner the flows use: threads on one machine (default) or a Dask cluster (scale-out).

`PACTWATCH_DASK` (or a command's `--dask`) picks Dask: `local` or `local:N` starts a LocalCluster of N workers
(default 2) for the run; `tcp://host:port` joins a running cluster. The module-level flows read the variable when
their module is imported, so set it before starting the worker, `pactwatch serve` or the CLI.
"""
from __future__ import annotations

import os

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

THREADS = 8  # parallel tasks per run on one machine: hosts are fetched side by side, each at its own rate


def task_runner(dask: str | None = None) -> TaskRunner:
    """The task runner for `dask` (None: `$PACTWATCH_DASK`, then threads)."""
    spec = (dask if dask is not None else os.environ.get("PACTWATCH_DASK", "")).strip()
    if not spec or spec.lower() in ("0", "off", "no", "false"):
        return ThreadPoolTaskRunner(max_workers=THREADS)
    from prefect_dask import DaskTaskRunner

    if spec.lower().startswith("local"):
        _, _, n = spec.partition(":")
        return DaskTaskRunner(cluster_kwargs={"n_workers": int(n or 2), "threads_per_worker": 4,
                                              "dashboard_address": None})
    return DaskTaskRunner(address=spec)


def with_runner(flow_obj, dask: str | None = None):
    """`flow_obj` running its tasks on the runner chosen by `dask` (see task_runner)."""
    return flow_obj.with_options(task_runner=task_runner(dask))
