"""The report flow (deployed to run after ingest): writes the HTML report and publishes Prefect artifacts.

Artifacts have stable keys, so each run adds a version to the same history: `pactwatch-report` (markdown:
headline figures and what is new since the previous report), `pactwatch-new-agreements` and
`pactwatch-new-commitments` (tables). "Since the previous report" is a watermark (the newest `first_seen_at`
the last report saw) kept in a Prefect Variable per warehouse path; the warehouse itself is only read.
"""
from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.variables import Variable

SUMMARY_KEY = "pactwatch-report"
AGREEMENTS_KEY = "pactwatch-new-agreements"
COMMITMENTS_KEY = "pactwatch-new-commitments"
MAX_TABLE_ROWS = 200


def watermark_variable(db: str) -> str:
    """The Prefect Variable holding the last report's watermark for this warehouse path."""
    return "pactwatch_report_since_" + hashlib.sha256(str(Path(db).resolve()).encode()).hexdigest()[:12]


def default_out(db: str) -> Path:
    """`<dir>/<name>.report.html` next to the warehouse."""
    p = Path(db)
    return p.with_name((p.stem if p.suffix == ".duckdb" else p.name) + ".report.html")


@task(cache_policy=NO_CACHE)
def build_html(db: str, out: str) -> dict:
    """Write the HTML report; return its headline totals and last ingest run."""
    from reports.html import build_report

    path, data = build_report(db, out)
    return {"path": str(path), "totals": data.totals, "last_run": data.last_run}


@task(cache_policy=NO_CACHE)
def read_new(db: str, since: datetime | None) -> dict:
    """Records first seen after the watermark, read-only."""
    from reports.data import new_since
    from reports.opening import open_read_only

    opened = open_read_only(db)
    try:
        return new_since(opened.con, since, limit=MAX_TABLE_ROWS)
    finally:
        opened.close()


def _since_text(since: datetime | None) -> str:
    return f"since the previous report (records first seen after {since:%Y-%m-%d %H:%M:%S} UTC)" if since \
        else "in this first report (everything is new)"


def summary_markdown(db: str, built: dict, new: dict, since: datetime | None) -> str:
    """Headline figures and what is new, as markdown (names are escaped for markdown tables)."""
    t, n, run = built["totals"], new["counts"], built["last_run"]
    lines = [f"# pactwatch report: `{Path(db).name}`", ""]
    if run:
        lines.append(f"Last ingest run: {run['ended_at']:%Y-%m-%d %H:%M} UTC ({run['status']}).")
    lines += ["", f"New {_since_text(since)}:", "", "| | total | new |", "|---|---:|---:|"]
    for key in ("agreements", "commitments", "events", "articles"):
        lines.append(f"| {key} | {t[key]} | {n[key]} |")
    lines += ["", f"Parties: {t['parties']}; sources: {t['sources']}; pieces of evidence: {t['evidence']}.", ""]
    if new["agreements"]:
        lines.append("New agreements:")
        for a in new["agreements"][:10]:
            what = a["title"] or f"{a['agreement_type']}: " + ", ".join(a["parties"] or [])
            lines.append(f"- {_md(what)} ({a['signed_on'] or 'undated'})")
        lines.append("")
    lines.append(f"HTML report: `{built['path']}`")
    return "\n".join(lines)


def _md(s: str) -> str:
    """Scraped text in markdown: no markup, no table breaks."""
    out = s.replace("\\", "\\\\")
    for ch in "`*_[]<>|#!":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _agreement_rows(rows: list[dict]) -> list[dict]:
    return [{"agreement_id": a["agreement_id"], "type": a["agreement_type"], "title": _md(a["title"] or ""),
             "signed_on": str(a["signed_on"] or ""), "event": _md(a["event_name"] or ""),
             "parties": _md("; ".join(a["parties"] or [])), "source": (a["source_urls"] or [""])[0]} for a in rows]


def _commitment_rows(rows: list[dict]) -> list[dict]:
    from reports.html import describe_commitment

    return [{"commitment_id": c["commitment_id"], "actor": _md(c["actor"] or ""), "type": c["commitment_type"],
             "commitment": _md(describe_commitment(c)), "event": _md(c["event_name"] or ""),
             "source": (c["source_urls"] or [""])[0]} for c in rows]


@flow(name="report", log_prints=False)
def report(db: str = "pactwatch.duckdb", out: str | None = None) -> dict:
    """Write the HTML report of `db` to `out` (default `<name>.report.html`) and publish the artifacts."""
    log = get_run_logger()
    out = out or str(default_out(db))
    var = watermark_variable(db)
    stored = Variable.get(var, default=None)
    since = datetime.fromisoformat(stored) if stored else None
    built = build_html(db, out)
    new = read_new(db, since)
    create_markdown_artifact(summary_markdown(db, built, new, since), key=SUMMARY_KEY,
                             description=f"pactwatch report of {Path(db).name}")
    create_table_artifact(_agreement_rows(new["agreements"]), key=AGREEMENTS_KEY,
                          description=f"agreements new {_since_text(since)}")
    create_table_artifact(_commitment_rows(new["commitments"]), key=COMMITMENTS_KEY,
                          description=f"commitments new {_since_text(since)}")
    if new["watermark"] is not None:
        Variable.set(var, new["watermark"].isoformat(), overwrite=True)
    log.info("report written to %s; new: %s", out, new["counts"])
    return {"out": out, "totals": built["totals"], "new": new["counts"],
            "since": since.isoformat() if since else None}
