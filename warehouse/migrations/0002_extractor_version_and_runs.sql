-- 0002: provenance. Which extractor produced each page reading and record (so a new extractor version can
-- be rolled out with `reparse` and its effect measured), and one row per ingest run with per-source stats.

ALTER TABLE pages ADD COLUMN extractor_version VARCHAR;
ALTER TABLE events ADD COLUMN extractor_version VARCHAR;
ALTER TABLE agreements ADD COLUMN extractor_version VARCHAR;
ALTER TABLE commitments ADD COLUMN extractor_version VARCHAR;

CREATE TABLE ingest_runs (
    run_id VARCHAR PRIMARY KEY,
    flow_run_id VARCHAR,
    started_at TIMESTAMP,
    ended_at TIMESTAMP,
    status VARCHAR,
    -- {source: {pages_seen, pages_fetched, pages_unchanged, pages_failed, failures: {reason: n}}}
    source_stats JSON,
    -- {event|agreement|commitment: {new, updated, unchanged, removed}, mentions, duplicates_merged, articles}
    record_stats JSON,
    extractor_version VARCHAR
);
