"""Validation against an overlaid spec as strict as a vendor's own validator: openapi-core for request bodies,
responses and webhook deliveries (the operation, status and media type named), jsonschema for values that belong
to one schema (a named component, a schema's example or default), both with the strict formats of
scripts/spec/formats.py (an RFC 3339 `date-time` has a zone offset).

Each function returns what is wrong, as readable lines, or nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx
from jsonschema import FormatChecker
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.request import validators as request_validators
from openapi_core.validation.response import validators as response_validators
from openapi_schema_validator import OAS30Validator, OAS31Validator, oas30_format_checker, oas31_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012
from werkzeug.datastructures import Headers, ImmutableMultiDict

from scripts.spec import pointer as json_pointer
from scripts.spec.formats import STRICT_FORMATS
from scripts.spec.model import Spec
from tests.contract.transport import describe_openapi_error, strict_openapi
from tests.specs.conftest import overlaid_spec

HOST = "https://vendor.test"
_SPEC_URI = "urn:talkwire:strict-spec"


def is_openapi_30(document: dict[str, Any]) -> bool:
    return str(document.get("openapi", "")).startswith("3.0")


@cache
def _openapi(vendor: str) -> OpenAPI:
    # Served at the root of one host, so a path is matched without the vendor's server variables.
    return strict_openapi({**overlaid_spec(vendor), "servers": [{"url": HOST}]})


@cache
def _operation(vendor: str, operation_id: str) -> tuple[str, str, dict[str, Any]]:
    for entry in Spec.of(overlaid_spec(vendor)).operations:
        path, method, operation = entry.path, entry.method, entry.node
        if operation.get("operationId") == operation_id:
            return path, method, operation
    raise AssertionError(f"{vendor}: the spec has no operation {operation_id!r}")


def _url_path(path: str) -> str:
    """The path with each template parameter filled (the body and response validators do not read them)."""
    return re.sub(r"\{[^}]+\}", "documented", path)


def _encode(media_type: str, value: Any) -> tuple[bytes, str]:
    """The body as it travels, and its Content-Type (a multipart form gets its boundary)."""
    if media_type == "multipart/form-data":
        fields = {name: json.dumps(part) if isinstance(part, dict | list) else part for name, part in value.items()}
        request = httpx.Request("POST", HOST, files={name: (None, str(part)) for name, part in fields.items()})
        return request.read(), request.headers["content-type"]
    return json.dumps(value).encode(), media_type


def _validator_kwargs() -> dict[str, Any]:
    return {"extra_format_validators": STRICT_FORMATS}


def request_body_problems(vendor: str, operation_id: str, media_type: str, value: Any) -> str | None:
    path, method, _ = _operation(vendor, operation_id)
    spec = _openapi(vendor).spec
    body, content_type = _encode(media_type, value)
    request = MockRequest(HOST, method, _url_path(path), data=body, content_type=content_type)
    validator_class = (
        request_validators.V30RequestBodyValidator
        if is_openapi_30(overlaid_spec(vendor))
        else request_validators.V31RequestBodyValidator
    )
    try:
        validator_class(spec, **_validator_kwargs()).validate(request)
    except Exception as exc:  # openapi-core's errors have no common base that carries the schema errors
        return describe_openapi_error(exc)
    return None


def request_parameters_problems(
    vendor: str, operation_id: str, query: dict[str, str] | None = None, headers: dict[str, str] | None = None
) -> str | None:
    """What is wrong with the query and header parameters of a request. Path parameters are filled with a
    placeholder, so this is for operations whose path parameters are plain strings."""
    path, method, _ = _operation(vendor, operation_id)
    request = MockRequest(HOST, method, _url_path(path), args=query or {}, headers=headers or {})
    validator_class = (
        request_validators.V30RequestParametersValidator
        if is_openapi_30(overlaid_spec(vendor))
        else request_validators.V31RequestParametersValidator
    )
    try:
        validator_class(_openapi(vendor).spec, **_validator_kwargs()).validate(request)
    except Exception as exc:  # see request_body_problems
        return describe_openapi_error(exc)
    return None


def response_problems(vendor: str, operation_id: str, status: int, media_type: str, value: Any) -> str | None:
    path, method, _ = _operation(vendor, operation_id)
    spec = _openapi(vendor).spec
    request = MockRequest(HOST, method, _url_path(path))
    response = MockResponse(json.dumps(value).encode(), status_code=status, content_type=media_type)
    validator_class = (
        response_validators.V30ResponseDataValidator
        if is_openapi_30(overlaid_spec(vendor))
        else response_validators.V31ResponseDataValidator
    )
    try:
        validator_class(spec, **_validator_kwargs()).validate(request, response)
    except Exception as exc:  # see request_body_problems
        return describe_openapi_error(exc)
    return None


@dataclass
class _WebhookDelivery:
    """openapi-core's WebhookRequest protocol: what a vendor posts to a webhook of the spec."""

    name: str
    body: bytes
    content_type: str
    method: str = "post"

    @property
    def parameters(self) -> RequestParameters:
        return RequestParameters(header=Headers(), query=ImmutableMultiDict(), cookie=ImmutableMultiDict())


def webhook_problems(vendor: str, name: str, media_type: str, value: Any) -> str | None:
    assert name in (overlaid_spec(vendor).get("webhooks") or {}), f"{vendor}: the spec has no webhook {name!r}"
    delivery = _WebhookDelivery(name, json.dumps(value).encode(), media_type)
    try:
        request_validators.V31WebhookRequestBodyValidator(_openapi(vendor).spec, **_validator_kwargs()).validate(
            delivery
        )
    except Exception as exc:  # see request_body_problems
        return describe_openapi_error(exc)
    return None


# --- one schema -------------------------------------------------------------------------------------------------


def schema_checker(document: dict[str, Any]) -> Callable[[str, Any], list[str]]:
    """A function telling where a value does not fit the schema at a JSON pointer of `document`."""
    is_30 = is_openapi_30(document)
    resource = Resource.from_contents(document, default_specification=DRAFT4 if is_30 else DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
    checker = FormatChecker()
    checker.checkers = {**(oas30_format_checker if is_30 else oas31_format_checker).checkers}
    for name, check in STRICT_FORMATS.items():
        checker.checks(name)(check)
    validator_class = OAS30Validator if is_30 else OAS31Validator

    @cache
    def validator_for(schema_pointer: str) -> Any:
        return validator_class({"$ref": f"{_SPEC_URI}#{schema_pointer}"}, registry=registry, format_checker=checker)

    def problems(schema_pointer: str, value: Any) -> list[str]:
        return [
            f"at {'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message}"
            for error in validator_for(schema_pointer).iter_errors(value)
        ]

    return problems


@cache
def _vendor_schema_checker(vendor: str) -> Callable[[str, Any], list[str]]:
    return schema_checker(overlaid_spec(vendor))


def schema_problems(vendor: str, schema_pointer: str, value: Any) -> list[str]:
    """Where `value` does not fit the schema at `schema_pointer` of the vendor's overlaid spec."""
    return _vendor_schema_checker(vendor)(schema_pointer, value)


# --- every example inside a spec --------------------------------------------------------------------------------

# Where a schema keeps its subschemas (JSON Schema 2020-12, and what OpenAPI 3.0 uses of it).
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_VALUES = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames")


@dataclass(frozen=True)
class SpecExample:
    """An example (or default) inside a spec: where it is, and what it must fit: a schema (`schema_pointer`), or
    the request body or a response of an operation, or a webhook delivery."""

    pointer: str
    value: Any
    schema_pointer: str | None = None
    operation_id: str | None = None
    operation: tuple[str, str] | None = None  # (path, method) of a request body or response example
    webhook: str | None = None
    status: int | None = None  # an operation's response; None: its request body
    media_type: str = "application/json"
    name: str | None = None  # the key in the media type's `examples` (None: its single `example`)


def _resolve(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for token in ref.removeprefix("#/").split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def resolve(document: dict[str, Any], node: Any) -> Any:
    """The object at the end of `node`'s `$ref` chain (the node itself when it is no reference)."""
    return _followed(document, node, [])[0]


def _followed(document: dict[str, Any], node: Any, parts: list[Any]) -> tuple[Any, list[Any]]:
    """The object a `$ref` points to and its location (the node itself when it is no reference)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        parts = [token.replace("~1", "/").replace("~0", "~") for token in node["$ref"].removeprefix("#/").split("/")]
        node = _resolve(document, node["$ref"])
    return node, parts


def _media_examples(
    document: dict[str, Any], holder: Any, parts: list[Any]
) -> Iterator[tuple[str, str, str | None, Any]]:
    """(pointer, media type, name, value) of each example of a request body or response object's media types."""
    holder, parts = _followed(document, holder, parts)
    for media_type, media in ((holder or {}).get("content") or {}).items():
        if "example" in media:
            yield json_pointer.join([*parts, "content", media_type, "example"]), media_type, None, media["example"]
        for name, example in (media.get("examples") or {}).items():
            example, where = _followed(document, example, [*parts, "content", media_type, "examples", name])
            if isinstance(example, dict) and "value" in example:
                yield json_pointer.join([*where, "value"]), media_type, name, example["value"]


def spec_examples(document: dict[str, Any]) -> Iterator[SpecExample]:
    """Every example and default of the document: those of request bodies, responses and webhook deliveries with
    their operation (or webhook), status and media type; every other one (a schema's, a parameter's, a header's)
    with its schema."""
    for entry in Spec.of(document).operations:
        path, method, operation = entry.path, entry.method, entry.node
        where = ["paths", path, method]
        operation_id, of = operation.get("operationId"), (path, method)
        for pointer, media_type, name, value in _media_examples(
            document, operation.get("requestBody"), [*where, "requestBody"]
        ):
            yield SpecExample(pointer, value, operation_id=operation_id, operation=of, media_type=media_type, name=name)
        for status, response in (operation.get("responses") or {}).items():
            for pointer, media_type, name, value in _media_examples(document, response, [*where, "responses", status]):
                yield SpecExample(
                    pointer,
                    value,
                    operation_id=operation_id,
                    operation=of,
                    status=_status_code(status),
                    media_type=media_type,
                    name=name,
                )
    for webhook, item in (document.get("webhooks") or {}).items():
        for method, operation in item.items():
            body = operation.get("requestBody") if isinstance(operation, dict) else None
            for pointer, media_type, name, value in _media_examples(
                document, body, ["webhooks", webhook, method, "requestBody"]
            ):
                yield SpecExample(pointer, value, webhook=webhook, media_type=media_type, name=name)
    yield from _schema_examples(document, [])


def _status_code(status: str) -> int:
    """A concrete status a response object covers: `200`, `4XX` -> 400, `default` -> 500."""
    if status == "default":
        return 500
    return int(status.upper().replace("X", "0"))


def _schema_examples(node: Any, parts: list[Any]) -> Iterator[SpecExample]:
    """The examples and defaults that belong to one schema: inside schemas, and those of parameters and headers
    (a media type's belong to its operation, see `spec_examples`)."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _schema_examples(item, [*parts, index])
        return
    if not isinstance(node, dict):
        return
    schema_pointer = json_pointer.join([*parts, "schema"])
    if isinstance(node.get("schema"), dict) and parts[-2:-1] != ["content"]:
        if "example" in node:
            yield SpecExample(json_pointer.join([*parts, "example"]), node["example"], schema_pointer=schema_pointer)
        for name, example in (node.get("examples") or {}).items():
            if isinstance(example, dict) and "value" in example:
                yield SpecExample(
                    json_pointer.join([*parts, "examples", name, "value"]),
                    example["value"],
                    schema_pointer=schema_pointer,
                )
    for key, value in node.items():
        if key in ("example", "examples", "default"):
            continue
        if (key == "schema" and isinstance(value, dict)) or parts == ["components", "schemas"]:
            yield from _in_schema(value, [*parts, key])
        else:
            yield from _schema_examples(value, [*parts, key])


def _in_schema(schema: Any, parts: list[Any]) -> Iterator[SpecExample]:
    if not isinstance(schema, dict):
        return
    here = json_pointer.join(parts)
    for key in ("example", "default"):
        if key in schema:
            yield SpecExample(json_pointer.join([*parts, key]), schema[key], schema_pointer=here)
    if isinstance(schema.get("examples"), list):
        for index, value in enumerate(schema["examples"]):
            yield SpecExample(json_pointer.join([*parts, "examples", index]), value, schema_pointer=here)
    for key in _SCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items():
            yield from _in_schema(sub, [*parts, key, name])
    for key in _SCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key) or []):
            yield from _in_schema(sub, [*parts, key, index])
    for key in _SCHEMA_VALUES:
        yield from _in_schema(schema.get(key), [*parts, key])


def example_problems(vendor: str, example: SpecExample) -> list[str]:
    """What is wrong with one example of the vendor's overlaid spec (see `spec_examples`)."""
    if example.schema_pointer is not None:
        return schema_problems(vendor, example.schema_pointer, example.value)
    if "json" not in example.media_type and example.media_type != "multipart/form-data":
        return []  # a file or a stream: the example is prose for a reader, there is nothing to validate
    if example.webhook is not None:
        found = webhook_problems(vendor, example.webhook, example.media_type, example.value)
    elif example.status is None:
        assert example.operation_id is not None
        found = request_body_problems(vendor, example.operation_id, example.media_type, example.value)
    else:
        assert example.operation_id is not None
        found = response_problems(vendor, example.operation_id, example.status, example.media_type, example.value)
    return [found] if found else []
