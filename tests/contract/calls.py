"""Calling a generated operation with valid arguments: values are chosen at the wire level (JSON, from the spec's
schemas) and turned into what the generated function takes (models, enums, datetimes, Unset), by reading its
type hints. A spec parameter the function does not take is an error that names both.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import types
import typing
import uuid
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from dateutil.parser import isoparse
from hypothesis import strategies as st
from openapi_python_client.strings import PythonIdentifier

from tests.contract import schemas
from tests.contract.operations import Contract, Operation, Parameter

Draw = typing.Callable[[st.SearchStrategy[Any]], Any]


@dataclass
class WireRequest:
    """What goes over the wire for one call, before it is turned into Python arguments."""

    parameters: dict[tuple[str, str], Any] = field(default_factory=dict)  # (location, name) -> JSON value
    body: Any = None
    has_body: bool = False
    media_type: str | None = None


def body_media_type(operation: Operation, contract: Contract) -> tuple[str | None, Any, bool]:
    """(media type, inlined schema, required) of the request body the generated code sends, or (None, None, False)."""
    raw = operation.spec.get("requestBody")
    if raw is None:
        return None, None, False
    body = schemas.resolve(contract.document, raw)
    content = body.get("content") or {}
    for media_type in ("application/json", "multipart/form-data", "application/x-www-form-urlencoded", *content):
        if media_type in content:
            schema = _with_media_examples(
                contract, content[media_type], schemas.inline(contract.document, content[media_type].get("schema", {}))
            )
            if media_type == "application/x-www-form-urlencoded":
                schema = _form_fields_not_null(schema)
            return media_type, schema, bool(body.get("required"))
    return None, None, False


def _form_fields_not_null(schema: Any) -> Any:
    """A form body's schema without null or an empty array in its fields: a form carries neither (the client leaves
    a null field out, and an empty array is no field at all), so a required field the schema leaves untyped
    (Twilio's ``Config``) is drawn as a value that travels."""
    if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
        return schema
    travels = [{"not": {"type": "null"}}, {"not": {"type": "array", "maxItems": 0}}]
    return {
        **schema,
        "properties": {name: {"allOf": [field, *travels]} for name, field in schema["properties"].items()},
    }


def _with_media_examples(contract: Contract, media: dict[str, Any], schema: Any) -> Any:
    examples = []
    if "example" in media:
        examples.append(media["example"])
    for example in (media.get("examples") or {}).values():
        resolved = schemas.resolve(contract.document, example)
        if isinstance(resolved, dict) and "value" in resolved:
            examples.append(resolved["value"])
    if examples and isinstance(schema, dict):
        return {**schema, "examples": [*examples, *schema.get("examples", [])]}
    return schema


def wire_request(
    contract: Contract, operation: Operation, draw: Draw | None = None, *, only_required: bool = False
) -> WireRequest:
    """Valid values for every required parameter and the body; with `draw` (hypothesis) drawn from the schemas,
    optional parameters included at random, else the deterministic sample (examples first)."""
    request = WireRequest()
    for parameter in operation.parameters:
        if parameter.location == "cookie" or contract.spec.is_credential(parameter.name, parameter.location):
            continue
        if not parameter.required and (only_required or draw is None or not draw(st.booleans())):
            continue
        if draw is None or parameter.location == "header":
            value = schemas.sample(parameter.schema)
        else:
            value = draw(schemas.strategy(drawn_parameter_schema(parameter)))
        request.parameters[(parameter.location, parameter.name)] = value
    media_type, schema, required = body_media_type(operation, contract)
    if media_type is not None and (required or draw is None or draw(st.booleans())):
        request.media_type = media_type
        request.has_body = True
        request.body = schemas.sample(schema) if draw is None else draw(schemas.strategy(schema))
    return request


def drawn_parameter_schema(parameter: Parameter) -> Any:
    """The schema a parameter's drawn values come from."""
    return _non_empty(parameter.schema)


def _non_empty(schema: Any, *, whole: bool = True) -> Any:
    """A path or query string drawn non-empty: ``?name=`` is an empty value OpenAPI forbids without
    ``allowEmptyValue``, and an empty path segment changes the path. The items of an array parameter and every
    member of a union (Deepgram's ``keywords``: a string or an array of strings) are texts on the wire too."""
    if not isinstance(schema, dict):
        return schema
    result = dict(schema)
    for key in ("oneOf", "anyOf", "allOf"):
        if isinstance(schema.get(key), list):
            result[key] = [_non_empty(branch, whole=key != "allOf") for branch in schema[key]]
    if isinstance(schema.get("items"), dict):
        result["items"] = _non_empty(schema["items"])
    declared = schema.get("type")
    kinds: list[Any] = declared if isinstance(declared, list) else [declared]
    if "array" in kinds:
        result["minItems"] = max(1, schema.get("minItems", 0))  # an empty array sends no parameter at all
    if "string" in kinds:
        result["minLength"] = max(1, schema.get("minLength", 0))
    elif whole and kinds == [None] and not any(key in schema for key in ("enum", "const", "oneOf", "anyOf", "allOf")):
        # An untyped parameter goes over the wire as text anyway (a part of an allOf only adds to the others).
        result.update(type="string", minLength=max(1, schema.get("minLength", 0)))
    return result


def call_arguments(contract: Contract, operation: Operation, request: WireRequest) -> dict[str, Any]:
    """The keyword arguments for ``operation.module.sync_detailed`` that send `request`."""
    hints = _hints(operation)
    arguments: dict[str, Any] = {}
    for (location, name), value in request.parameters.items():
        python_name = _python_name(operation, hints, name, location)
        arguments[python_name] = to_python(value, hints[python_name], where=f"{operation} parameter {name!r}")
    if request.has_body:
        if "body" not in hints:
            raise TypeError(f"{operation}: the spec has a request body but the generated function takes no `body`")
        body = request.body
        if request.media_type == "multipart/form-data":
            body = _binary_fields_as_bytes(contract, operation, body)
        arguments["body"] = to_python(body, hints["body"], where=f"{operation} request body")
    return arguments


def _hints(operation: Operation) -> dict[str, Any]:
    hints = typing.get_type_hints(operation.module.sync_detailed)
    hints.pop("client", None)
    return hints


def python_name_of(name: str) -> str:
    """The argument name openapi-python-client gives a parameter (before any location suffix for clashes)."""
    return str(PythonIdentifier(name, prefix="field_"))


def _python_name(operation: Operation, hints: dict[str, Any], name: str, location: str) -> str:
    base = python_name_of(name)
    for candidate in (base, f"{base}_{location}", name):
        if candidate in hints:
            return candidate
    raise TypeError(
        f"{operation}: the spec's {location} parameter {name!r} is not an argument of the generated function "
        f"(takes {', '.join(sorted(hints))})"
    )


def _binary_fields_as_bytes(contract: Contract, operation: Operation, body: Any) -> Any:
    _, schema, _ = body_media_type(operation, contract)
    if not isinstance(body, dict) or not isinstance(schema, dict):
        return body
    properties = schema.get("properties", {})
    return {
        key: value.encode() if isinstance(value, str) and properties.get(key, {}).get("format") == "binary" else value
        for key, value in body.items()
    }


def return_type(operation: Operation) -> Any:
    """What ``sync_detailed(...).parsed`` is declared to be (``Response[X]`` gives X)."""
    declared = typing.get_type_hints(operation.module.sync_detailed).get("return")
    arguments = typing.get_args(declared)
    return arguments[0] if arguments else Any


# ---------------------------------------------------------------- JSON value -> generated Python value


def to_python(value: Any, annotation: Any, *, where: str) -> Any:
    try:
        return _convert(value, annotation)
    except Exception as exc:
        raise TypeError(f"{where}: cannot pass {value!r} as {annotation}: {type(exc).__name__}: {exc}") from exc


def _is_unset(annotation: Any) -> bool:
    return getattr(annotation, "__name__", "") == "Unset"


def _convert(value: Any, annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(annotation) if not _is_unset(option)]
        if value is None and type(None) in options:
            return None
        errors = []
        for option in (option for option in options if option is not type(None)):
            try:
                return _convert(value, option)
            except Exception as exc:
                errors.append(f"{option}: {exc}")
        raise TypeError("; ".join(errors))
    if origin is list:
        (item,) = typing.get_args(annotation) or (Any,)
        if not isinstance(value, list):
            raise TypeError("not a list")
        return [_convert(entry, item) for entry in value]
    if origin is dict:
        _, item = typing.get_args(annotation) or (str, Any)
        return {key: _convert(entry, item) for key, entry in value.items()}
    if origin is typing.Literal:
        if value not in typing.get_args(annotation):
            raise TypeError(f"not one of {typing.get_args(annotation)}")
        return value
    if annotation is Any or annotation is None:
        return value
    if inspect.isclass(annotation):
        return _convert_to_class(value, annotation)
    return value


def _convert_to_class(value: Any, cls: type) -> Any:
    if hasattr(cls, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError("not an object")
        return cls.from_dict(value)
    if issubclass(cls, enum.Enum):
        return cls(value)
    if cls is dt.datetime:
        return isoparse(value)
    if cls is dt.date:
        return isoparse(value).date()
    if cls is uuid.UUID:
        return uuid.UUID(str(value))
    if cls.__name__ == "File":
        payload = value if isinstance(value, bytes) else str(value).encode()
        return cls(payload=BytesIO(payload), file_name="contract.bin")  # type: ignore[call-arg]
    if cls is bool:
        if not isinstance(value, bool):
            raise TypeError("not a boolean")
        return value
    if cls is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError("not a number")
        return float(value)
    if cls is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("not an integer")
        return value
    if cls is str:
        if not isinstance(value, str):
            raise TypeError("not a string")
        return value
    return value


def conforms(value: Any, annotation: Any) -> bool:
    """Is `value` what a function annotated to return `annotation` should give (a model, a list of models...)?"""
    origin = typing.get_origin(annotation)
    if annotation is Any:
        return True
    if annotation is None or annotation is type(None):
        return value is None
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, option) for option in typing.get_args(annotation))
    if origin is list:
        (item,) = typing.get_args(annotation) or (Any,)
        return isinstance(value, list) and all(conforms(entry, item) for entry in value)
    if origin is dict:
        return isinstance(value, dict)
    if origin is typing.Literal:
        return value in typing.get_args(annotation)
    if inspect.isclass(annotation):
        if annotation is float:
            return isinstance(value, int | float)
        return isinstance(value, annotation)
    return True
