"""An httpx transport that plays the vendor from its spec: it validates every request with openapi-core (path,
method, parameters, body, security) and answers with what a test asked for, a response valid for that operation.

A request that does not fit the spec never gets an answer: the transport raises ContractViolationError naming the
operation and what openapi-core found, so the test fails there.
"""

from __future__ import annotations

import base64
import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from scripts.spec.formats import STRICT_FORMATS
from scripts.spec.model import Spec
from tests.contract import schemas
from tests.contract.operations import Contract, Operation


class ContractViolationError(AssertionError):
    """A request or response does not fit the spec; the message names the operation and the reason."""


class OpenAPIRequestOf:
    """openapi-core's Request protocol over an httpx.Request."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        url = request.url
        self.host_url = f"{url.scheme}://{url.netloc.decode('ascii')}"
        # The path as sent, percent-encoding kept: a path parameter holding "/" must not look like two segments.
        self.path = url.raw_path.decode("ascii").split("?", 1)[0]
        self.method = request.method.lower()
        query = parse_qsl(url.query.decode("ascii"), keep_blank_values=True)
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )
        self.content_type = request.headers.get("content-type", "")
        self.body: bytes | None = request.read() or None
        self.full_url_pattern = f"{self.host_url}{self.path}"


class OpenAPIResponseOf:
    """openapi-core's Response protocol over an httpx.Response."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.items()))
        self.content_type = response.headers.get("content-type", "")
        self.data: bytes | None = response.read()


def describe_openapi_error(exc: BaseException) -> str:
    """openapi-core's error with its schema errors (field and reason) spelled out."""
    parts = [f"{type(exc).__name__}: {exc}"]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        for schema_error in getattr(current, "schema_errors", ()) or ():
            where = "/".join(str(part) for part in getattr(schema_error, "path", ())) or "(root)"
            parts.append(f"at {where}: {schema_error.message}")
        current = current.__cause__ or current.__context__
        if current is not None and id(current) not in seen and str(current) and str(current) not in parts[0]:
            parts.append(f"{type(current).__name__}: {current}")
    return "; ".join(parts)


_OPENAPI_CACHE: dict[tuple[int, str], OpenAPI] = {}


def openapi_for(contract: Contract, base_url: str) -> OpenAPI:
    """openapi-core's view of the contract served at `base_url`, built once (the spec was validated on load)."""
    key = (id(contract), base_url)
    if key not in _OPENAPI_CACHE:
        _OPENAPI_CACHE[key] = strict_openapi(contract.document_for(base_url))
    return _OPENAPI_CACHE[key]


def strict_openapi(document: dict[str, Any]) -> OpenAPI:
    """openapi-core over `document` with the strict formats (scripts/spec/formats.py), reading multipart bodies
    the way they travel (see the two helpers below)."""
    # None skips openapi-core's own validation of the document (check_spec honours it; the annotation omits it).
    config = Config(
        spec_validator_cls=None,  # type: ignore[arg-type]
        extra_format_validators=STRICT_FORMATS,
    )
    return OpenAPI.from_dict(
        _untyped_binary(_multipart_single_types(_parameter_unions_as_text(document))), config=config
    )


# What a scalar multipart field looks like as the text part it travels in (JSON's spelling, so Python's
# `True` or `None` fail).
_MULTIPART_TEXT_FORMS: dict[str, dict[str, Any]] = {
    "boolean": {"type": "string", "enum": ["true", "false"]},
    "integer": {"type": "string", "pattern": r"^-?[0-9]+$"},
    "number": {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$"},
}


def _multipart_single_types(document: dict[str, Any]) -> dict[str, Any]:
    """The document with each multipart or form-encoded request body's fields as openapi-core can check them: a 3.1
    type list (``[string, "null"]``) narrowed to its non-null type (openapi-core picks a part's decoder from ``type``
    and fails on a list; a form field cannot carry a null anyway), and booleans and numbers as the text the part or
    field carries (openapi-core does not convert text parts, and reads a form's `True` as a boolean: JSON's
    spelling is what goes over the wire)."""
    document = copy.deepcopy(document)
    for operation in (op.node for op in Spec.of(document).operations):
        body = schemas.resolve(document, operation.get("requestBody"))
        content = (body or {}).get("content") or {}
        for media in (content.get(kind) for kind in ("multipart/form-data", "application/x-www-form-urlencoded")):
            if isinstance(media, dict) and "schema" in media:
                _fields_as_text(document, media)
    return document


def _fields_as_text(document: dict[str, Any], media: dict[str, Any]) -> None:
    schema = copy.deepcopy(schemas.resolve(document, media["schema"]))
    for name, field_schema in (schema.get("properties") or {}).items():
        field_schema = schemas.resolve(document, field_schema)
        kinds = field_schema.get("type")
        kind = ([k for k in kinds if k != "null"][:1] or ["string"])[0] if isinstance(kinds, list) else kinds
        if kind in _MULTIPART_TEXT_FORMS:
            schema["properties"][name] = {
                "description": field_schema.get("description", ""),
                **_MULTIPART_TEXT_FORMS[kind],
            }
        elif isinstance(kinds, list):
            schema["properties"][name] = {**field_schema, "type": kind}
    media["schema"] = schema


def _parameter_unions_as_text(document: dict[str, Any]) -> dict[str, Any]:
    """The document with each union-typed parameter (``oneOf``/``anyOf``) as openapi-core can check it: openapi-core
    casts a parameter's text by its schema's ``type``, which a union has none of, so Deepgram's ``summarize=true``
    (a boolean or the string ``v2``) reached the check as the text "true". Each member is read as the text it
    travels as (as for multipart fields), and the members as ``anyOf``: texts of overlapping members (two number
    ranges) cannot be told apart."""
    document = copy.deepcopy(document)
    for operation in Spec.of(document).operations:
        for holder in (document["paths"][operation.path], operation.node):
            parameters = holder.get("parameters")
            if not isinstance(parameters, list):
                continue
            for index, raw in enumerate(parameters):
                parameter = schemas.resolve(document, raw)
                schema = schemas.resolve(document, parameter.get("schema"))
                members = next(
                    (schema[key] for key in ("oneOf", "anyOf") if isinstance(schema, dict) and key in schema), None
                )
                if members is None:
                    continue
                texts = [_as_text(schemas.resolve(document, member)) for member in members]
                parameters[index] = {**parameter, "schema": {"anyOf": texts}}
    return document


def _as_text(schema: Any) -> Any:
    """A union member as openapi-core sees its value: one text (of an array member, one of its items)."""
    kind = schema.get("type") if isinstance(schema, dict) else None
    if kind == "array":
        return _as_text(schema.get("items") or {})
    return {**_MULTIPART_TEXT_FORMS[kind]} if isinstance(kind, str) and kind in _MULTIPART_TEXT_FORMS else schema


def _untyped_binary(node: Any) -> Any:
    """The document with ``type: string`` dropped beside ``format: binary``: openapi-core hands multipart file parts
    to the OpenAPI 3.1 schema validator as bytes, which fail ``type: string`` though they are what the spec means."""
    if isinstance(node, list):
        return [_untyped_binary(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _untyped_binary(value) for key, value in node.items()}
    if result.get("format") == "binary" and result.get("type") == "string":
        del result["type"]
    return result


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


def json_response(
    status: int, body: Any, media_type: str = "application/json", headers: dict[str, str] | None = None
) -> httpx.Response:
    if media_type.endswith("json"):
        content = json.dumps(body).encode()
    elif isinstance(body, bytes):
        content = body
    else:
        content = str(body if body is not None else "").encode()
    return httpx.Response(status, content=content, headers={"content-type": media_type, **(headers or {})})
