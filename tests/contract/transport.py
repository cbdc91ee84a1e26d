"""An httpx transport that plays the vendor from its spec: it validates every request with openapi-core (path,
method, parameters, body, security) and answers with what a test asked for, a response valid for that operation.

A request that does not fit the spec never gets an answer: the transport raises ContractViolationError naming the
operation and what openapi-core found, so the test fails there. openapi-core's view of a spec, and the adapters of
httpx messages to it, are talkwire-core's (the vendor fakes check requests the same way).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
from openapi_core import OpenAPI
from talkwire_core.testing._openapi import (
    OpenAPIRequestOf,
    OpenAPIResponseOf,
    describe_openapi_error,
    strict_openapi,
)

from tests.contract import schemas
from tests.contract.operations import Contract, Operation


class ContractViolationError(AssertionError):
    """A request or response does not fit the spec; the message names the operation and the reason."""


_OPENAPI_CACHE: dict[tuple[int, str], OpenAPI] = {}


def openapi_for(contract: Contract, base_url: str) -> OpenAPI:
    """openapi-core's view of the contract served at `base_url`, built once (the spec was validated on load)."""
    key = (id(contract), base_url)
    if key not in _OPENAPI_CACHE:
        _OPENAPI_CACHE[key] = strict_openapi(contract.document_for(base_url))
    return _OPENAPI_CACHE[key]


Responder = Callable[[Operation, httpx.Request], httpx.Response]


@dataclass
class SpecTransport(httpx.MockTransport):
    """Validates each request against `contract` and answers it through `responder`.

    ``seen`` lists the operations that were called (validated requests), in order; ``validate_responses`` checks
    each answer against the spec too (off for answers that are deliberately beyond it).
    """

    contract: Contract
    responder: Responder
    base_url: str
    validate_responses: bool = True
    seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.openapi = openapi_for(self.contract, self.base_url)
        super().__init__(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        operation = self._operation_of(request)
        self._check_path(operation, request)
        try:
            self.openapi.validate_request(OpenAPIRequestOf(request))
        except Exception as exc:
            raise ContractViolationError(
                f"{operation}: the client sent a request the spec does not allow: {describe_openapi_error(exc)} "
                f"[{request.method} {request.url.copy_remove_param('token')}]"
            ) from exc
        _check_basic_credentials(self.contract, operation, request)
        _check_accept(self.contract, operation, request)
        self.seen.append(operation.name)
        response = self.responder(operation, request)
        response.request = request
        if self.validate_responses and _is_json(response):
            try:
                self.openapi.validate_response(OpenAPIRequestOf(request), OpenAPIResponseOf(response))
            except Exception as exc:
                raise ContractViolationError(
                    f"{operation}: the test's own answer does not fit the spec (a harness bug): "
                    f"{describe_openapi_error(exc)}"
                ) from exc
        return response

    def _check_path(self, operation: Operation, request: httpx.Request) -> None:
        """The URL must fit the operation's own path template (openapi-core would match it to any path it fits)."""
        sent = OpenAPIRequestOf(request).path
        base_path = httpx.URL(self.base_url).path.rstrip("/")
        template = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(base_path + operation.path))
        if not re.fullmatch(template, sent):
            raise ContractViolationError(
                f"{operation}: the request went to {sent}, which does not fit {operation.path} (a path parameter "
                "'.' or '..' is a dot segment that URL normalisation removes, so the call reaches another endpoint)"
            )

    def _operation_of(self, request: httpx.Request) -> Operation:
        name = request.extensions.get("talkwire_operation")
        operation = self.contract.operations.get(name) if isinstance(name, str) else None
        if operation is None:
            raise ContractViolationError(
                f"{self.contract.key}: a request no generated operation made ({request.method} {request.url.path}); "
                "every request must come from an operation of the spec"
            )
        return operation


def _check_basic_credentials(contract: Contract, operation: Operation, request: httpx.Request) -> None:
    """Basic credentials must be what RFC 7617 says: base64 of `user-id:password`, both present (openapi-core only
    checks that an Authorization header names the scheme)."""
    schemes = (contract.document.get("components") or {}).get("securitySchemes") or {}
    basic = any(
        str(schemes.get(name, {}).get("scheme", "")).lower() == "basic" and schemes[name].get("type") == "http"
        for name in operation.security
    )
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if not basic or scheme.lower() != "basic":
        return
    try:
        user_id, colon, password = base64.b64decode(credentials.strip(), validate=True).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        user_id, colon, password = "", "", ""
    if not (user_id and colon and password):
        raise ContractViolationError(
            f"{operation}: the Basic credentials are not base64 of `user-id:password` (RFC 7617)"
        )


def documented_media_types(contract: Contract, operation: Operation) -> set[str]:
    """Every media type the operation documents for its responses, without parameters."""
    media_types = set()
    for response in (operation.spec.get("responses") or {}).values():
        content = schemas.resolve(contract.document, response).get("content") or {}
        media_types.update(media_type.split(";", 1)[0].strip().lower() for media_type in content)
    return media_types


def _check_accept(contract: Contract, operation: Operation, request: httpx.Request) -> None:
    """The client asks for exactly the media types the operation documents (quality values aside), or for
    anything (`*/*`) when it documents none."""
    sent = {item.split(";", 1)[0].strip().lower() for item in request.headers.get("accept", "").split(",")}
    expected = documented_media_types(contract, operation) or {"*/*"}
    if sent != expected:
        raise ContractViolationError(
            f"{operation}: the request's Accept header is {request.headers.get('accept')!r}, not the media types "
            f"the operation documents ({', '.join(sorted(expected))})"
        )


def _is_json(response: httpx.Response) -> bool:
    # openapi-core deserializes JSON bodies only; other media (event streams, files) reach its validator as bytes.
    return response.headers.get("content-type", "").split(";")[0].strip().endswith("json") or not response.content
