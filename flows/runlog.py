"""What a run did, as a Prefect table artifact: one row per source with its health, what this run added and
changed, and its failure reasons (the figures of its `ingest_runs` row); warehouse totals are not this run's."""
from __future__ import annotations


def table_rows(sources: dict[str, dict]) -> list[dict]:
    """One row per source (and a total): health and reasons, pages seen, fetched, unchanged, failed, records."""
    rows = []
    for name, s in sources.items():
        rec = s.get("records") or {}
        reasons: dict[str, int] = {}
        for why in s.get("failed", {}).values():
            reasons[why.split(":")[0]] = reasons.get(why.split(":")[0], 0) + 1
        rows.append({"source": name, "health": s.get("health", ""), "reasons": "; ".join(s.get("reasons") or []),
                     "listing_pages": s.get("listing_pages", 0), "pages_seen": s.get("seen", 0),
                     "fetched": s.get("fetched", 0), "unchanged": s.get("unchanged", 0),
                     "failed": len(s.get("failed", {})) + len(s.get("discovery_failed", {})),
                     "failure_reasons": "; ".join(f"{k} x{v}" for k, v in sorted(reasons.items())),
                     "skipped": len(s.get("skipped", {})), "records_new": rec.get("new", 0),
                     "records_updated": rec.get("updated", 0), "records_merged": rec.get("merged", 0)})
    if rows:
        total = {k: sum(r[k] for r in rows) for k in rows[0] if isinstance(rows[0][k], int)}
        rows.append({"source": "(all)", "health": "", "reasons": "", **total, "failure_reasons": ""})
    return rows


def run_note(summary: dict) -> str:
    """What this run changed, in one line: its health, articles and records new / updated (this run's load)."""
    load = summary.get("load") or {}
    health = f"{summary.get('health', '')}: {summary.get('health_message', '')}".strip(": ")
    if "staged" in load:
        return f"{health}; staged at {load['staged']} (loads with the next run)"
    arts = load.get("articles") or {}
    recs = load.get("records") or {}
    added = sum((c or {}).get("new", 0) for c in recs.values())
    changed = sum((c or {}).get("updated", 0) for c in recs.values())
    return (f"{health}; this run: articles {arts.get('new', 0)} new, {arts.get('updated', 0)} updated; "
            f"records {added} new, {changed} updated")


def publish_artifact(kind: str, summary: dict) -> None:
    """The run's figures as a Prefect table artifact (key `<kind>-run`, so the UI shows its history)."""
    from prefect.artifacts import create_table_artifact

    try:
        create_table_artifact(table=table_rows(summary["sources"]), key=f"{kind}-run",
                              description=f"pactwatch {kind} {summary.get('started_at')} to "
                                          f"{summary.get('ended_at')}; {run_note(summary)}")
    except Exception:  # never fail a finished run over its report
        pass
