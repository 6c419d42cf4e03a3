"""A second test web, unlike the bundled snapshot: four sites of other templates served on 127.0.0.1.

Sites live under tests/data/otherweb/sites/<site>/ as UTF-8 files; `{{base}}` is this site's base URL and
`{{base:<site>}}` another site's. Each site gets its own ThreadingHTTPServer on an ephemeral loopback port.

* citynet  - English city-network news site: listing with `?page=N` pagination, bylines "By X | June 8, 2016"
* ngo      - English NGO reachable only through an RSS 2.0 feed; dates in a meta table / "Published" line
* cnportal - Chinese energy portal served GBK (labelled gb2312): comment box, 热门排行, 分享到, 地址/邮编 footer
* citygov  - city-government press releases whose dates are only in the URL path (/news/2016/06/08/...)

A URL with a query string maps to a file named `<path>__<key>-<value>.html` (`/stories?page=2` ->
`stories__page-2.html`); an extensionless path is tried as itself, `+.html` and `/index.html`.

    with OtherWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

HERE = Path(__file__).resolve().parent / "data" / "otherweb"
SITES_DIR = HERE / "sites"
SOURCES_TMPL = HERE / "sources.yaml.tmpl"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "citynet": {"encoding": "utf-8", "charset": "utf-8"},
    "ngo": {"encoding": "utf-8", "charset": "UTF-8"},
    "cnportal": {"encoding": "gbk", "charset": "gb2312"},
    "citygov": {"encoding": "utf-8", "charset": "utf-8"},
}
_PLACEHOLDER = re.compile(r"\{\{base(?::([a-z0-9_-]+))?\}\}")
_TYPES = {".html": "text/html", ".shtml": "text/html", ".xml": "application/rss+xml", ".txt": "text/plain"}


class _Handler(BaseHTTPRequestHandler):
    web: "OtherWeb"
    site: str
    server_version = "Apache"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - requests are kept in web.requests
        pass

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        status, ctype, body = self.web.respond(self.site, self.path)
        with self.web.lock:
            self.web.requests.append((self.site, self.command, self.path, status))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)


class OtherWeb:
    """Context manager serving every site of the other web on its own ephemeral 127.0.0.1 port."""

    def __init__(self) -> None:
        self.base_urls: dict[str, str] = {}
        self.requests: list[tuple[str, str, str, int]] = []
        self.lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []

    def __enter__(self) -> "OtherWeb":
        for site in SITES:
            handler = type(f"Other_{site}", (_Handler,), {"web": self, "site": site})
            server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
            server.daemon_threads = True
            self._servers.append(server)
            self.base_urls[site] = f"http://127.0.0.1:{server.server_address[1]}"
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def fill(self, text: str, site: str) -> str:
        return _PLACEHOLDER.sub(lambda m: self.base_urls[m.group(1) or site], text)

    def url(self, site: str, path: str) -> str:
        return self.base_urls[site] + path

    def write_sources(self, path: str | Path) -> Path:
        """The sources file of the running web (ports filled in)."""
        path = Path(path)
        text = SOURCES_TMPL.read_text(encoding="utf-8")
        path.write_text(_PLACEHOLDER.sub(lambda m: self.base_urls[m.group(1)], text), encoding="utf-8")
        return path

    def _file(self, site: str, raw_path: str) -> Path | None:
        parts = urlsplit(raw_path)
        path = unquote(parts.path) or "/"
        if ".." in path.split("/"):
            return None
        rel = path.lstrip("/")
        if parts.query:
            suffix = "_".join(f"{k}-{v}" for k, v in parse_qsl(parts.query))
            cands = [(rel.rstrip("/") or "index") + "__" + suffix + ".html"]
        elif not rel or rel.endswith("/"):
            cands = [rel + "index.html"]
        else:
            cands = [rel, rel + ".html", rel + "/index.html"]
        root = (SITES_DIR / site).resolve()
        for cand in cands:
            f = (root / cand).resolve()
            if f.is_relative_to(root) and f.is_file():
                return f
        return None

    def respond(self, site: str, raw_path: str) -> tuple[int, str, bytes]:
        meta = SITES[site]
        f = self._file(site, raw_path)
        if f is None:
            body = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
            return 404, f"text/html; charset={meta['charset']}", body.encode(meta["encoding"])
        text = self.fill(f.read_text(encoding="utf-8"), site)
        kind = _TYPES.get(f.suffix, "text/html")
        if kind == "text/html":
            return 200, f"{kind}; charset={meta['charset']}", text.encode(meta["encoding"])
        return 200, f"{kind}; charset=utf-8", text.encode("utf-8")


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    import sys
    import tempfile
    import time

    with OtherWeb() as web:
        out = web.write_sources(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "sources.yaml")
        print(out.read_text(encoding="utf-8"), f"# written to {out}", sep="\n", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
