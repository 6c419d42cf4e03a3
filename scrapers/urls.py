"""URL rules: one canonical spelling per page, and which hosts a source may reach.

Canonical URLs make the same article found via a listing, a feed and a sitemap one page (one fetch, one row);
the host allow-list keeps each source's crawl on its own site. A host is the netloc including a non-default
port, so two sites served on different ports of one machine are different hosts.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from requests.utils import requote_uri

# Query parameters that only say how a visitor arrived; dropping them merges the copies of one page.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
    "_hsenc", "_hsmi", "mkt_tok", "spm", "scm", "from", "ref_src", "ref_url", "share_token",
    "wt_mc", "wt.mc_id", "cmpid", "icid", "ncid", "sr_share", "_ga", "_gl", "oly_enc_id", "oly_anon_id",
    "vero_id", "rb_clickid", "s_cid", "isappinstalled", "wfr",
    # feed links: how a reader arrived (RSS readers, newsletter feeds), never which page
    "feedname", "feedtype", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "at_medium",
    "at_campaign", "cmp",
})
TRACKING_PREFIXES = ("utm_", "pk_", "hmsr", "hmpl", "hmcu", "hmkw", "hmci")
DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def _netloc(scheme: str, parts) -> str:
    host = (parts.hostname or "").rstrip(".")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host.lower()
    except UnicodeError:
        host = host.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or port == DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    if parts.username is not None:
        auth = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{auth}@{netloc}"
    return netloc


def canonical_url(url: str, base: str | None = None) -> str:
    """Return the canonical form of `url` (resolved against `base`), so one page has one spelling.

    Lowercases scheme and host, drops a default port, the fragment and tracking parameters (utm_*, fbclid,
    gclid, spm, from, ...), keeps the other query parameters sorted, and normalises percent-escapes.
    Non-http(s) URLs (mailto:, javascript:) are only resolved and returned otherwise unchanged.
    """
    url = (url or "").strip()
    if base:
        url = urljoin(base.strip(), url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        return url
    path = requote_uri(parts.path or "/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    query_text = urlencode(sorted(query)) if query else ""
    return urlunsplit((scheme, _netloc(scheme, parts), path, query_text, ""))


def url_host(url: str) -> str:
    """The canonical host (netloc with non-default port) of an http(s) URL; '' for anything else."""
    parts = urlsplit(canonical_url(url))
    return parts.netloc.rsplit("@", 1)[-1] if parts.scheme in DEFAULT_PORTS else ""


def _host_entry(entry: str) -> str:
    entry = entry.strip()
    if "://" in entry:
        return url_host(entry)
    return url_host(f"http://{entry}") if entry else ""


def source_hosts(source) -> frozenset[str]:
    """Hosts a source may fetch from: those of its start_urls, feed and sitemap, plus its allow_hosts."""
    urls = [*source.start_urls, source.feed, source.sitemap]
    hosts = {url_host(u) for u in urls if u}
    hosts |= {_host_entry(h) for h in source.allow_hosts}
    hosts.discard("")
    return frozenset(hosts)


def is_allowed(url: str, source) -> bool:
    """True if `url` is http(s) and its host is one of the source's hosts (keeps each crawl on its site)."""
    host = url_host(url)
    return bool(host) and host in source_hosts(source)
