"""Real servers on 127.0.0.1 for the client-options tests: a recording app, a certificate authority of the test's
own, a TLS server speaking HTTP/1.1 and HTTP/2 (optionally requiring a client certificate), and a forward proxy that
counts what it forwards (CONNECT tunnels included). Every server is stopped by its context manager."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import select
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.client import HTTPConnection
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# --- the app every server serves ------------------------------------------------------------------------------


@dataclass
class Seen:
    """One request as the server saw it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    http_version: str
    client_port: int


@dataclass
class RecordingApp:
    """An ASGI app that records every request and answers by path:

    ``/ok`` 200 ``{}``; ``/slow`` the same after 0.2 s (so concurrent requests overlap); ``/flaky/<key>`` 503 the
    first time a key is asked for, then 200; ``/envelope/<code>`` HTTP 200 with a Vocelio-style error envelope.
    """

    seen: list[Seen] = field(default_factory=list)
    _attempts: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        headers = {name.decode().lower(): value.decode() for name, value in scope["headers"]}
        with self._lock:
            query = scope["query_string"].decode()
            self.seen.append(Seen(scope["method"], path, query, headers, scope["http_version"], scope["client"][1]))
            attempt = self._attempts[path] = self._attempts.get(path, 0) + 1
        status, body = 200, b"{}"
        if path == "/slow":
            await asyncio.sleep(0.2)
        elif path.startswith("/flaky/") and attempt == 1:
            status, body = 503, b'{"message": "try again"}'
        elif path.startswith("/envelope/"):
            code = path.rsplit("/", 1)[-1]
            body = b'{"success": false, "error": {"code": "%s", "message": "as an envelope"}}' % code.encode()
        await send(
            {"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]}
        )
        await send({"type": "http.response.body", "body": body})

    def paths(self) -> list[str]:
        with self._lock:
            return [seen.path for seen in self.seen]


# --- certificates ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Certificates:
    """PEM files of a CA made for one test session, a server certificate for 127.0.0.1 and a client certificate."""

    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path

    def client_context(self) -> ssl.SSLContext:
        """What a caller passes as ``verify=``: trusts this CA only."""
        return ssl.create_default_context(cafile=str(self.ca))


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _write(path: Path, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate) -> tuple[Path, Path]:
    key_path = path.with_suffix(".key")
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path, key_path


def make_certificates(directory: Path) -> Certificates:
    now = datetime.datetime.now(datetime.UTC)
    valid = {
        "not_valid_before": now - datetime.timedelta(minutes=5),
        "not_valid_after": now + datetime.timedelta(days=1),
    }
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder(subject_name=_name("talkwire test CA"), issuer_name=_name("talkwire test CA"), **valid)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )

    def issue(common_name: str, usage: x509.ObjectIdentifier, san: list[x509.GeneralName]) -> tuple[Any, Any]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder(subject_name=_name(common_name), issuer_name=ca_cert.subject, **valid)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
            .add_extension(x509.SubjectAlternativeName(san), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        return key, cert

    server_key, server_cert = issue(
        "127.0.0.1",
        ExtendedKeyUsageOID.SERVER_AUTH,
        [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")],
    )
    client_key, client_cert = issue("talkwire test client", ExtendedKeyUsageOID.CLIENT_AUTH, [x509.DNSName("client")])
    ca_path = directory / "ca.pem"
    ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    server = _write(directory / "server.pem", server_key, server_cert)
    client = _write(directory / "client.pem", client_key, client_cert)
    return Certificates(ca_path, *server, *client)


# --- servers -----------------------------------------------------------------------------------------------------


@contextmanager
def serve_tls(app: Any, certificates: Certificates, *, require_client_cert: bool = False) -> Iterator[str]:
    """Serve `app` over TLS (HTTP/1.1 and HTTP/2 by ALPN) with hypercorn on a free 127.0.0.1 port; yields its URL."""
    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port = listener.getsockname()[1]
    config = Config()
    config.bind = [f"fd://{listener.detach()}"]
    config.certfile = str(certificates.server_cert)
    config.keyfile = str(certificates.server_key)
    config.ca_certs = str(certificates.ca)
    config.verify_mode = ssl.CERT_REQUIRED if require_client_cert else ssl.CERT_NONE
    config.errorlog = None
    config.accesslog = None
    started = threading.Event()
    state: dict[str, Any] = {}

    async def main() -> None:
        stop = asyncio.Event()
        state["loop"], state["stop"] = asyncio.get_running_loop(), stop
        started.set()
        await serve(app, config, shutdown_trigger=stop.wait)

    thread = threading.Thread(target=asyncio.run, args=(main(),), name="tls-loopback-server", daemon=True)
    thread.start()
    started.wait(10)
    _wait_for_port(port)
    try:
        yield f"https://127.0.0.1:{port}"
    finally:
        state["loop"].call_soon_threadsafe(state["stop"].set)
        thread.join(timeout=10)


def _wait_for_port(port: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.02)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


class ForwardProxy:
    """An HTTP forward proxy on 127.0.0.1 that records every request it is asked to forward: absolute-form requests
    (``GET http://host/path``) are forwarded one by one; ``CONNECT host:port`` opens a tunnel (HTTPS through it)."""

    def __init__(self) -> None:
        self.requests: list[str] = []  # "CONNECT 127.0.0.1:443", "GET http://127.0.0.1:80/ok"
        self._lock = threading.Lock()

    def record(self, line: str) -> None:
        with self._lock:
            self.requests.append(line)

    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def forwarded(self) -> list[str]:
        """The requests forwarded so far, without their query strings (Vida's token travels in one)."""
        with self._lock:
            return [line.split("?", 1)[0] for line in self.requests]

    @contextmanager
    def running(self) -> Iterator[str]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_CONNECT(self) -> None:
                proxy.record(f"CONNECT {self.path}")
                host, _, port = self.path.rpartition(":")
                upstream = socket.create_connection((host, int(port)), timeout=10)
                self.send_response(200, "Connection established")
                self.end_headers()
                _pipe(self.connection, upstream)
                self.close_connection = True

            def _forward(self) -> None:
                proxy.record(f"{self.command} {self.path}")
                target = self.path.split("://", 1)[1]
                authority, _, path = target.partition("/")
                host, _, port = authority.rpartition(":")
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {name: value for name, value in self.headers.items() if name.lower() != "proxy-connection"}
                upstream = HTTPConnection(host, int(port), timeout=10)
                upstream.request(self.command, "/" + path, body=body, headers=headers)
                answer = upstream.getresponse()
                content = answer.read()
                self.send_response(answer.status, answer.reason)
                for name, value in answer.getheaders():
                    if name.lower() not in ("transfer-encoding", "content-length", "connection"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)
                upstream.close()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _forward  # noqa: N815 (http.server's names)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, name="loopback-proxy", daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=10)


def _pipe(client: socket.socket, upstream: socket.socket) -> None:
    """Relay bytes both ways until either side closes."""
    sockets = [client, upstream]
    try:
        while True:
            readable, _, _ = select.select(sockets, [], [], 10)
            if not readable:
                return
            for source in readable:
                data = source.recv(65536)
                if not data:
                    return
                (upstream if source is client else client).sendall(data)
    except OSError:
        return
    finally:
        upstream.close()
