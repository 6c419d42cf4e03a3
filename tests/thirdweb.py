"""A third test web, written apart from the snapshot and the second web: four sites served on 127.0.0.1.

Sites live under tests/data/thirdweb/sites/<site>/ as UTF-8 files; `{{base}}` is the site's own base URL and
`{{base:<site>}}` another site's. Each site gets its own ThreadingHTTPServer on an ephemeral loopback port.

* mayorsnet - English city-network newsroom (WordPress-like): cards, path pagination /newsroom/page/N/, bylines
              in several styles, a comment thread, a republished 2016 story, "Related stories" sidebar
* thinktank - English think tank reachable only through an RSS 2.0 feed whose links carry utm_* parameters;
              dates only in the feed, in an `article:published_time` meta, or shown on the page
* nengyuan  - Chinese energy portal served as GBK with a bare `text/html` Content-Type (charset only in the
              page's http-equiv meta): 导航, 当前位置, 责任编辑, 热门文章, 网友评论, 备案号/地址/电话 footer
* govpress  - a Chinese city's English government portal: TRS-style pages, dates as "Updated: ..." or only in
              the URL (/202311/t20231117_58812.html)

A path ending in '/' serves `index.html`; an extensionless path is tried as itself, `+.html` and `/index.html`.
A query string of only utm_* parameters is ignored (feed links carry them); any other query maps to
`<path>__<key>-<value>.html`.

    with ThirdWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

HERE = Path(__file__).resolve().parent / "data" / "thirdweb"
SITES_DIR = HERE / "sites"
SOURCES_TMPL = HERE / "sources.yaml.tmpl"
GOLD_PATH = HERE / "gold.json"

# content type sent for html pages; None charset = bare "text/html"
SITES = {
    "mayorsnet": {"encoding": "utf-8", "charset": "UTF-8"},
    "thinktank": {"encoding": "utf-8", "charset": "utf-8"},
    "nengyuan": {"encoding": "gbk", "charset": None},
    "govpress": {"encoding": "utf-8", "charset": "utf-8"},
}
_PLACEHOLDER = re.compile(r"\{\{base(?::([a-z0-9_-]+))?\}\}")
_TYPES = {".html": "text/html", ".shtml": "text/html", ".htm": "text/html", ".rss": "application/rss+xml",
          ".xml": "application/xml", ".txt": "text/plain"}


class _Handler(BaseHTTPRequestHandler):
    web: "ThirdWeb"
    site: str
    server_version = "nginx/1.18.0"
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


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # a client closing a kept-alive socket is not news
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class ThirdWeb:
    """Context manager serving every site of the third web on its own ephemeral 127.0.0.1 port."""

    def __init__(self) -> None:
        self.base_urls: dict[str, str] = {}
        self.requests: list[tuple[str, str, str, int]] = []
        self.lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []

    def __enter__(self) -> "ThirdWeb":
        for site in SITES:
            handler = type(f"Third_{site}", (_Handler,), {"web": self, "site": site})
            server = _QuietServer(("127.0.0.1", 0), handler)
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
        query = [(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")]
        if query:
            cands = [(rel.rstrip("/") or "index") + "__" + "_".join(f"{k}-{v}" for k, v in query) + ".html"]
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
        html_type = "text/html" + (f"; charset={meta['charset']}" if meta["charset"] else "")
        f = self._file(site, raw_path)
        if f is None:
            body = "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center></body></html>"
            return 404, html_type, body.encode(meta["encoding"])
        text = self.fill(f.read_text(encoding="utf-8"), site)
        kind = _TYPES.get(f.suffix, "text/html")
        if kind == "text/html":
            return 200, html_type, text.encode(meta["encoding"])
        return 200, f"{kind}; charset=utf-8", text.encode("utf-8")


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    import sys
    import tempfile
    import time

    with ThirdWeb() as web:
        out = web.write_sources(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "sources.yaml")
        print(out.read_text(encoding="utf-8"), f"# written to {out}", sep="\n", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
