"""openapi-core over a vendor's overlaid spec, checking requests the way they travel.

``strict_openapi`` builds openapi-core's view of a document with the strict string formats (see _formats) and with
the few rewrites openapi-core needs to read bodies and parameters as they go over the wire (multipart and form
fields are text; union-typed parameters are text; binary parts are bytes). ``OpenAPIRequestOf`` and
``OpenAPIResponseOf`` adapt httpx messages to openapi-core's protocols, and ``describe_openapi_error`` spells out
what openapi-core found (each schema error with the field at fault). The fake and the contract suite share them.
"""

from __future__ import annotations

import copy
from typing import Any
from urllib.parse import parse_qsl

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from talkwire_core.testing import _schemas
from talkwire_core.testing._formats import STRICT_FORMATS
from talkwire_core.testing._spec import operation_nodes


class OpenAPIRequestOf:
    """openapi-core's Request protocol over an httpx.Request; ``host_url`` replaces the request's own origin (the
    fake checks requests against a document whose server is that origin, wherever the request was sent)."""

    def __init__(self, request: httpx.Request, *, host_url: str | None = None) -> None:
        url = request.url
        self.host_url = host_url or f"{url.scheme}://{url.netloc.decode('ascii')}"
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


def strict_openapi(document: dict[str, Any]) -> OpenAPI:
    """openapi-core over `document` with the strict formats, reading multipart bodies, form fields and union-typed
    parameters the way they travel (see the helpers below)."""
    # None skips openapi-core's own validation of the document (check_spec honours it; the annotation omits it).
    config = Config(
        spec_validator_cls=None,  # type: ignore[arg-type]
        extra_format_validators=dict(STRICT_FORMATS),
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
    for _, _, operation in operation_nodes(document):
        body = _schemas.resolve(document, operation.get("requestBody"))
        content = (body or {}).get("content") or {}
        for media in (content.get(kind) for kind in ("multipart/form-data", "application/x-www-form-urlencoded")):
            if isinstance(media, dict) and "schema" in media:
                _fields_as_text(document, media)
    return document


def _fields_as_text(document: dict[str, Any], media: dict[str, Any]) -> None:
    schema = copy.deepcopy(_schemas.resolve(document, media["schema"]))
    for name, field_schema in (schema.get("properties") or {}).items():
        field_schema = _schemas.resolve(document, field_schema)
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
    for path, _, operation in operation_nodes(document):
        for holder in (document["paths"][path], operation):
            parameters = holder.get("parameters")
            if not isinstance(parameters, list):
                continue
            for index, raw in enumerate(parameters):
                parameter = _schemas.resolve(document, raw)
                schema = _schemas.resolve(document, parameter.get("schema"))
                members = next(
                    (schema[key] for key in ("oneOf", "anyOf") if isinstance(schema, dict) and key in schema), None
                )
                if members is None:
                    continue
                texts = [_as_text(_schemas.resolve(document, member)) for member in members]
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
