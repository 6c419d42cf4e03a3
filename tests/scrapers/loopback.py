"""A small scriptable HTTP server on 127.0.0.1 for fetcher tests: canned replies, faults, and a request log.

    with Loopback() as site:
        site.route("/a", Reply(status=500), Reply(body=b"<p>ok</p>"))   # first 500, then 200 (last repeats)
        site.url("/a")  -> "http://127.0.0.1:PORT/a"
        site.requests   -> [Seen(method, path, headers, at), ...]

Unrouted paths (robots.txt included) answer 404. Each server listens on its own port, so each is its own host.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

AUTO = -1


@dataclass
class Reply:
    """One canned response. `body` may be bytes or an iterable of byte chunks (streamed, no length)."""

    status: int = 200
    body: bytes | Iterable[bytes] = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to stall before the status line
    content_length: int | None = AUTO  # AUTO: len(body) for bytes; None: no header (connection closes)
    chunk_delay: float = 0.0  # pause between streamed chunks


@dataclass
class Seen:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() on arrival


class Loopback:
    """Threaded HTTP/1.1 server on 127.0.0.1 with per-path reply scripts; a context manager."""

    def __init__(self) -> None:
        self.requests: list[Seen] = []
        self.bytes_sent: dict[str, int] = {}
        self._routes: dict[str, list[Reply] | Callable[[Seen], Reply]] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self._server.server_address[1]}"

    @property
    def base(self) -> str:
        return f"http://{self.host}"

    def url(self, path: str = "/") -> str:
        return self.base + path

    def route(self, path: str, *replies: Reply) -> Loopback:
        """Serve `replies` to successive requests for `path` (the last one repeats)."""
        with self._lock:
            self._routes[path] = list(replies) or [Reply()]
        return self

    def handle(self, path: str, fn: Callable[[Seen], Reply]) -> Loopback:
        """Answer `path` with whatever `fn(seen_request)` returns."""
        with self._lock:
            self._routes[path] = fn
        return self

    def paths(self) -> list[str]:
        """Paths requested so far, in arrival order."""
        with self._lock:
            return [seen.path for seen in self.requests]

    def _next_reply(self, seen: Seen) -> Reply:
        with self._lock:
            self.requests.append(seen)
            script = self._routes.get(seen.path) or self._routes.get(seen.path.split("?", 1)[0])
            if script is None:
                return Reply(status=404, body=b"not found", content_type="text/plain")
            if callable(script):
                fn = script
            else:
                return script.pop(0) if len(script) > 1 else script[0]
        return fn(seen)

    def __enter__(self) -> Loopback:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()


def _make_handler(site: Loopback) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def handle(self) -> None:
            try:
                super().handle()
            except (ConnectionResetError, BrokenPipeError, ConnectionAbortedError):
                pass  # the client hung up (as the fetcher does on oversize bodies)

        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            seen = Seen("GET", self.path, dict(self.headers.items()), time.monotonic())
            reply = site._next_reply(seen)
            if reply.delay and site._stopping.wait(reply.delay):
                return
            try:
                self._send(reply)
            except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                self.close_connection = True

        def _send(self, reply: Reply) -> None:
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            streamed = not isinstance(reply.body, (bytes, bytearray))
            length = reply.content_length
            if length == AUTO:
                length = None if streamed else len(reply.body)
            if length is not None:
                self.send_header("Content-Length", str(length))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            chunks = reply.body if streamed else [reply.body]
            for chunk in chunks:
                if site._stopping.is_set():
                    break
                self.wfile.write(chunk)
                with site._lock:
                    site.bytes_sent[self.path] = site.bytes_sent.get(self.path, 0) + len(chunk)
                if reply.chunk_delay and site._stopping.wait(reply.chunk_delay):
                    break
            self.wfile.flush()
            if length is not None and not streamed and length > len(reply.body):
                self.close_connection = True  # promised more than sent: hang up, as a broken server would

    return Handler
