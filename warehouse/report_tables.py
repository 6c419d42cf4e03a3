"""The report tables of migration 0006: small derived tables the report views read, kept up to date by each load
in its own transaction (issue 7: each view <= 200 ms on a million records).

A load refreshes only what its changed records touch (their event names, party pairs, actors, sources), reading
the old values of what changed from the TEMP tables _pw_old_<table> / _pw_new_<table> the loader leaves. While it
works, report_state.sig is NULL, so the *_live views of 0006 compute from the public relations; at the end the
signature of the record tables is stored and the public views read the derived tables again.
"""
from __future__ import annotations

import pyarrow as pa

from warehouse.db import _registered

_PAIRS = """WITH p AS (SELECT agreement_id, year, unnest(list_distinct(parties)) AS party
                       FROM report_agreement_rows WHERE {where})
    SELECT a.agreement_id, a.party, b.party, a.year FROM p a
    JOIN p b ON a.agreement_id = b.agreement_id AND a.party < b.party"""
_PAIR_ROWS = """SELECT party_a, party_b, count(*) AS agreements, min(year) AS first_year, max(year) AS last_year,
           list(agreement_id ORDER BY agreement_id) AS agreement_ids
    FROM report_agreement_pairs WHERE {where} GROUP BY party_a, party_b"""
_AGREEMENT_ROWS = """SELECT a.agreement_id, a.agreement_type, a.title, a.signed_on, a.signed_on_precision, a.city,
           a.country, a.event_name, a.parties, a.topics, a.source_urls, e.start_on AS event_on,
           coalesce(year(a.signed_on), year(e.start_on)) AS year,
           CASE WHEN a.signed_on IS NOT NULL THEN 'signed_on' WHEN e.start_on IS NOT NULL THEN 'event' END,
           len(a.source_urls), a.first_seen_at
    FROM agreements a LEFT JOIN report_event_dates e ON e.name = a.event_name WHERE {where}"""
_EVENT_DATES = """SELECT name, min(start_on) FROM events WHERE start_on IS NOT NULL AND {where}
    GROUP BY name HAVING count(DISTINCT start_on) = 1"""
_EVENT_ROWS = """WITH ag AS (
        SELECT event_name, count(*) AS agreements,
               list(coalesce(title, agreement_type || ': ' || array_to_string(parties, ', '))
                    ORDER BY signed_on NULLS LAST, agreement_id) AS signed
        FROM agreements WHERE event_name IS NOT NULL AND {ag} GROUP BY event_name
    ), cm AS (
        SELECT event_name, count(*) AS commitments,
               list(actor || ': ' || commitment_type || coalesce(' ' || target_year, '')
                    ORDER BY actor, commitment_type, target_year) AS pledged
        FROM commitments WHERE event_name IS NOT NULL AND {cm} GROUP BY event_name
    )
    SELECT e.event_id, e.name, e.start_on, e.end_on, e.city, e.country,
           coalesce(ag.agreements, 0), coalesce(cm.commitments, 0), coalesce(ag.signed, []), coalesce(cm.pledged, []),
           len(e.source_urls)
    FROM events e LEFT JOIN ag ON ag.event_name = e.name LEFT JOIN cm ON cm.event_name = e.name WHERE {ev}"""
# report_event_rows is stored in the order report_event_outcomes shows (0008), ties broken by event_id; _EVENT_KEY
# compares rows in that order without NULLs (a row value, so `>` is "comes after").
_EVENT_ORDER = "start_on NULLS LAST, name NULLS LAST, event_id"
_EVENT_KEY = "row(start_on IS NULL, coalesce(start_on, DATE '1970-01-01'), name IS NULL, coalesce(name, ''), event_id)"
_RECORD_SOURCES = """SELECT DISTINCT ev.record_type, ev.record_id, p.source, r.first_seen_at
    FROM evidence ev JOIN pages p ON p.url = ev.url
    JOIN (SELECT 'event' AS record_type, event_id AS record_id, first_seen_at FROM events
          UNION ALL SELECT 'agreement', agreement_id, first_seen_at FROM agreements
          UNION ALL SELECT 'commitment', commitment_id, first_seen_at FROM commitments) r
      ON r.record_type = ev.record_type AND r.record_id = ev.record_id WHERE {where}"""
_SOURCE_ROWS = """SELECT pg.source, pg.articles, pg.languages, coalesce(ps.records, 0), pg.last_published,
           pg.last_fetched, pg.last_new_article, ps.last_new_record
    FROM (SELECT source, count(*) AS articles, list(DISTINCT language ORDER BY language) AS languages,
                 max(published_on) AS last_published, max(fetched_at) AS last_fetched,
                 max(first_seen_at) AS last_new_article FROM pages WHERE {where} GROUP BY source) pg
    LEFT JOIN (SELECT source, count(*) AS records, max(first_seen_at) AS last_new_record
               FROM report_record_sources WHERE {where} GROUP BY source) ps ON ps.source = pg.source"""
TABLES = ("report_event_dates", "report_agreement_rows", "report_agreement_pairs", "report_pairs",
          "report_actor_rows", "report_event_rows", "report_record_sources", "report_source_rows")


def refresh(con, urls: list[str], old_sources: list[str], full: bool) -> None:
    """Bring the report tables up to date after a load (everything when `full`)."""
    con.execute("UPDATE report_state SET sig = NULL").fetchall()
    if full:
        _rebuild(con)
    else:
        with _registered(con, pa.table({"url": pa.array(urls, pa.string())})) as u:
            _update(con, u, old_sources)
    con.execute("UPDATE report_state SET sig = report_sig()").fetchall()


def rebuild(con) -> None:
    """Recompute every report table (for a warehouse written by other means than a load)."""
    con.execute("UPDATE report_state SET sig = NULL").fetchall()
    _rebuild(con)
    con.execute("UPDATE report_state SET sig = report_sig()").fetchall()


def _rebuild(con) -> None:
    for t in TABLES:
        con.execute(f"DELETE FROM {t}").fetchall()
    con.execute(f"INSERT INTO report_event_dates {_EVENT_DATES.format(where='TRUE')}").fetchall()
    con.execute(f"INSERT INTO report_agreement_rows {_AGREEMENT_ROWS.format(where='TRUE')}").fetchall()
    con.execute(f"INSERT INTO report_agreement_pairs {_PAIRS.format(where='TRUE')}").fetchall()
    con.execute(f"INSERT INTO report_pairs {_PAIR_ROWS.format(where='TRUE')}").fetchall()
    con.execute("INSERT INTO report_actor_rows SELECT * FROM report_commitments_by_actor_live").fetchall()
    con.execute(f"INSERT INTO report_event_rows SELECT * FROM ({_EVENT_ROWS.format(ag='TRUE', cm='TRUE', ev='TRUE')})"
                f" ORDER BY {_EVENT_ORDER}").fetchall()
    con.execute(f"INSERT INTO report_record_sources {_RECORD_SOURCES.format(where='TRUE')}").fetchall()
    con.execute(f"INSERT INTO report_source_rows {_SOURCE_ROWS.format(where='TRUE')}").fetchall()


def _update(con, urls: str, old_sources: list[str]) -> None:
    def x(sql: str) -> None:
        con.execute(sql).fetchall()
    # event names whose outcomes may change; of those, names whose date (an agreement's year) changed
    x("""CREATE OR REPLACE TEMP TABLE _pw_names AS
        SELECT name FROM _pw_old_events UNION SELECT name FROM events WHERE event_id IN (SELECT id FROM _pw_new_events)
        UNION SELECT event_name FROM _pw_old_agreements
        UNION SELECT event_name FROM agreements WHERE agreement_id IN (SELECT id FROM _pw_new_agreements)
        UNION SELECT event_name FROM _pw_old_commitments
        UNION SELECT event_name FROM commitments WHERE commitment_id IN (SELECT id FROM _pw_new_commitments)""")
    x("DELETE FROM _pw_names WHERE name IS NULL")
    named = "name IN (SELECT name FROM _pw_names)"
    x(f"""CREATE OR REPLACE TEMP TABLE _pw_dates AS
        (SELECT * FROM report_event_dates WHERE {named} EXCEPT {_EVENT_DATES.format(where=named)})
        UNION ({_EVENT_DATES.format(where=named)} EXCEPT SELECT * FROM report_event_dates WHERE {named})""")
    x(f"DELETE FROM report_event_dates WHERE {named}")
    x(f"INSERT INTO report_event_dates {_EVENT_DATES.format(where=named)}")
    # agreements: rows and party pairs
    x("""CREATE OR REPLACE TEMP TABLE _pw_ag AS
        SELECT agreement_id AS id FROM _pw_old_agreements UNION SELECT id FROM _pw_new_agreements
        UNION SELECT agreement_id FROM agreements WHERE event_name IN (SELECT name FROM _pw_dates)""")
    ag = "agreement_id IN (SELECT id FROM _pw_ag)"
    x(f"""CREATE OR REPLACE TEMP TABLE _pw_pairs AS SELECT DISTINCT party_a, party_b FROM report_agreement_pairs
        WHERE {ag}""")
    x(f"DELETE FROM report_agreement_rows WHERE {ag}")
    x(f"DELETE FROM report_agreement_pairs WHERE {ag}")
    x(f"INSERT INTO report_agreement_rows {_AGREEMENT_ROWS.format(where='a.' + ag)}")
    x(f"INSERT INTO report_agreement_pairs {_PAIRS.format(where=ag)}")
    x(f"INSERT INTO _pw_pairs SELECT party_a, party_b FROM report_agreement_pairs WHERE {ag}")
    pairs = "(party_a, party_b) IN (SELECT (party_a, party_b) FROM _pw_pairs)"
    x(f"DELETE FROM report_pairs WHERE {pairs}")
    x(f"INSERT INTO report_pairs {_PAIR_ROWS.format(where=pairs)}")
    # commitments by actor, event outcomes
    x("""CREATE OR REPLACE TEMP TABLE _pw_actors AS SELECT actor FROM _pw_old_commitments
        UNION SELECT actor FROM commitments WHERE commitment_id IN (SELECT id FROM _pw_new_commitments)""")
    actors = "actor IN (SELECT actor FROM _pw_actors)"
    x(f"DELETE FROM report_actor_rows WHERE {actors}")
    x(f"INSERT INTO report_actor_rows SELECT * FROM report_commitments_by_actor_live WHERE {actors}")
    _update_event_rows(con, named)
    # sources: records of what changed and of the loaded pages, then per-source figures
    x(f"""CREATE OR REPLACE TEMP TABLE _pw_recs AS
        SELECT 'event' AS record_type, event_id AS record_id FROM _pw_old_events
        UNION SELECT 'event', id FROM _pw_new_events
        UNION SELECT 'agreement', agreement_id FROM _pw_old_agreements
        UNION SELECT 'agreement', id FROM _pw_new_agreements
        UNION SELECT 'commitment', commitment_id FROM _pw_old_commitments
        UNION SELECT 'commitment', id FROM _pw_new_commitments
        UNION SELECT record_type, record_id FROM evidence WHERE url IN (SELECT url FROM {urls})""")
    recs = "(record_type, record_id) IN (SELECT (record_type, record_id) FROM _pw_recs)"
    with _registered(con, pa.table({"source": pa.array(old_sources, pa.string())})) as s:
        x(f"""CREATE OR REPLACE TEMP TABLE _pw_sources AS SELECT source FROM report_record_sources WHERE {recs}
            UNION SELECT source FROM pages WHERE url IN (SELECT url FROM {urls}) UNION SELECT source FROM {s}""")
    x(f"DELETE FROM report_record_sources WHERE {recs}")
    changed = "(ev.record_type, ev.record_id) IN (SELECT (record_type, record_id) FROM _pw_recs)"
    x(f"INSERT INTO report_record_sources {_RECORD_SOURCES.format(where=changed)}")
    x("INSERT INTO _pw_sources SELECT source FROM report_record_sources WHERE (record_type, record_id) IN "
      "(SELECT (record_type, record_id) FROM _pw_recs)")
    sources = "source IN (SELECT source FROM _pw_sources)"
    x(f"DELETE FROM report_source_rows WHERE {sources}")
    x(f"INSERT INTO report_source_rows {_SOURCE_ROWS.format(where=sources)}")


def _update_event_rows(con, named: str) -> None:
    """Replace the event rows of the changed names, keeping the table in view order (0008).

    Appended rows land after the stored ones, so the stored rows that sort after the first new row are moved
    along with the new rows, all in order: a batch of recent events moves little, one of old events more.
    """
    def x(sql: str) -> None:
        con.execute(sql).fetchall()
    by_name = "event_name IN (SELECT name FROM _pw_names)"
    x(f"DELETE FROM report_event_rows WHERE {named}")
    x("CREATE OR REPLACE TEMP TABLE _pw_event_rows AS SELECT * FROM report_event_rows LIMIT 0")
    x(f"INSERT INTO _pw_event_rows {_EVENT_ROWS.format(ag=by_name, cm=by_name, ev='e.' + named)}")
    x(f"CREATE OR REPLACE TEMP TABLE _pw_event_first AS SELECT min({_EVENT_KEY}) AS k FROM _pw_event_rows")
    after = f"{_EVENT_KEY} > (SELECT k FROM _pw_event_first)"  # NULL (nothing moves) when no rows are new
    x(f"INSERT INTO _pw_event_rows SELECT * FROM report_event_rows WHERE {after}")
    x(f"DELETE FROM report_event_rows WHERE {after}")
    x(f"INSERT INTO report_event_rows SELECT * FROM _pw_event_rows ORDER BY {_EVENT_ORDER}")
