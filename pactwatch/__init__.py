"""pactwatch: climate-cooperation agreements and summit results, read from the web into DuckDB."""
__version__ = "0.1.0"
