-- 0001: the first schema. Internal tables (pages, raw_pages, mentions) feed the public relations of
-- /work/shared/spec/RECORDS.md: the articles view and the events/agreements/commitments/evidence tables.

-- One row per distinct fetched page, as read (the articles view shows the public columns).
CREATE TABLE pages (
    url VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    title VARCHAR,
    published_on DATE,
    language VARCHAR,
    text VARCHAR,
    content_sha256 VARCHAR,
    fetched_at TIMESTAMP,
    first_seen_at TIMESTAMP NOT NULL
);

-- The raw HTTP response, gzip-compressed, so pages can be re-read (reparse) without refetching.
CREATE TABLE raw_pages (
    url VARCHAR PRIMARY KEY,
    source VARCHAR,
    final_url VARCHAR,
    status INTEGER,
    headers JSON,
    etag VARCHAR,
    last_modified VARCHAR,
    encoding VARCHAR,
    body_gz BLOB,
    fetched_at TIMESTAMP
);

-- Record mentions per article, before resolution; record_id says which public row each one became.
CREATE TABLE mentions (
    mention_key VARCHAR PRIMARY KEY,
    url VARCHAR NOT NULL,
    record_type VARCHAR NOT NULL,
    fields JSON,
    hints JSON,
    quote VARCHAR,
    extractor_version VARCHAR,
    record_id VARCHAR
);

-- Public: the earliest copy of a syndicated article comes first (the original).
CREATE VIEW articles AS
SELECT url, source, title, published_on, language, text, content_sha256, fetched_at
FROM pages
ORDER BY published_on NULLS LAST, url;

CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,
    name VARCHAR,
    start_on DATE,
    end_on DATE,
    city VARCHAR,
    country VARCHAR,
    source_urls VARCHAR[],
    evidence_sha VARCHAR,
    first_seen_at TIMESTAMP,
    updated_at TIMESTAMP
);

CREATE TABLE agreements (
    agreement_id VARCHAR PRIMARY KEY,
    agreement_type VARCHAR,
    title VARCHAR,
    signed_on DATE,
    signed_on_precision VARCHAR,
    city VARCHAR,
    country VARCHAR,
    event_name VARCHAR,
    parties VARCHAR[],
    topics VARCHAR[],
    source_urls VARCHAR[],
    evidence_sha VARCHAR,
    first_seen_at TIMESTAMP,
    updated_at TIMESTAMP
);

CREATE TABLE commitments (
    commitment_id VARCHAR PRIMARY KEY,
    actor VARCHAR,
    commitment_type VARCHAR,
    target_year INTEGER,
    base_year INTEGER,
    reduction_pct_min DOUBLE,
    reduction_pct_max DOUBLE,
    per_capita_t DOUBLE,
    event_name VARCHAR,
    source_urls VARCHAR[],
    evidence_sha VARCHAR,
    first_seen_at TIMESTAMP,
    updated_at TIMESTAMP
);

-- Public: one row per (record, article, sentence).
CREATE TABLE evidence (
    record_type VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL,
    url VARCHAR NOT NULL,
    quote VARCHAR
);
