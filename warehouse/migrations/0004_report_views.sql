-- 0004: report-ready views (issue 6). Read-only summaries of the public relations that analysts and the HTML
-- report query. All set-based (joins and grouped aggregates, no correlated subqueries) so they stay fast on
-- millions of records. An agreement's year is its signing year, else the year of the event it was signed at
-- when events of that name have one start date (year_source says which; NULL stays NULL, never a guess).

-- One row per agreement, with the year used by the other views.
CREATE VIEW report_agreements AS
WITH event_dates AS (
    SELECT name, min(start_on) AS start_on
    FROM events
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
FROM agreements a
LEFT JOIN event_dates e ON e.name = a.event_name;

-- Agreements by year and type (year NULL: the texts do not date them).
CREATE VIEW report_agreements_by_year AS
SELECT year, agreement_type, count(*) AS agreements, sum(reports)::BIGINT AS reports,
       count(*) FILTER (WHERE year_source = 'event') AS dated_by_event
FROM report_agreements
GROUP BY year, agreement_type
ORDER BY year NULLS LAST, agreement_type;

-- The partner network: each pair of parties that signed something together (party_a < party_b).
CREATE VIEW report_partner_network AS
WITH p AS (
    SELECT agreement_id, year, unnest(list_distinct(parties)) AS party
    FROM report_agreements
)
SELECT a.party AS party_a, b.party AS party_b,
       count(*) AS agreements,
       min(a.year) AS first_year, max(a.year) AS last_year,
       list(a.agreement_id ORDER BY a.agreement_id) AS agreement_ids
FROM p a
JOIN p b ON a.agreement_id = b.agreement_id AND a.party < b.party
GROUP BY a.party, b.party
ORDER BY agreements DESC, party_a, party_b;

-- Commitments by actor, side by side: earliest peak year, reduction targets, neutrality, per-capita limits,
-- renewable shares (targets as text: "80-95% below 1990 by 2050").
CREATE VIEW report_commitments_by_actor AS
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
FROM commitments
GROUP BY actor
ORDER BY commitments DESC, actor;

-- Events with what was signed or pledged there (linked by event name).
CREATE VIEW report_event_outcomes AS
WITH ag AS (
    SELECT event_name, count(*) AS agreements,
           list(coalesce(title, agreement_type || ': ' || array_to_string(parties, ', '))
                ORDER BY signed_on NULLS LAST, agreement_id) AS signed
    FROM agreements WHERE event_name IS NOT NULL GROUP BY event_name
), cm AS (
    SELECT event_name, count(*) AS commitments,
           list(actor || ': ' || commitment_type || coalesce(' ' || target_year, '')
                ORDER BY actor, commitment_type, target_year) AS pledged
    FROM commitments WHERE event_name IS NOT NULL GROUP BY event_name
)
SELECT e.event_id, e.name, e.start_on, e.end_on, e.city, e.country,
       coalesce(ag.agreements, 0) AS agreements, coalesce(cm.commitments, 0) AS commitments,
       coalesce(ag.signed, []) AS signed, coalesce(cm.pledged, []) AS pledged,
       len(e.source_urls) AS reports
FROM events e
LEFT JOIN ag ON ag.event_name = e.name
LEFT JOIN cm ON cm.event_name = e.name
ORDER BY e.start_on NULLS LAST, e.name;

-- Source coverage and freshness: per source, articles, last fetch, newest page, and the last new record its
-- articles brought (a record counts for every source whose article is evidence for it).
CREATE VIEW report_source_coverage AS
WITH recs AS (
    SELECT 'event' AS record_type, event_id AS record_id, first_seen_at FROM events
    UNION ALL SELECT 'agreement', agreement_id, first_seen_at FROM agreements
    UNION ALL SELECT 'commitment', commitment_id, first_seen_at FROM commitments
), per_source AS (
    SELECT p.source, count(DISTINCT (ev.record_type, ev.record_id)) AS records,
           max(r.first_seen_at) AS last_new_record
    FROM evidence ev
    JOIN pages p ON p.url = ev.url
    JOIN recs r ON r.record_type = ev.record_type AND r.record_id = ev.record_id
    GROUP BY p.source
), pg AS (
    SELECT source, count(*) AS articles, list(DISTINCT language ORDER BY language) AS languages,
           max(published_on) AS last_published, max(fetched_at) AS last_fetched,
           max(first_seen_at) AS last_new_article
    FROM pages GROUP BY source
)
SELECT pg.source, pg.articles, pg.languages, coalesce(ps.records, 0) AS records,
       pg.last_published, pg.last_fetched, pg.last_new_article, ps.last_new_record
FROM pg
LEFT JOIN per_source ps ON ps.source = pg.source
ORDER BY pg.source;
