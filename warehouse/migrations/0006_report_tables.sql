-- 0006: what lets a load touch only what its batch changes (issue 7).
-- 1. mention_links: each mention's blocking keys (party pairs, folded party sets, actor/type/year, the events it
--    names), so a load finds the stored mentions a batch can merge with without reading them all.
-- 2. report_* tables: small derived tables the load keeps up to date in its own transaction; the report views of
--    0004 keep their names and columns but read these. report_state holds the signature of the record tables the
--    derived tables were built from: when anything else wrote the tables (a test, an analyst's INSERT), the views
--    fall back to computing from the public relations, so they are never stale.
CREATE TABLE mention_links (link VARCHAR NOT NULL, mention_key VARCHAR NOT NULL);

-- 'full_resolution': the next load resolves everything (and rebuilds links); set when mentions predate 0006.
-- 'resolver <hash>': the matching rules the records were resolved with (another hash: the next load is full).
CREATE TABLE warehouse_flags (name VARCHAR PRIMARY KEY);
INSERT INTO warehouse_flags SELECT 'full_resolution' WHERE EXISTS (SELECT 1 FROM mentions);

CREATE TABLE report_state (sig VARCHAR);
INSERT INTO report_state VALUES (NULL);

CREATE MACRO report_sig() AS (
    SELECT concat_ws('|', (SELECT count(*) || ',' || coalesce(max(updated_at)::VARCHAR, '') FROM events),
                          (SELECT count(*) || ',' || coalesce(max(updated_at)::VARCHAR, '') FROM agreements),
                          (SELECT count(*) || ',' || coalesce(max(updated_at)::VARCHAR, '') FROM commitments),
                          (SELECT count(*) FROM evidence),
                          (SELECT count(*) || ',' || coalesce(max(fetched_at)::VARCHAR, '') FROM pages)));
CREATE MACRO report_fresh() AS ((SELECT sig FROM report_state) IS NOT DISTINCT FROM report_sig());

-- The year each event name dates an agreement by (names with one start date).
CREATE TABLE report_event_dates (name VARCHAR, start_on DATE);

-- report_agreements, one row per agreement, as 0004 computes it.
CREATE TABLE report_agreement_rows AS SELECT * FROM report_agreements LIMIT 0;
-- Each pair of parties of each agreement, and per pair what report_partner_network shows.
CREATE TABLE report_agreement_pairs (agreement_id VARCHAR, party_a VARCHAR, party_b VARCHAR, year BIGINT);
CREATE TABLE report_pairs AS SELECT * FROM report_partner_network LIMIT 0;
CREATE TABLE report_actor_rows AS SELECT * FROM report_commitments_by_actor LIMIT 0;
CREATE TABLE report_event_rows AS SELECT * FROM report_event_outcomes LIMIT 0;
-- Per record and source its articles come from; per source what report_source_coverage shows.
CREATE TABLE report_record_sources (record_type VARCHAR, record_id VARCHAR, source VARCHAR,
                                    first_seen_at TIMESTAMP);
CREATE TABLE report_source_rows AS SELECT * FROM report_source_coverage LIMIT 0;

-- The live definitions of 0004 (for the fallback, and what the load refreshes the derived tables from), reading
-- the public relations only when the derived tables are stale, so a fresh read does not pay for them.
CREATE VIEW report_live_events AS SELECT * FROM events WHERE NOT report_fresh();
CREATE VIEW report_live_agreements AS SELECT * FROM agreements WHERE NOT report_fresh();
CREATE VIEW report_live_commitments AS SELECT * FROM commitments WHERE NOT report_fresh();
CREATE VIEW report_live_evidence AS SELECT * FROM evidence WHERE NOT report_fresh();
CREATE VIEW report_live_pages AS SELECT * FROM pages WHERE NOT report_fresh();

CREATE VIEW report_agreements_live AS
WITH event_dates AS (
    SELECT name, min(start_on) AS start_on
    FROM report_live_events
    WHERE start_on IS NOT NULL
    GROUP BY name
    HAVING count(DISTINCT start_on) = 1
)
SELECT a.agreement_id, a.agreement_type, a.title, a.signed_on, a.signed_on_precision, a.city, a.country,
       a.event_name, a.parties, a.topics, a.source_urls,
       e.start_on AS event_on,
       coalesce(year(a.signed_on), year(e.start_on)) AS year,
       CASE WHEN a.signed_on IS NOT NULL THEN 'signed_on' WHEN e.start_on IS NOT NULL THEN 'event' END AS year_source,
       len(a.source_urls) AS reports,
       a.first_seen_at
FROM report_live_agreements a
LEFT JOIN event_dates e ON e.name = a.event_name;

CREATE VIEW report_partner_network_live AS
WITH p AS (
    SELECT agreement_id, year, unnest(list_distinct(parties)) AS party
    FROM report_agreements_live
)
SELECT a.party AS party_a, b.party AS party_b,
       count(*) AS agreements,
       min(a.year) AS first_year, max(a.year) AS last_year,
       list(a.agreement_id ORDER BY a.agreement_id) AS agreement_ids
FROM p a
JOIN p b ON a.agreement_id = b.agreement_id AND a.party < b.party
GROUP BY a.party, b.party
ORDER BY agreements DESC, party_a, party_b;

CREATE VIEW report_commitments_by_actor_live AS
SELECT actor,
       count(*) AS commitments,
       min(target_year) FILTER (WHERE commitment_type = 'emissions_peak') AS peak_year,
       string_agg(
           CASE WHEN reduction_pct_min IS NULL AND reduction_pct_max IS NULL THEN 'reduction'
                WHEN reduction_pct_max IS NULL OR reduction_pct_min = reduction_pct_max
                    THEN printf('%g%%', coalesce(reduction_pct_min, reduction_pct_max))
                WHEN reduction_pct_min IS NULL THEN printf('up to %g%%', reduction_pct_max)
                ELSE printf('%g-%g%%', reduction_pct_min, reduction_pct_max) END
           || CASE WHEN base_year IS NOT NULL THEN printf(' below %d', base_year) ELSE '' END
           || CASE WHEN target_year IS NOT NULL THEN printf(' by %d', target_year) ELSE '' END,
           '; ' ORDER BY target_year NULLS LAST, reduction_pct_min
       ) FILTER (WHERE commitment_type = 'emissions_reduction') AS reduction_targets,
       min(target_year) FILTER (WHERE commitment_type = 'carbon_neutrality') AS neutrality_year,
       string_agg(printf('%g t/person', per_capita_t)
                  || CASE WHEN target_year IS NOT NULL THEN printf(' by %d', target_year) ELSE '' END,
                  '; ' ORDER BY target_year NULLS LAST) FILTER (WHERE commitment_type = 'per_capita_limit')
           AS per_capita_limits,
       string_agg(printf('%g%%', share_pct)
                  || CASE WHEN target_year IS NOT NULL THEN printf(' by %d', target_year) ELSE '' END,
                  '; ' ORDER BY target_year NULLS LAST)
           FILTER (WHERE commitment_type = 'renewable_share' AND share_pct IS NOT NULL) AS renewable_shares,
       count(*) FILTER (WHERE commitment_type = 'other') AS other_commitments,
       list(DISTINCT event_name) FILTER (WHERE event_name IS NOT NULL) AS events
FROM report_live_commitments
GROUP BY actor
ORDER BY commitments DESC, actor;

CREATE VIEW report_event_outcomes_live AS
WITH ag AS (
    SELECT event_name, count(*) AS agreements,
           list(coalesce(title, agreement_type || ': ' || array_to_string(parties, ', '))
                ORDER BY signed_on NULLS LAST, agreement_id) AS signed
    FROM report_live_agreements WHERE event_name IS NOT NULL GROUP BY event_name
), cm AS (
    SELECT event_name, count(*) AS commitments,
           list(actor || ': ' || commitment_type || coalesce(' ' || target_year, '')
                ORDER BY actor, commitment_type, target_year) AS pledged
    FROM report_live_commitments WHERE event_name IS NOT NULL GROUP BY event_name
)
SELECT e.event_id, e.name, e.start_on, e.end_on, e.city, e.country,
       coalesce(ag.agreements, 0) AS agreements, coalesce(cm.commitments, 0) AS commitments,
       coalesce(ag.signed, []) AS signed, coalesce(cm.pledged, []) AS pledged,
       len(e.source_urls) AS reports
FROM report_live_events e
LEFT JOIN ag ON ag.event_name = e.name
LEFT JOIN cm ON cm.event_name = e.name
ORDER BY e.start_on NULLS LAST, e.name;

CREATE VIEW report_source_coverage_live AS
WITH recs AS (
    SELECT 'event' AS record_type, event_id AS record_id, first_seen_at FROM report_live_events
    UNION ALL SELECT 'agreement', agreement_id, first_seen_at FROM report_live_agreements
    UNION ALL SELECT 'commitment', commitment_id, first_seen_at FROM report_live_commitments
), per_source AS (
    SELECT p.source, count(DISTINCT (ev.record_type, ev.record_id)) AS records,
           max(r.first_seen_at) AS last_new_record
    FROM report_live_evidence ev
    JOIN report_live_pages p ON p.url = ev.url
    JOIN recs r ON r.record_type = ev.record_type AND r.record_id = ev.record_id
    GROUP BY p.source
), pg AS (
    SELECT source, count(*) AS articles, list(DISTINCT language ORDER BY language) AS languages,
           max(published_on) AS last_published, max(fetched_at) AS last_fetched,
           max(first_seen_at) AS last_new_article
    FROM report_live_pages GROUP BY source
)
SELECT pg.source, pg.articles, pg.languages, coalesce(ps.records, 0) AS records,
       pg.last_published, pg.last_fetched, pg.last_new_article, ps.last_new_record
FROM pg
LEFT JOIN per_source ps ON ps.source = pg.source
ORDER BY pg.source;

DROP VIEW report_agreements_by_year;
DROP VIEW report_agreements;
DROP VIEW report_partner_network;
DROP VIEW report_commitments_by_actor;
DROP VIEW report_event_outcomes;
DROP VIEW report_source_coverage;

-- The public views: the derived tables when they are fresh, else the live definitions.
CREATE VIEW report_agreements AS
SELECT * FROM report_agreement_rows WHERE report_fresh()
UNION ALL SELECT * FROM report_agreements_live WHERE NOT report_fresh();

CREATE VIEW report_partner_network AS
SELECT * FROM (SELECT * FROM report_pairs WHERE report_fresh()
               UNION ALL SELECT * FROM report_partner_network_live WHERE NOT report_fresh())
ORDER BY agreements DESC, party_a, party_b;

CREATE VIEW report_commitments_by_actor AS
SELECT * FROM (SELECT * FROM report_actor_rows WHERE report_fresh()
               UNION ALL SELECT * FROM report_commitments_by_actor_live WHERE NOT report_fresh())
ORDER BY commitments DESC, actor;

CREATE VIEW report_event_outcomes AS
SELECT * FROM (SELECT * FROM report_event_rows WHERE report_fresh()
               UNION ALL SELECT * FROM report_event_outcomes_live WHERE NOT report_fresh())
ORDER BY start_on NULLS LAST, name;

CREATE VIEW report_source_coverage AS
SELECT * FROM (SELECT * FROM report_source_rows WHERE report_fresh()
               UNION ALL SELECT * FROM report_source_coverage_live WHERE NOT report_fresh())
ORDER BY source;

CREATE VIEW report_agreements_by_year AS
SELECT year, agreement_type, count(*) AS agreements, sum(reports)::BIGINT AS reports,
       count(*) FILTER (WHERE year_source = 'event') AS dated_by_event
FROM report_agreements
GROUP BY year, agreement_type
ORDER BY year NULLS LAST, agreement_type;
