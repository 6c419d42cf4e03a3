"""A run's load report summed over its loads (the waves of an ingest, the chunks of a backfill).

Each load of a run returns `load`'s report (flows/tasks.py): figures summed over the run's loads, plus two keys
that speak of one load: `by_source` (the run's per-source record figures so far, finish_run) and `staged` (the
batch went to disk because the warehouse was busy; the next load drains it).
"""
from __future__ import annotations

from pathlib import Path

from warehouse.runs import merge_reports

PER_LOAD = ("by_source", "staged")


def earlier(totals: dict) -> dict | None:
    """The run's totals as `load` takes them (`earlier`: the run row's record_stats become the whole run's), without
    the keys of one load: a batch staged earlier is drained before the next load, so it is no longer staged."""
    return {k: v for k, v in totals.items() if k not in PER_LOAD} or None


def add_load(totals: dict, report: dict) -> dict:
    """The run's totals after one more load: `report` summed in (merge_reports), a `staged` kept until
    `settle_staged`, `by_source` the last load's that had one (a staged load has none: the earlier ones stand)."""
    by_source = report.get("by_source")
    out = merge_reports({k: v for k, v in totals.items() if k != "by_source"},
                        {k: v for k, v in report.items() if k != "by_source"})
    if by_source or "by_source" in totals:
        out["by_source"] = by_source or totals["by_source"]
    return out


def settle_staged(totals: dict) -> dict:
    """At the run's end: a `staged` batch that a later load drained (its file is gone) is `staged_then_loaded`."""
    if "staged" in totals and not Path(totals["staged"]).exists():
        totals = {k: v for k, v in totals.items() if k != "staged"} | {"staged_then_loaded": totals["staged"]}
    return totals
