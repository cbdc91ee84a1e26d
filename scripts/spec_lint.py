"""The project's own spec rules (docs/spec-conventions.md), checked on the overlaid spec of every vendor.

Each problem names the spec, the JSON pointer and the rule: operationId (present, unique, lowerCamelCase), one
tag, a 2xx response (with a schema when it has content), declared security (on the operation or the document),
paging declared (`x-pagination`, well formed, naming real parameters and fields) on every operation that takes a
paging parameter, and every example and default valid against its schema.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from scripts.specs import SpecError, iter_operations, load_vendor_spec, resolve_pointer, to_pointer

OPERATION_ID = re.compile(r"^[a-z][a-zA-Z0-9]*$")
# Query parameters that mean "which page": an operation taking one must say how it pages.
PAGING_PARAMETERS = frozenset(
    {"page", "cursor", "after", "before", "offset", "page_token", "next_token", "starting_after"}
)
PAGING_STYLES = {"page": "page_param", "cursor": "cursor_param", "offset": "offset_param"}
SPEC_URI = "urn:talkwire:spec"


@dataclass(frozen=True)
class Problem:
    spec: str
    pointer: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.spec}: {self.pointer}: [{self.rule}] {self.message}"


def lint_document(document: dict[str, Any], spec: str) -> list[Problem]:
    problems: list[Problem] = []
    problems += _lint_operations(document, spec)
    problems += _lint_examples(document, spec)
    return problems


def _lint_operations(document: dict[str, Any], spec: str) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    has_global_security = "security" in document
    for path, method, operation in iter_operations(document):
        where = to_pointer(["paths", path, method])
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str):
            yield Problem(spec, where, "operationId", "operation has no operationId")
        else:
            if not OPERATION_ID.match(operation_id):
                yield Problem(spec, where, "operationId", f"{operation_id!r} is not lowerCamelCase")
            if operation_id in seen:
                yield Problem(spec, where, "operationId", f"{operation_id!r} is also used at {seen[operation_id]}")
            seen[operation_id] = where
        tags = operation.get("tags")
        if not isinstance(tags, list) or len(tags) != 1:
            yield Problem(spec, where, "tag", f"an operation has exactly one tag, found {tags!r}")
        if "security" not in operation and not has_global_security:
            yield Problem(spec, where, "security", "no security declared (use `security: []` for public operations)")
        yield from _lint_responses(operation, spec, where)
        yield from _lint_paging(document, operation, spec, where)


def _lint_responses(operation: dict[str, Any], spec: str, where: str) -> Iterator[Problem]:
    responses = operation.get("responses") or {}
    successes = [code for code in responses if str(code).startswith("2") or str(code) == "2XX"]
    if not successes:
        yield Problem(spec, f"{where}/responses", "2xx", "no 2xx response")
    for code in successes:
        response = responses[code]
        for media_type, media in (response.get("content") or {}).items():
            if "json" in media_type and not (isinstance(media, dict) and media.get("schema")):
                yield Problem(
                    spec,
                    to_pointer([*_split(where), "responses", code, "content", media_type]),
                    "2xx",
                    "no schema",
                )


def _split(pointer: str) -> list[str]:
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.lstrip("/").split("/")]


def _query_parameters(document: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for parameter in operation.get("parameters") or []:
        if isinstance(parameter, dict) and "$ref" in parameter:
            parameter = resolve_pointer(document, parameter["$ref"][1:])
        if isinstance(parameter, dict) and parameter.get("in") == "query":
            names.add(str(parameter.get("name")))
    return names


def _lint_paging(document: dict[str, Any], operation: dict[str, Any], spec: str, where: str) -> Iterator[Problem]:
    query = _query_parameters(document, operation)
    declared = operation.get("x-pagination")
    if declared is None:
        paging = sorted(query & PAGING_PARAMETERS)
        if paging:
            yield Problem(spec, where, "paging", f"takes paging parameter(s) {paging} but declares no x-pagination")
        return
    at = f"{where}/x-pagination"
    if declared is False:
        return  # explicitly not walkable (e.g. the response documents no item list); the description says why
    if not isinstance(declared, dict):
        yield Problem(spec, at, "paging", "x-pagination must be a mapping")
        return
    style = declared.get("style")
    if style not in PAGING_STYLES:
        yield Problem(spec, at, "paging", f"style must be one of {sorted(PAGING_STYLES)}, found {style!r}")
        return
    first_page = declared.get("first_page", 1)
    if not isinstance(first_page, int) or isinstance(first_page, bool):
        yield Problem(spec, at, "paging", f"`first_page` must be an integer, found {first_page!r}")
    for key in (PAGING_STYLES[style], "limit_param"):
        name = declared.get(key)
        if key == PAGING_STYLES[style] and not name:
            yield Problem(spec, at, "paging", f"style {style} needs `{key}`")
        elif name and name not in query:
            yield Problem(
                spec, at, "paging", f"`{key}` names {name!r}, which is not a query parameter of the operation"
            )
    if style == "cursor" and not declared.get("next"):
        yield Problem(spec, at, "paging", "style cursor needs `next` (where the next token comes from)")
    if not declared.get("items"):
        yield Problem(spec, at, "paging", "`items` (path to the item list) is required")
    schema = _success_schema(document, operation)
    for key in ("items", "next", "has_more", "total"):
        dotted = declared.get(key)
        if isinstance(dotted, str) and schema is not None and not _schema_has_path(document, schema, dotted.split(".")):
            yield Problem(spec, at, "paging", f"`{key}` path {dotted!r} is not in the 2xx response schema")


def _success_schema(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    for code, response in (operation.get("responses") or {}).items():
        if str(code).startswith("2"):
            response = _deref(document, response)
            for media_type, media in (response.get("content") or {}).items():
                if "json" in media_type and isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    return dict(media["schema"])
    return None


def _deref(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = resolve_pointer(document, node["$ref"][1:])
    return node


def _schema_has_path(document: dict[str, Any], schema: Any, parts: list[str]) -> bool:
    schema = _deref(document, schema)
    if not parts:
        return True
    if not isinstance(schema, dict):
        return False
    for combinator in ("allOf", "anyOf", "oneOf"):
        if any(_schema_has_path(document, branch, parts) for branch in schema.get(combinator) or []):
            return True
    properties = schema.get("properties") or {}
    return parts[0] in properties and _schema_has_path(document, properties[parts[0]], parts[1:])


# --- examples and defaults -------------------------------------------------------------------------------


def _lint_examples(document: dict[str, Any], spec: str) -> Iterator[Problem]:
    from jsonschema.exceptions import ValidationError

    validator_for = _validator_factory(document)
    for value_pointer, schema_pointer, value in _examples(document):
        try:
            validator_for(schema_pointer).validate(value)
        except ValidationError as exc:
            inner = "/".join(str(part) for part in exc.absolute_path)
            detail = f" at {inner!r}" if inner else ""
            yield Problem(spec, value_pointer, "example", f"does not fit {schema_pointer}{detail}: {exc.message}")


def _validator_factory(document: dict[str, Any]) -> Any:
    from jsonschema import FormatChecker
    from openapi_schema_validator import OAS30Validator, OAS31Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4, DRAFT202012

    is_30 = str(document.get("openapi", "")).startswith("3.0")
    validator_class = OAS30Validator if is_30 else OAS31Validator
    resource = Resource.from_contents(document, default_specification=DRAFT4 if is_30 else DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    checker = FormatChecker()

    def _iso_datetime(value: object) -> bool:
        # Vendors send ISO 8601 without an offset too (diio); the generated client parses those, so they pass.
        return not isinstance(value, str) or bool(datetime.fromisoformat(value.replace("Z", "+00:00")))

    checker.checks("date-time", raises=ValueError)(_iso_datetime)

    cache: dict[str, Any] = {}

    def validator_for(schema_pointer: str) -> Any:
        if schema_pointer not in cache:
            cache[schema_pointer] = validator_class(
                {"$ref": f"{SPEC_URI}#{schema_pointer}"}, registry=registry, format_checker=checker
            )
        return cache[schema_pointer]

    return validator_for


def _examples(document: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(pointer of the value, pointer of its schema, value) for every example and default in the document."""
    stack: list[tuple[Any, list[Any]]] = [(document, [])]
    while stack:
        node, parts = stack.pop()
        if isinstance(node, dict):
            yield from _examples_of(node, parts)
            stack.extend(
                (value, [*parts, key]) for key, value in node.items() if key not in ("example", "examples", "default")
            )
        elif isinstance(node, list):
            stack.extend((value, [*parts, index]) for index, value in enumerate(node))


def _examples_of(node: dict[str, Any], parts: list[Any]) -> Iterator[tuple[str, str, Any]]:
    schema = node.get("schema")
    if isinstance(schema, dict):
        # A media type object or a parameter: example(s) belong to its `schema`.
        schema_pointer = to_pointer([*parts, "schema"])
        if "example" in node:
            yield to_pointer([*parts, "example"]), schema_pointer, node["example"]
        examples = node.get("examples")
        if isinstance(examples, dict):
            for name, example in examples.items():
                if isinstance(example, dict) and "value" in example:
                    yield to_pointer([*parts, "examples", name, "value"]), schema_pointer, example["value"]
    elif _looks_like_schema(node, parts):
        here = to_pointer(parts)
        if "default" in node:
            yield to_pointer([*parts, "default"]), here, node["default"]
        if "example" in node:
            yield to_pointer([*parts, "example"]), here, node["example"]
        if isinstance(node.get("examples"), list):
            for index, value in enumerate(node["examples"]):
                yield to_pointer([*parts, "examples", index]), here, value


def _looks_like_schema(node: dict[str, Any], parts: list[Any]) -> bool:
    if not parts or parts[-1] in ("properties", "examples", "x-pagination"):
        return False
    inside_schemas = "schemas" in parts or "schema" in parts or "properties" in parts or "items" in parts
    return inside_schemas and ("type" in node or "$ref" in node or "enum" in node or "properties" in node)


def lint_vendor_spec(name: str) -> list[Problem]:
    from scripts.registry import load_registry

    vendor = load_registry().select([name])[0]
    loaded = load_vendor_spec(vendor)
    return lint_document(loaded.document, str(vendor.spec.relative_to(load_registry().root)))


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.spec_lint [vendor or spec path ...]`: every problem, one per line."""
    from scripts.registry import load_registry
    from scripts.specs import check_local_refs, read_document, validate_openapi

    registry = load_registry()
    targets = argv if argv is not None else sys.argv[1:]
    total = 0
    for target in targets or list(registry.vendors):
        try:
            if target in registry.vendors:
                problems = lint_vendor_spec(target)
            else:
                path = Path(target)
                document = read_document(path)
                check_local_refs(document, path)
                validate_openapi(document, path)
                problems = lint_document(document, target)
        except SpecError as exc:
            print(exc)
            total += 1
            continue
        for problem in problems:
            print(problem)
        total += len(problems)
    print(f"{total} problem(s)" if total else "no problems")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
