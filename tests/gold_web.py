"""A test web on loopback: each site of a folder of sites gets its own ThreadingHTTPServer on an ephemeral 127.0.0.1
port. Shared by tests/otherweb.py and tests/thirdweb.py, which subclass GoldWeb with their folder, sites and
encodings.

Sites live under <ROOT>/sites/<site>/ as UTF-8 files; `{{base}}` is the site's own base URL and `{{base:<site>}}`
another site's. A path ending in '/' serves `index.html`; an extensionless path is tried as itself, `+.html` and
`/index.html`; a query maps to `<path>__<key>-<value>.html` (keys starting with DROP_QUERY_PREFIX are ignored).
"""
from __future__ import annotations

import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

_PLACEHOLDER = re.compile(r"\{\{base(?::([a-z0-9_-]+))?\}\}")


class _Handler(BaseHTTPRequestHandler):
    web: "GoldWeb"
    site: str
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


class QuietServer(ThreadingHTTPServer):
    """A server that does not print a client closing a kept-alive socket."""

    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class GoldWeb:
    """Context manager serving every site of a test web on its own ephemeral 127.0.0.1 port.

    Subclasses set ROOT (the web's folder) and SITES (site -> {"encoding", "charset"}; charset None sends a bare
    text/html), and may set TYPES (suffix -> content type), SERVER (the Server header), NOT_FOUND (the 404 page),
    DROP_QUERY_PREFIX and SERVER_CLASS where their servers differ from the defaults (an nginx).
    """

    ROOT: Path
    SITES: dict[str, dict]
    # what most of the webs serve, as an nginx would: a web of other servers sets its own
    TYPES: dict[str, str] = {".html": "text/html", ".xml": "application/xml", ".txt": "text/plain"}
    SERVER: str = "nginx"
    NOT_FOUND: str = "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>"
    DROP_QUERY_PREFIX: str | None = None
    SERVER_CLASS: type[ThreadingHTTPServer] = ThreadingHTTPServer

    def __init__(self) -> None:
        self.base_urls: dict[str, str] = {}
        self.requests: list[tuple[str, str, str, int]] = []
        self.lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []

    def __enter__(self):
        for site in self.SITES:
            attrs = {"web": self, "site": site, "server_version": self.SERVER}
            handler = type(f"{type(self).__name__}_{site}", (_Handler,), attrs)
            server = self.SERVER_CLASS(("127.0.0.1", 0), handler)
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
        text = (self.ROOT / "sources.yaml.tmpl").read_text(encoding="utf-8")
        path.write_text(_PLACEHOLDER.sub(lambda m: self.base_urls[m.group(1)], text), encoding="utf-8")
        return path

    def _file(self, site: str, raw_path: str) -> Path | None:
        parts = urlsplit(raw_path)
        path = unquote(parts.path) or "/"
        if ".." in path.split("/"):
            return None
        rel = path.lstrip("/")
        drop = self.DROP_QUERY_PREFIX
        query = [(k, v) for k, v in parse_qsl(parts.query) if not (drop and k.startswith(drop))]
        if query if drop else parts.query:  # without a prefix to drop, even a query of blank values maps
            cands = [(rel.rstrip("/") or "index") + "__" + "_".join(f"{k}-{v}" for k, v in query) + ".html"]
        elif not rel or rel.endswith("/"):
            cands = [rel + "index.html"]
        else:
            cands = [rel, rel + ".html", rel + "/index.html"]
        root = (self.ROOT / "sites" / site).resolve()
        for cand in cands:
            f = (root / cand).resolve()
            if f.is_relative_to(root) and f.is_file():
                return f
        return None

    def respond(self, site: str, raw_path: str) -> tuple[int, str, bytes]:
        meta = self.SITES[site]
        html_type = "text/html" + (f"; charset={meta['charset']}" if meta["charset"] else "")
        f = self._file(site, raw_path)
        if f is None:
            return 404, html_type, self.NOT_FOUND.encode(meta["encoding"])
        text = self.fill(f.read_text(encoding="utf-8"), site)
        kind = self.TYPES.get(f.suffix, "text/html")
        if kind == "text/html":
            return 200, html_type, text.encode(meta["encoding"])
        return 200, f"{kind}; charset=utf-8", text.encode("utf-8")


def serve(web_cls: type[GoldWeb]) -> None:
    """Serve `web_cls` until Ctrl-C and print its sources file (written to argv[1] or a temporary folder)."""
    import tempfile
    import time

    with web_cls() as web:
        out = web.write_sources(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "sources.yaml")
        print(out.read_text(encoding="utf-8"), f"# written to {out}", sep="\n", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
