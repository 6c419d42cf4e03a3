"""The bundled snapshot web: partner and news sites served from package data on 127.0.0.1.

Each site of `manifest.json` gets its own `ThreadingHTTPServer` on its own loopback port, so every source has a
host of its own. Pages are stored UTF-8 under `sites/<site>/<url path>` with `{{base}}` (this site) and
`{{base:<site>}}` (another site) placeholders; they are filled and transcoded to the site's encoding (GBK for the
Chinese portal, labelled gb2312) when served. Responses carry `ETag`/`Last-Modified` and honour conditional GETs.

    with SnapshotWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
        ...  # crawl; then inspect web.requests

`python -m snapshot.server` serves until Ctrl-C and prints the sources file.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import mimetypes
import re
import threading
import time
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

HERE = Path(__file__).resolve().parent
SITES_DIR = HERE / "sites"
MANIFEST_PATH = HERE / "manifest.json"
SOURCE_KEYS = ("start_urls", "article_links", "next_page", "feed", "sitemap")
_PLACEHOLDER = re.compile(r"\{\{base(?::([a-z0-9_-]+))?\}\}")

SOURCES_HEADER = """\
# Sources of the bundled snapshot web (snapshot): partner and news sites built from the five seed
# articles, served by the project itself on 127.0.0.1. Ports change on every start; regenerate this file with
# SnapshotWeb.write_sources() or `python -m snapshot.server`.
"""


@lru_cache(maxsize=1)
def load_manifest() -> dict:
    """The snapshot's manifest: sites, their sources, and every article page (seeds, syndicated copy, negatives)."""
    return json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))


def _http_date(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc), usegmt=True)


def _content_type(rel: str, text: str, charset: str) -> str:
    if rel.endswith(".xml"):
        head = text[:400]
        if "<rss" in head:
            kind = "application/rss+xml"
        elif "<feed" in head:
            kind = "application/atom+xml"
        else:
            kind = "application/xml"
        return f"{kind}; charset={charset}"
    kind = mimetypes.guess_type(rel)[0] or "application/octet-stream"
    return f"{kind}; charset={charset}" if kind.startswith("text/") else kind


class _Handler(BaseHTTPRequestHandler):
    """Serves one site; `web` and `site` are set on a per-site subclass."""

    web: "SnapshotWeb"
    site: str
    server_version = "nginx"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes: no 40 ms delayed-ACK stalls

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet: requests are logged in web.requests
        pass

    def do_HEAD(self) -> None:
        """Answer HEAD like GET, without a body."""
        self._serve(head=True)

    def do_GET(self) -> None:
        """Answer GET from the site's files (or test overrides)."""
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        status, headers, body = self.web._respond(self.site, self.path, self.headers)
        self.web._log(self.site, self.command, self.path, status)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and body:
            self.wfile.write(body)


class SnapshotWeb:
    """Context manager running every snapshot site on its own 127.0.0.1 port (ephemeral unless `port_base`)."""

    def __init__(self, sites: list[str] | None = None, host: str = "127.0.0.1", port_base: int | None = None):
        manifest = load_manifest()
        self.manifest = manifest
        self.sites: list[str] = list(sites or manifest["sites"])
        self.host = host
        self.port_base = port_base
        self.base_urls: dict[str, str] = {}
        self.requests: list[tuple[str, str, str, int]] = []
        self._lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []
        self._overrides: dict[tuple[str, str], tuple[str | None, datetime]] = {}
        self._modified = self._page_dates()

    # -- lifecycle -------------------------------------------------------------------------------------
    def start(self) -> "SnapshotWeb":
        """Bind one server per site and serve each from a daemon thread."""
        for i, site in enumerate(self.sites):
            handler = type(f"Handler_{site}", (_Handler,), {"web": self, "site": site})
            port = 0 if self.port_base is None else self.port_base + i
            server = ThreadingHTTPServer((self.host, port), handler)
            server.daemon_threads = True
            self._servers.append(server)
            self.base_urls[site] = f"http://{self.host}:{server.server_address[1]}"
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                      name=f"snapshot-{site}", daemon=True)
            thread.start()
        return self

    def stop(self) -> None:
        """Shut every server down and close its socket."""
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def __enter__(self) -> "SnapshotWeb":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- URLs and sources ------------------------------------------------------------------------------
    def url(self, site_or_article: str, path: str | None = None) -> str:
        """Absolute URL of an article id from the manifest (`url("s003")`) or of a site path (`url("isc", "/")`)."""
        if path is None:
            art = self.manifest["articles"].get(site_or_article) or self.manifest["decoys"][site_or_article]
            site_or_article, path = art["site"], art["path"]
        return self.base_urls[site_or_article] + path

    def fill(self, text: str, site: str) -> str:
        """Replace `{{base}}` (this site's base URL) and `{{base:<site>}}` placeholders in `text`."""
        return _PLACEHOLDER.sub(lambda m: self.base_urls[m.group(1) or site], text)

    def sources(self, rate_limit: float | None = None) -> list[dict]:
        """The running snapshot's sources (sources-file dicts, real ports); `rate_limit` is added when given."""
        out = []
        for site in self.sites:
            meta = self.manifest["sites"][site]
            entry: dict = {"name": site, "language": meta["language"]}
            for key in SOURCE_KEYS:
                value = meta["source"].get(key)
                if value is not None:
                    filled = [self.fill(v, site) for v in value] if isinstance(value, list) else self.fill(value, site)
                    entry[key] = filled
            if rate_limit is not None:
                entry["rate_limit"] = rate_limit
            out.append(entry)
        return out

    def sources_yaml(self, rate_limit: float | None = None) -> str:
        """The snapshot's sources file (YAML) with the real ports filled in (and `rate_limit`, when given)."""
        body = yaml.safe_dump({"sources": self.sources(rate_limit)}, sort_keys=False, allow_unicode=True, width=200)
        return SOURCES_HEADER + body

    def write_sources(self, path: str | Path, rate_limit: float | None = None) -> Path:
        """Write `sources_yaml(rate_limit)` to `path` and return it."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.sources_yaml(rate_limit), encoding="utf-8")
        return path

    # -- request log and test hooks --------------------------------------------------------------------
    def reset_log(self) -> None:
        """Forget the requests logged so far."""
        with self._lock:
            self.requests.clear()

    def requested(self, site: str | None = None, method: str = "GET") -> list[str]:
        """Paths (with query) requested so far with `method`, optionally only on `site`."""
        with self._lock:
            return [p for s, m, p, _ in self.requests if m == method and (site is None or s == site)]

    def set_page(self, site: str, path: str, text: str | None) -> None:
        """Override a page from now on (UTF-8 text with placeholders); `None` makes it answer 404."""
        self._overrides[(site, path)] = (text, datetime.now(timezone.utc).replace(microsecond=0))

    def clear_overrides(self) -> None:
        """Drop every `set_page` override."""
        self._overrides.clear()

    def _log(self, site: str, method: str, path: str, status: int) -> None:
        with self._lock:
            self.requests.append((site, method, path, status))

    # -- responses -------------------------------------------------------------------------------------
    def _page_dates(self) -> dict[tuple[str, str], datetime]:
        dates: dict[tuple[str, str], datetime] = {}
        for art in list(self.manifest["articles"].values()) + list(self.manifest["decoys"].values()):
            if art.get("published_on"):
                day = datetime.fromisoformat(art["published_on"]).replace(hour=12, tzinfo=timezone.utc)
                dates[(art["site"], art["path"])] = day
        for site in self.manifest["sites"]:
            newest = [d for (s, _), d in dates.items() if s == site]
            dates[(site, "*")] = max(newest) if newest else datetime(2021, 4, 9, tzinfo=timezone.utc)
        return dates

    def _resolve(self, site: str, path: str) -> tuple[str, Path | None, str | None]:
        """('ok', file, None), ('redirect', None, location) or ('missing', None, None)."""
        root = (SITES_DIR / site).resolve()
        rel = path.lstrip("/")
        candidates = [rel + "index.html", rel + "index.xml"] if rel.endswith("/") or not rel else [rel]
        for cand in candidates:
            file = (root / cand).resolve()
            if file.is_relative_to(root) and file.is_file():
                return "ok", file, None
        if rel and not rel.endswith("/") and (root / rel).resolve().is_dir():
            return "redirect", None, path + "/"
        return "missing", None, None

    def _respond(self, site: str, raw_path: str, req_headers) -> tuple[int, dict[str, str], bytes]:
        meta = self.manifest["sites"][site]
        encoding, charset = meta["encoding"], meta["charset"]
        path = unquote(urlsplit(raw_path).path) or "/"
        if ".." in path.split("/"):
            return self._not_found(encoding, charset)
        override = self._overrides.get((site, path))
        if override is not None:
            text, modified = override
            if text is None:
                return self._not_found(encoding, charset)
            rel = path if not path.endswith("/") else path + "index.html"
        else:
            kind, file, location = self._resolve(site, path)
            if kind == "redirect":
                return 301, {"Location": self.base_urls[site] + location, "Content-Type": "text/html"}, b""
            if kind == "missing":
                return self._not_found(encoding, charset)
            rel = file.relative_to(SITES_DIR / site).as_posix()
            text = file.read_text(encoding="utf-8")
            modified = self._modified.get((site, path), self._modified[(site, "*")])
        is_text = rel.endswith((".html", ".xml", ".txt", ".css"))
        if is_text:
            text = self.fill(text, site)
            body = text.encode(encoding if rel.endswith(".html") else "utf-8")
            ctype = _content_type(rel, text, charset if rel.endswith(".html") else "utf-8")
        else:
            body = (SITES_DIR / site / rel).read_bytes()
            ctype = _content_type(rel, "", "utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        headers = {"Content-Type": ctype, "ETag": etag, "Last-Modified": _http_date(modified),
                   "Cache-Control": "max-age=600"}
        if self._not_modified(req_headers, etag, modified):
            return 304, {k: v for k, v in headers.items() if k != "Content-Type"}, b""
        return 200, headers, body

    @staticmethod
    def _not_modified(req_headers, etag: str, modified: datetime) -> bool:
        inm = req_headers.get("If-None-Match")
        if inm is not None:
            tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
            return "*" in tags or etag in tags
        ims = req_headers.get("If-Modified-Since")
        if ims:
            try:
                since = parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=timezone.utc)
            return modified <= since
        return False

    @staticmethod
    def _not_found(encoding: str, charset: str) -> tuple[int, dict[str, str], bytes]:
        body = ("<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
                "<body><h1>404 Not Found</h1></body></html>").encode(encoding)
        return 404, {"Content-Type": f"text/html; charset={charset}"}, body


def main(argv: list[str] | None = None) -> None:
    """Serve the snapshot web until Ctrl-C, printing its sources file (and writing it with --write-sources)."""
    ap = argparse.ArgumentParser(prog="python -m snapshot.server", description=main.__doc__)
    ap.add_argument("--port-base", type=int, default=None, 
                    help="fixed ports PORT_BASE, PORT_BASE+1, ... (default: ephemeral)")
    ap.add_argument("--write-sources", metavar="PATH", help="also write the sources file to PATH")
    args = ap.parse_args(argv)
    with SnapshotWeb(port_base=args.port_base) as web:
        print(web.sources_yaml(), flush=True)
        if args.write_sources:
            print(f"# written to {web.write_sources(args.write_sources)}", flush=True)
        print("# serving; Ctrl-C to stop", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
