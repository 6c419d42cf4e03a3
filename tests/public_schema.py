"""The warehouse's public relations and columns (RECORDS.md), copied on purpose: if the product renames or
drops a column, the tests that import this must fail rather than follow along."""

PUBLIC_COLUMNS = {
    "articles": [("url", "VARCHAR"), ("source", "VARCHAR"), ("title", "VARCHAR"), ("published_on", "DATE"),
                 ("language", "VARCHAR"), ("text", "VARCHAR"), ("content_sha256", "VARCHAR"),
                 ("fetched_at", "TIMESTAMP")],
    "events": [("event_id", "VARCHAR"), ("name", "VARCHAR"), ("start_on", "DATE"), ("end_on", "DATE"),
               ("city", "VARCHAR"), ("country", "VARCHAR"), ("source_urls", "VARCHAR[]")],
    "agreements": [("agreement_id", "VARCHAR"), ("agreement_type", "VARCHAR"), ("title", "VARCHAR"),
                   ("signed_on", "DATE"), ("signed_on_precision", "VARCHAR"), ("city", "VARCHAR"),
                   ("country", "VARCHAR"), ("event_name", "VARCHAR"), ("parties", "VARCHAR[]"),
                   ("topics", "VARCHAR[]"), ("source_urls", "VARCHAR[]")],
    "commitments": [("commitment_id", "VARCHAR"), ("actor", "VARCHAR"), ("commitment_type", "VARCHAR"),
                    ("target_year", "INTEGER"), ("base_year", "INTEGER"), ("reduction_pct_min", "DOUBLE"),
                    ("reduction_pct_max", "DOUBLE"), ("per_capita_t", "DOUBLE"), ("event_name", "VARCHAR"),
                    ("source_urls", "VARCHAR[]")],
    "evidence": [("record_type", "VARCHAR"), ("record_id", "VARCHAR"), ("url", "VARCHAR"), ("quote", "VARCHAR")],
}
