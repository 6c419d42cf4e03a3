"""Documents served gzipped as files, not as a transfer encoding: `sitemap.xml.gz` and its kind.

Sitemaps may be gzip files (sitemaps.org) and servers send them as `application/x-gzip`, `application/gzip`,
`application/octet-stream` or even under the XML type with no Content-Encoding, so requests hands over the
compressed bytes. The fetcher unpacks them here, bounded by its body cap (a small bomb must not fill memory).
"""
from __future__ import annotations

import zlib

GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip", "application/x-gunzip", "gzip/document"})
_MAGIC = b"\x1f\x8b"


def is_gzip_file(body: bytes) -> bool:
    """True if the bytes are a gzip file (magic number), whatever the label said."""
    return body[:2] == _MAGIC


def may_be_gzip_file(mime: str, path: str) -> bool:
    """Whether a response of this type for this URL path may be a gzip file worth reading (then sniffed)."""
    return mime in GZIP_TYPES or (mime in ("application/octet-stream", "binary/octet-stream")
                                  and path.lower().endswith(".gz"))


def gunzip_capped(body: bytes, cap: int) -> bytes | None:
    """The unpacked bytes of a gzip file (members concatenated), or None if corrupt or over `cap` bytes."""
    out: list[bytes] = []
    total = 0
    data = body
    try:
        while data:
            unpacker = zlib.decompressobj(wbits=31)
            while data:
                chunk = unpacker.decompress(data, max(1, cap + 1 - total))
                total += len(chunk)
                out.append(chunk)
                if total > cap:
                    return None
                data = unpacker.unconsumed_tail
                if unpacker.eof:
                    break
            if not unpacker.eof:
                return None  # cut short
            data = unpacker.unused_data
            if data and not is_gzip_file(data):
                break  # trailing garbage after the last member: ignore it, as gzip(1) warns and goes on
    except zlib.error:
        return None
    return b"".join(out)
