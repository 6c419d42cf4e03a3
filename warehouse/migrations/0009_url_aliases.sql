-- 0009: other URLs of a stored article. An article's identity is its canonical URL (the page's own
-- <link rel="canonical"> on the source's hosts, else the URL after redirects); the URL a listing, feed or sitemap
-- linked to (a redirecting path, an old spelling) is kept here, so a later run finding it again goes straight to
-- the article's identity and a second path to one story never makes a second article.
CREATE TABLE url_aliases (
    alias VARCHAR PRIMARY KEY,
    url VARCHAR NOT NULL,          -- the article's identity (pages.url)
    source VARCHAR,
    first_seen_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL
);
