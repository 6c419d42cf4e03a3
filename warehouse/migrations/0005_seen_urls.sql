-- 0005: the seen-URL store of backfills. Every article URL a backfill looked at, with what became of it, so an
-- interrupted or repeated backfill skips what it already settled (loaded, outside the window, not an article)
-- instead of downloading it again. Loaded pages are in `pages` as well; failures are retried.
CREATE TABLE seen_urls (
    url VARCHAR PRIMARY KEY,
    source VARCHAR,
    outcome VARCHAR NOT NULL,      -- loaded | out_of_window | not_article | failed
    published_on DATE,
    first_seen_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL
);
