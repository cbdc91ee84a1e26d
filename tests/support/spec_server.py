"""A vendor played from its spec on a real loopback server: every request is matched to its operation by method and
path, validated with openapi-core (tests/contract/transport.py: the contract tests' SpecTransport) and answered with
the operation's first documented success and a deterministic body.

The contract tests play the vendor in process (a transport that sees which operation built a request); this serves
it over HTTP on 127.0.0.1, where all a server has is the method and the URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.contract.operations import Contract, Operation
from tests.contract.responses import default_responder
from tests.contract.transport import ContractViolationError, SpecTransport
from tests.support.servers import serve


@dataclass
class SpecServer:
    """What the served vendor saw: the operations of the requests it answered, in order, and what it refused."""

    url: str
    seen: list[str]
    refused: list[str] = field(default_factory=list)


def _route(path_template: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path_template)) + "$")


class _SpecApp:
    """An ASGI app answering `contract`'s operations; a request no operation fits is answered 599 and recorded."""

    def __init__(self, contract: Contract) -> None:
        self.contract = contract
        self.transport: SpecTransport | None = None
        self.refused: list[str] = []
        # The most specific path first: `/v1/agent/template` before `/v1/agent/{agent_id}`.
        operations = sorted(contract.operations.values(), key=lambda op: (op.path.count("{"), -len(op.path)))
        self.routes = [(operation, _route(contract.server_path + operation.path)) for operation in operations]

    def operation_for(self, method: str, path: str) -> Operation | None:
        for operation, route in self.routes:
            if operation.method == method and route.match(path):
                return operation
        return None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        assert scope["type"] == "http" and self.transport is not None
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        raw_path = scope.get("raw_path") or scope["path"].encode()
        query = scope.get("query_string", b"")
        url = httpx.URL(self.transport.base_url).copy_with(raw_path=raw_path + (b"?" + query if query else b""))
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]]
        operation = self.operation_for(scope["method"], scope["path"])
        status, response_headers, content = 599, [(b"content-type", b"text/plain")], b"no operation"
        if operation is not None:
            request = httpx.Request(scope["method"], url, headers=headers, content=body)
            request.extensions["talkwire_operation"] = operation.name
            try:
                response = self.transport.handle_request(request)
                response.read()
                status, content = response.status_code, response.content
                response_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
            except ContractViolationError as violation:
                self.refused.append(str(violation))
                content = str(violation).encode()
        else:
            self.refused.append(f"{scope['method']} {scope['path']}: no operation of {self.contract.key} fits")
        response_headers = [(k, v) for k, v in response_headers if k.lower() not in (b"content-length",)]
        response_headers.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": response_headers})
        await send({"type": "http.response.body", "body": content})


@contextmanager
def serve_spec(contract: Contract) -> Iterator[SpecServer]:
    """Serve `contract` on loopback; yields its base URL (the spec's server path included) and what it saw."""
    app = _SpecApp(contract)
    with serve(app) as root:
        base_url = root + contract.server_path
        app.transport = SpecTransport(contract=contract, responder=default_responder(contract), base_url=base_url)
        yield SpecServer(url=base_url, seen=app.transport.seen, refused=app.refused)
