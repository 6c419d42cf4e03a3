"""A run's load report summed over its loads (flows/run_totals.py), as ingest waves and backfill chunks use it."""
from __future__ import annotations

from flows.run_totals import add_load, earlier, settle_staged


def test_loads_add_up_and_by_source_is_the_last_loads():
    first = {"pages": 3, "records": {"event": {"new": 2, "updated": 0, "unchanged": 0}}, "mentions": 4,
             "by_source": {"wire": {"new": 2, "updated": 0, "merged": 0}}}
    second = {"pages": 2, "records": {"event": {"new": 1, "updated": 1, "unchanged": 1}}, "mentions": 6,
              "by_source": {"wire": {"new": 3, "updated": 1, "merged": 0}}}
    totals = add_load(add_load({}, first), second)
    assert totals["pages"] == 5 and totals["mentions"] == 6  # mentions: a warehouse total, the last load's
    assert totals["records"]["event"] == {"new": 3, "updated": 1, "unchanged": 0}
    assert totals["by_source"] == second["by_source"]  # finish_run's figures are the run's so far


def test_a_staged_load_keeps_the_figures_so_far_and_is_no_earlier_total(tmp_path):
    loaded = add_load({}, {"pages": 3, "by_source": {"wire": {"new": 2, "updated": 0, "merged": 0}}})
    batch = tmp_path / "batch.parquet"
    batch.write_bytes(b"x")
    totals = add_load(loaded, {"staged": str(batch)})  # the warehouse was busy: no by_source
    assert totals["by_source"] == loaded["by_source"] and totals["staged"] == str(batch)
    assert earlier(totals) == {"pages": 3}  # the next load drains the batch first: not staged any more
    assert earlier({}) is None
    assert settle_staged(totals)["staged"] == str(batch)  # still on disk: staged
    batch.unlink()  # a later load drained it
    settled = settle_staged(totals)
    assert "staged" not in settled and settled["staged_then_loaded"] == str(batch)
