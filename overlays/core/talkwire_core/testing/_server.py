"""The fake over HTTP on 127.0.0.1, for code that cannot take a transport (a subprocess, another HTTP library).

A stdlib ThreadingHTTPServer on a free loopback port, one thread per connection; each request becomes an
httpx.Request and gets the same answer as in process. A refused request is answered 400 with the refusal (and kept in
``fake.refusals``, so the fixture still fails the test).
"""

from __future__ import annotations

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Self

import httpx

if TYPE_CHECKING:
    from talkwire_core.testing._fake import VendorFake

REFUSED_HEADER = "X-Talkwire-Fake-Refused"
LOOPBACK = "127.0.0.1"


class ServedFake:
    """``with fake.serve() as served:`` the fake at ``served.base_url`` until the block ends."""

    def __init__(self, fake: VendorFake) -> None:
        self.fake = fake
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"<served {self.fake!r} at {self.origin if self._server else '(stopped)'}>"

    @property
    def origin(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake is not being served: use `with fake.serve() as served:`")
        return f"http://{LOOPBACK}:{self._server.server_port}"

    @property
    def base_url(self) -> str:
        """The vendor's server URL on the loopback port (the spec's server path included)."""
        return self.origin + self.fake.spec.server_path

    def client(self, **options: Any) -> Any:
        """The vendor's client, talking to the served fake over HTTP."""
        return self.fake.make_client(self.base_url, **options)

    def __enter__(self) -> Self:
        fake = self.fake

        class Handler(_FakeRequestHandler):
            served = fake

        self._server = _LoopbackServer((LOOPBACK, 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="talkwire-fake", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join()
        self._server = None
        self._thread = None


class _LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the client hung up, e.g. timed out on an answer the test delayed: nothing went wrong here
        super().handle_error(request, client_address)


class _FakeRequestHandler(BaseHTTPRequestHandler):
    served: VendorFake
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: a test's output is not the place for an access log (which would also show query tokens)."""

    def _handle(self) -> None:
        from talkwire_core.testing._fake import RequestRefusedError

        length = int(self.headers.get("Content-Length") or 0)
        content = self.rfile.read(length) if length else b""
        # An HTTPServer, whose port BaseServer's type does not declare.
        port = self.server.server_port  # type: ignore[attr-defined]
        request = httpx.Request(
            self.command, f"http://{LOOPBACK}:{port}{self.path}", headers=list(self.headers.items()), content=content
        )
        try:
            answer = self.served.answer(request)
        except RequestRefusedError as refused:
            body = json.dumps({"talkwire_fake_refused": str(refused)}).encode()
            self._send(400, {"Content-Type": "application/json", REFUSED_HEADER: "1"}, body)
            return
        if answer.delay:
            time.sleep(answer.delay)
        response = answer.response()
        headers = {key: value for key, value in response.headers.items() if key.lower() != "content-length"}
        self._send(response.status_code, headers, response.content)

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    # The stdlib's names for its per-method handlers.
    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle  # noqa: N815
