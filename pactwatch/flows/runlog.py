"""What a run did, as a Prefect table artifact: one row per source with the figures of its `ingest_runs` row."""
from __future__ import annotations


def table_rows(sources: dict[str, dict]) -> list[dict]:
    """One row per source (and a total): pages seen, fetched, unchanged, failed with reasons, records."""
    rows = []
    for name, s in sources.items():
        rec = s.get("records") or {}
        reasons: dict[str, int] = {}
        for why in s.get("failed", {}).values():
            reasons[why.split(":")[0]] = reasons.get(why.split(":")[0], 0) + 1
        rows.append({"source": name, "listing_pages": s.get("listing_pages", 0), "pages_seen": s.get("seen", 0),
                     "fetched": s.get("fetched", 0), "unchanged": s.get("unchanged", 0),
                     "failed": len(s.get("failed", {})),
                     "failure_reasons": "; ".join(f"{k} x{v}" for k, v in sorted(reasons.items())),
                     "skipped": len(s.get("skipped", {})), "records_new": rec.get("new", 0),
                     "records_updated": rec.get("updated", 0), "records_merged": rec.get("merged", 0)})
    if rows:
        total = {k: sum(r[k] for r in rows) for k in rows[0] if isinstance(rows[0][k], int)}
        rows.append({"source": "(all)", **total, "failure_reasons": ""})
    return rows


def publish_artifact(kind: str, summary: dict) -> None:
    """The run's figures as a Prefect table artifact (key `<kind>-run`, so the UI shows its history)."""
    from prefect.artifacts import create_table_artifact

    load = summary.get("load") or {}
    note = (f"staged at {load['staged']}" if "staged" in load else
            f"duplicates merged: {load.get('duplicates_merged', 0)}")
    try:
        create_table_artifact(table=table_rows(summary["sources"]), key=f"{kind}-run",
                              description=f"pactwatch {kind} {summary.get('started_at')} to "
                                          f"{summary.get('ended_at')}; {note}")
    except Exception:  # never fail a finished run over its report
        pass
