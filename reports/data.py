"""What a report shows, read from the warehouse with parameterised SQL over the report views.

Every list is capped (the newest first) so a report of a million-record warehouse stays a page a person can
open; `totals` says how many there are in all. Scraped strings only ever travel as query results or bound
parameters, never as SQL text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import duckdb
import pyarrow as pa

MAX_ROWS = 500       # records per table in the HTML report
MAX_NODES = 40       # parties in the network graph
MAX_TIMELINE = 60    # records on the timeline


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    """Run a query and return its rows as dicts."""
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


@dataclass
class ReportData:
    generated_at: datetime
    warehouse: str
    totals: dict[str, int]
    last_run: dict | None
    agreements: list[dict]
    events: list[dict]
    commitments: list[dict]
    by_actor: list[dict]
    by_year: list[dict]
    nodes: list[dict]
    edges: list[dict]
    places: list[dict]
    sources: list[dict]
    evidence: dict[tuple[str, str], list[dict]] = field(default_factory=dict)


def totals(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Headline counts."""
    return rows(con, """SELECT
        (SELECT count(*) FROM pages) AS articles,
        (SELECT count(DISTINCT source) FROM pages) AS sources,
        (SELECT count(*) FROM events) AS events,
        (SELECT count(*) FROM agreements) AS agreements,
        (SELECT count(*) FROM commitments) AS commitments,
        (SELECT count(*) FROM evidence) AS evidence,
        (SELECT count(DISTINCT p) FROM (SELECT unnest(parties) AS p FROM agreements)) AS parties""")[0]


def last_run(con: duckdb.DuckDBPyConnection) -> dict | None:
    """The latest ingest run (start, end, status), if any."""
    got = rows(con, "SELECT started_at, ended_at, status FROM ingest_runs ORDER BY started_at DESC LIMIT 1")
    return got[0] if got else None


def agreements(con, limit: int = MAX_ROWS) -> list[dict]:
    """Agreements, newest first (signing date, else the date of the event they were signed at)."""
    return rows(con, """SELECT agreement_id, agreement_type, title, signed_on, signed_on_precision, city, country,
               event_name, parties, topics, source_urls, event_on, year, year_source, first_seen_at
        FROM report_agreements
        ORDER BY coalesce(signed_on, event_on) DESC NULLS LAST, agreement_id LIMIT ?""", [limit])


def events(con, limit: int = MAX_ROWS) -> list[dict]:
    """Events with what was signed or pledged there, newest first."""
    return rows(con, """SELECT o.*, e.source_urls FROM report_event_outcomes o JOIN events e USING (event_id)
        ORDER BY o.start_on DESC NULLS LAST, o.name LIMIT ?""", [limit])


def commitments(con, limit: int = MAX_ROWS) -> list[dict]:
    """Commitments by actor and kind."""
    return rows(con, """SELECT commitment_id, actor, commitment_type, target_year, base_year, reduction_pct_min,
               reduction_pct_max, per_capita_t, share_pct, event_name, source_urls, first_seen_at
        FROM commitments ORDER BY actor, commitment_type, target_year NULLS LAST, commitment_id LIMIT ?""", [limit])


def network(con, max_nodes: int = MAX_NODES) -> tuple[list[dict], list[dict]]:
    """The parties with the most agreements (nodes) and the pairs among them (edges)."""
    nodes = rows(con, """SELECT party, count(*) AS agreements
        FROM (SELECT unnest(list_distinct(parties)) AS party FROM agreements)
        GROUP BY party ORDER BY agreements DESC, party LIMIT ?""", [max_nodes])
    if not nodes:
        return [], []
    con.register("_pw_nodes", pa.table({"party": [n["party"] for n in nodes]}))
    try:
        edges = rows(con, """SELECT party_a, party_b, agreements, first_year, last_year FROM report_partner_network
            WHERE party_a IN (SELECT party FROM _pw_nodes) AND party_b IN (SELECT party FROM _pw_nodes)""")
    finally:
        con.unregister("_pw_nodes")
    return nodes, edges


def places(con) -> list[dict]:
    """Names of the places involved: where agreements were signed and events held, and parties (which may be
    cities), with how many records name them; coordinates are added from the gazetteer by the caller."""
    return rows(con, """SELECT name, sum(signed) AS signed_here, sum(held) AS held_here, sum(party) AS as_party
        FROM (SELECT city AS name, 1 AS signed, 0 AS held, 0 AS party FROM agreements WHERE city IS NOT NULL
              UNION ALL SELECT city, 0, 1, 0 FROM events WHERE city IS NOT NULL
              UNION ALL SELECT unnest(list_distinct(parties)), 0, 0, 1 FROM agreements)
        GROUP BY name ORDER BY name""")


def evidence_for(con, keys: list[tuple[str, str]]) -> dict[tuple[str, str], list[dict]]:
    """Evidence of the given records: article URL, its title, source and language, and the quoted sentence."""
    out: dict[tuple[str, str], list[dict]] = {k: [] for k in keys}
    if not keys:
        return out
    con.register("_pw_keys", pa.table({"record_type": [k[0] for k in keys], "record_id": [k[1] for k in keys]}))
    try:
        got = rows(con, """SELECT e.record_type, e.record_id, e.url, e.quote, p.title, p.source, p.language,
                   p.published_on
            FROM evidence e JOIN _pw_keys k USING (record_type, record_id) LEFT JOIN pages p ON p.url = e.url
            ORDER BY e.record_type, e.record_id, p.published_on NULLS LAST, e.url, e.quote""")
    finally:
        con.unregister("_pw_keys")
    for r in got:
        out[(r["record_type"], r["record_id"])].append(r)
    return out


def load(con: duckdb.DuckDBPyConnection, warehouse: str, now: datetime, limit: int = MAX_ROWS) -> ReportData:
    """Everything the HTML report shows."""
    ags, evs, cms = agreements(con, limit), events(con, limit), commitments(con, limit)
    nodes, edges = network(con)
    keys = ([("agreement", a["agreement_id"]) for a in ags] + [("event", e["event_id"]) for e in evs]
            + [("commitment", c["commitment_id"]) for c in cms])
    return ReportData(
        generated_at=now, warehouse=warehouse, totals=totals(con), last_run=last_run(con),
        agreements=ags, events=evs, commitments=cms,
        by_actor=rows(con, "SELECT * FROM report_commitments_by_actor LIMIT ?", [limit]),
        by_year=rows(con, "SELECT * FROM report_agreements_by_year"),
        nodes=nodes, edges=edges, places=places(con),
        sources=rows(con, "SELECT * FROM report_source_coverage"),
        evidence=evidence_for(con, keys),
    )


def new_since(con, since: datetime | None, limit: int = 200) -> dict[str, Any]:
    """Records first seen after `since` (all of them when None): counts per relation, and the newest
    agreements and commitments themselves (at most `limit` each)."""
    cond, params = ("first_seen_at > ?", [since]) if since else ("true", [])
    counts = rows(con, f"""SELECT
        (SELECT count(*) FROM events WHERE {cond}) AS events,
        (SELECT count(*) FROM agreements WHERE {cond}) AS agreements,
        (SELECT count(*) FROM commitments WHERE {cond}) AS commitments,
        (SELECT count(*) FROM pages WHERE {cond}) AS articles""", params * 4)[0]
    ags = rows(con, f"""SELECT agreement_id, agreement_type, title, signed_on, event_name, parties, source_urls
        FROM report_agreements WHERE {cond} ORDER BY first_seen_at DESC, agreement_id LIMIT ?""", params + [limit])
    cms = rows(con, f"""SELECT commitment_id, actor, commitment_type, target_year, base_year, reduction_pct_min,
               reduction_pct_max, per_capita_t, share_pct, event_name, source_urls
        FROM commitments WHERE {cond} ORDER BY first_seen_at DESC, commitment_id LIMIT ?""", params + [limit])
    watermark = rows(con, """SELECT max(t) AS t FROM (SELECT max(first_seen_at) AS t FROM events
        UNION ALL SELECT max(first_seen_at) FROM agreements UNION ALL SELECT max(first_seen_at) FROM commitments
        UNION ALL SELECT max(first_seen_at) FROM pages)""")[0]["t"]
    return {"counts": counts, "agreements": ags, "commitments": cms, "watermark": watermark}
