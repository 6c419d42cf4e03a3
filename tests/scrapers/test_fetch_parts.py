"""The pure parts the fetcher leans on: which answers are worth asking again (retry_policy.py) and what a body's
type and bytes say it is (fetch_body.py). The fetcher itself is tested over real HTTP in test_fetch.py."""
from __future__ import annotations

from scrapers.fetch_body import is_text, mime_type, sniff_binary
from scrapers.retry_policy import parse_retry_after, retryable_status


def test_busy_and_server_faults_are_transient_but_not_unsupported_ones():
    assert retryable_status(429) and retryable_status(500) and retryable_status(503)
    assert not retryable_status(501) and not retryable_status(505)  # not implemented / version: asking again won't help
    assert not retryable_status(404) and not retryable_status(403)


def test_retry_after_in_seconds_or_as_a_date_in_the_past():
    assert parse_retry_after(" 120 ") == 120.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # past: no wait
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_text_types_include_feeds_and_a_missing_type():
    assert mime_type("Text/HTML; charset=GBK") == "text/html"
    assert is_text(mime_type(None)) and is_text("application/rss+xml") and is_text("application/vnd.foo+xml")
    assert not is_text("application/pdf") and not is_text("image/png")


def test_binary_bodies_under_a_text_label_are_found_by_their_bytes():
    assert sniff_binary(b"%PDF-1.7\n...", "text/html") == "application/pdf"
    assert sniff_binary(b"<html>\x00</html>", "text/html") == "application/octet-stream"
    assert sniff_binary("<html>协议</html>".encode("utf-16"), "text/html") is None  # UTF-16 has NULs and is text
    assert sniff_binary("<html>协议</html>".encode("gbk"), "text/html; charset=gbk") is None
