"""The project's own spec rules (docs/spec-conventions.md), checked on the overlaid spec of every vendor.

Each problem names the spec, the JSON pointer and the rule: operationId (present, lowerCamelCase), one tag, a 2xx
response (with a schema when it has content), declared security (on the operation or the document), paging declared
(`x-pagination`, well formed for its style, naming real parameters and fields: scripts/spec/paging.py) on every
operation that takes a paging parameter, and every example and default valid against its schema. A spec is linted
once it loads and validates (scripts/spec/validate.py), which refuses a duplicated operationId, so that rule is
validate's alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.cli import command_parser, report_failure
from scripts.registry import Registry, RegistryError, load_registry
from scripts.spec import pointer
from scripts.spec.formats import STRICT_FORMATS
from scripts.spec.load import check_spec, load_spec, read_spec
from scripts.spec.model import Operation, Spec
from scripts.spec.paging import paging_problems
from scripts.spec.source import Location, SpecError

OPERATION_ID = re.compile(r"^[a-z][a-zA-Z0-9]*$")
SPEC_URI = "urn:talkwire:spec"


@dataclass(frozen=True)
class Problem:
    location: Location
    rule: str
    message: str

    @property
    def pointer(self) -> str:
        return self.location.pointer or ""

    def __str__(self) -> str:
        return f"{self.location}: [{self.rule}] {self.message}"


def lint(spec: Spec) -> list[Problem]:
    """Every finding of the project's rules in `spec`, each located where the node was written."""
    problems = [*_lint_operations(spec), *_lint_examples(spec)]
    return [Problem(spec.locate(at), rule, message) for at, rule, message in problems]


Finding = tuple[str, str, str]  # pointer, rule, message


def _lint_operations(spec: Spec) -> Iterator[Finding]:
    has_global_security = "security" in spec.document
    for operation in spec.operations:
        where = operation.pointer
        operation_id = operation.node.get("operationId")
        if not isinstance(operation_id, str):
            yield where, "operationId", "operation has no operationId"
        elif not OPERATION_ID.match(operation_id):
            yield where, "operationId", f"{operation_id!r} is not lowerCamelCase"
        tags = operation.node.get("tags")
        if not isinstance(tags, list) or len(tags) != 1:
            yield where, "tag", f"an operation has exactly one tag, found {tags!r}"
        if "security" not in operation.node and not has_global_security:
            yield where, "security", "no security declared (use `security: []` for public operations)"
        yield from _lint_responses(operation)
        for at, message in paging_problems(spec, operation):
            yield at, "paging", message


def _lint_responses(operation: Operation) -> Iterator[Finding]:
    """A 2xx response, each JSON body of one with a schema; a `$ref`'d response is checked where it is declared."""
    if not operation.successes:
        yield pointer.child(operation.pointer, "responses"), "2xx", "no 2xx response"
    for response in operation.successes:
        for media_type, media in response.content.items():
            if "json" in media_type and not (isinstance(media, dict) and media.get("schema")):
                yield pointer.child(response.pointer, "content", media_type), "2xx", "no schema"


# --- examples and defaults -------------------------------------------------------------------------------


def _lint_examples(spec: Spec) -> Iterator[Finding]:
    from jsonschema.exceptions import ValidationError

    validator_for = _validator_factory(spec.document)
    for value_pointer, schema_pointer, value in _examples(spec.document):
        try:
            validator_for(schema_pointer).validate(value)
        except ValidationError as exc:
            inner = "/".join(str(part) for part in exc.absolute_path)
            detail = f" at {inner!r}" if inner else ""
            yield value_pointer, "example", f"does not fit {schema_pointer}{detail}: {exc.message}"


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
    # RFC 3339 as every validator and Prism read it: a `date-time` has a zone offset; a vendor's zone-less
    # timestamps are `date-time-local` (docs/spec-conventions.md).
    for name, check in STRICT_FORMATS.items():
        checker.checks(name)(check)

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
        schema_pointer = pointer.join([*parts, "schema"])
        if "example" in node:
            yield pointer.join([*parts, "example"]), schema_pointer, node["example"]
        examples = node.get("examples")
        if isinstance(examples, dict):
            for name, example in examples.items():
                if isinstance(example, dict) and "value" in example:
                    yield pointer.join([*parts, "examples", name, "value"]), schema_pointer, example["value"]
    elif _looks_like_schema(node, parts):
        here = pointer.join(parts)
        if "default" in node:
            yield pointer.join([*parts, "default"]), here, node["default"]
        if "example" in node:
            yield pointer.join([*parts, "example"]), here, node["example"]
        if isinstance(node.get("examples"), list):
            for index, value in enumerate(node["examples"]):
                yield pointer.join([*parts, "examples", index]), here, value


def _looks_like_schema(node: dict[str, Any], parts: list[Any]) -> bool:
    if not parts or parts[-1] in ("properties", "examples", "x-pagination"):
        return False
    inside_schemas = "schemas" in parts or "schema" in parts or "properties" in parts or "items" in parts
    return inside_schemas and ("type" in node or "$ref" in node or "enum" in node or "properties" in node)


def lint_target(registry: Registry, target: str) -> list[Problem]:
    """The findings for a registered vendor's overlaid spec, or for a spec file given by its path."""
    if target in registry.vendors:
        return lint(load_spec(registry.vendors[target]))
    spec = read_spec(Path(target))
    check_spec(spec)
    return lint(spec)


def lint_and_report(registry: Registry, targets: list[str]) -> int:
    """Print every problem of each target (a vendor or a spec file), one per line; return how many there were."""
    total = 0
    for target in targets:
        try:
            problems = lint_target(registry, target)
        except SpecError as exc:
            print(exc)
            total += 1
            continue
        for problem in problems:
            print(problem)
        total += len(problems)
    print(f"{total} problem(s)" if total else "no problems")
    return total


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.spec.lint [--root DIR] [vendor or spec path ...]`: every problem, one per line."""
    parser = command_parser("lint", __doc__, vendors_help="vendors or spec files to lint (default: every vendor)")
    args = parser.parse_args(argv)
    try:
        registry = load_registry(args.root)
    except RegistryError as exc:
        return report_failure(parser.prog, exc, code=2)
    return 1 if lint_and_report(registry, args.vendors or list(registry.vendors)) else 0


if __name__ == "__main__":
    raise SystemExit(main())
