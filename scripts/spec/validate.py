"""Is an overlaid spec usable: every problem of it, each located where the faulty node was written.

The spec file, or the overlay document's action that wrote the node (or removed what a `$ref` pointed at). The
checks: every local `$ref` resolves; the document says which OpenAPI it is (`openapi: 3.0.x` or `3.1.x`) and is valid
against that version's schema; every operationId is unique (reported at each operation that has it); every path
parameter of a template is declared and every declared one is in the template (at the operation); every `default`
fits its schema's `enum` and `type` (at the schema). openapi-spec-validator reports its own versions of the last
three at the document's root, so those are left to the located checks here.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Any

from scripts.spec import pointer
from scripts.spec.model import Operation, Spec
from scripts.spec.source import InvalidSpecError, SpecError

# Our checks report these located; openapi-spec-validator's versions are at the root.
_LOCATED_HERE = ("DuplicateOperationIDError", "UnresolvableParameterError")
_TEMPLATE_PARAMETER = re.compile(r"\{([^}]+)\}")
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def check_spec(spec: Spec) -> None:
    """Raise InvalidSpecError listing every problem of the spec, or return."""
    problems = spec_problems(spec)
    if problems:
        raise InvalidSpecError(problems)


def spec_problems(spec: Spec) -> list[SpecError]:
    """Every problem, in the order: references, OpenAPI version and schema, operationIds, path parameters,
    defaults (one per place and reason)."""
    found = list(ref_problems(spec))
    defaults = default_problems(spec)
    version = version_problem(spec)
    if version is not None:
        found.append(version)
    elif not found:  # the validator follows `$ref`s: one that dangles is reported above instead
        found += openapi_problems(spec, defaults_located=bool(defaults))
    found += duplicate_operation_ids(spec)
    found += path_parameter_problems(spec)
    found += defaults
    unique: dict[str, SpecError] = {}
    for problem in found:
        unique.setdefault(str(problem), problem)
    return list(unique.values())


def ref_problems(spec: Spec) -> Iterator[SpecError]:
    """Every `$ref` must name a node of this document; external references are not supported."""
    for at, ref in spec.refs():
        if not pointer.is_local_ref(ref):
            yield spec.error(at, f"external $ref {ref!r} is not supported")
            continue
        target = pointer.ref_target(ref)
        if spec.node(target) is not pointer.MISSING:
            continue
        removed_by = spec.removed_by_overlay(target)
        if removed_by is not None:
            yield SpecError(removed_by, f"dangling $ref {ref!r} at {at}: this action removed its target")
        else:
            yield spec.error(at, f"dangling $ref {ref!r}: no such node")


def version_problem(spec: Spec) -> SpecError | None:
    """The document must say it is OpenAPI 3.0 or 3.1 in its `openapi` member (a misspelling is named)."""
    version = spec.document.get("openapi")
    if isinstance(version, str) and re.match(r"^3\.[01]\.\d+", version):
        return None
    if "openapi" in spec.document:
        return spec.error("/openapi", f"unsupported `openapi: {version}` (talkwire reads OpenAPI 3.0.x and 3.1.x)")
    if "swagger" in spec.document:
        return spec.error("/swagger", "a Swagger 2.0 document; convert it to OpenAPI 3 (talkwire reads 3.0 and 3.1)")
    keys = [key for key in spec.document if isinstance(key, str)]
    close = difflib.get_close_matches("openapi", [key.lower() for key in keys], n=1, cutoff=0.6)
    if close:
        key = next(key for key in keys if key.lower() == close[0])
        return spec.error(pointer.join([key]), f"`{key}` is not `openapi`: the OpenAPI version member is misspelled")
    return spec.error("", "no `openapi` member: not an OpenAPI 3.0 or 3.1 document")


def openapi_problems(spec: Spec, *, defaults_located: bool) -> list[SpecError]:
    """The document against its OpenAPI version's schema (openapi-spec-validator), every error located;
    `defaults_located`: default_problems found the defaults outside their enums, so the validator's root-level
    report of them is left out."""
    from openapi_spec_validator.shortcuts import get_validator_cls

    validator = _crawled(get_validator_cls(spec.document))(spec.document)
    problems = []
    for error in validator.iter_errors():
        if type(error).__name__ in _LOCATED_HERE or (defaults_located and _is_root_default_error(error)):
            continue
        at = _error_pointer(spec, list(error.absolute_path), error.instance)
        problems.append(spec.error(at, f"invalid OpenAPI: {error.message}"))
    return problems


# Each openapi-spec-validator class, over its OpenAPI schema crawled once (see _crawled).
_CRAWLED: dict[type[Any], type[Any]] = {}


def _crawled(spec_validator: type[Any]) -> type[Any]:
    """`spec_validator` checking against its OpenAPI schema with that schema's anchors found once, not per lookup.

    openapi-spec-validator's JSON Schema validator registers the OpenAPI 3.1 schema uncrawled, so each of its
    `$dynamicRef: "#meta"` lookups (one per schema object of the spec) crawls the whole registry again: half the
    time of validating a 3.1 spec. The same validator over a registry crawled up front reports the same errors
    (jsonschema adds the meta-schemas' registry, crawled already, to the one it is given).
    """
    if spec_validator in _CRAWLED:
        return _CRAWLED[spec_validator]
    from referencing import Registry
    from referencing.jsonschema import specification_with

    crawled = spec_validator
    checker = spec_validator.schema_validator
    schema = getattr(checker, "schema", None)
    if isinstance(schema, dict) and hasattr(checker, "evolve"):  # not another backend (jsonschema-rs)
        resource = specification_with(schema.get("$schema", "")).create_resource(schema)
        registry: Registry[Any] = Registry().with_resource(resource.id() or "", resource).crawl()
        crawled_checker = checker.__class__(schema, registry=registry)  # __class__: the validator, not its proxy
        crawled = type(spec_validator.__name__, (spec_validator,), {"schema_validator": crawled_checker})
    _CRAWLED[spec_validator] = crawled
    return crawled


def _is_root_default_error(error: Any) -> bool:
    """openapi-spec-validator's check of a `default` against its schema, reported at the root: the located
    `default_problems` covers the enum and type cases (any other is kept, at the root)."""
    return not error.absolute_path and getattr(error, "validator", None) in ("enum", "type")


def duplicate_operation_ids(spec: Spec) -> list[SpecError]:
    """An operationId (or the Python name the generator makes of it) used by more than one operation, at each."""
    by_name: dict[str, list[Operation]] = {}
    for operation in spec.operations:
        if operation.operation_id is not None:
            by_name.setdefault(operation.python_name, []).append(operation)
    problems = []
    for operations in by_name.values():
        if len(operations) < 2:
            continue
        for operation in operations:
            others = _listing([str(other) for other in operations if other is not operation])
            reason = f"operationId {operation.operation_id!r} is not unique (also {others})"
            if any(other.operation_id != operation.operation_id for other in operations):
                reason += f": the generator names both `{operation.python_name}`"
            problems.append(spec.error(pointer.child(operation.pointer, "operationId"), reason))
    return problems


def _listing(items: list[str], limit: int = 3) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def path_parameter_problems(spec: Spec) -> list[SpecError]:
    """Each `{name}` of a path template declared as a path parameter, and each declared one in the template."""
    problems = []
    for operation in spec.operations:
        in_template = _TEMPLATE_PARAMETER.findall(operation.path)
        declared = operation.parameters_in("path")
        for name in in_template:
            if name not in declared:
                problems.append(
                    spec.error(
                        operation.pointer,
                        f"path parameter `{name}` of {operation} is not declared (a parameter `in: path`, "
                        "`required: true`, on the operation or its path item)",
                    )
                )
        for name, parameter in declared.items():
            if name not in in_template:
                problems.append(
                    spec.error(parameter.pointer, f"path parameter `{name}` is not in the path of {operation}")
                )
    return problems


def default_problems(spec: Spec) -> list[SpecError]:
    """A schema's `default` outside its own `enum`, or not of its `type`, at the schema."""
    problems = []
    for at, schema in _schemas_with_defaults(spec.document):
        default = schema["default"]
        if default is None and (schema.get("nullable") is True or _allows_null(schema)):
            continue
        enum = schema.get("enum")
        if isinstance(enum, list) and not any(_same_json(default, member) for member in enum):
            problems.append(spec.error(at, f"default {default!r} is not one of its enum {enum!r}"))
            continue
        types = _types(schema)
        if types and not any(_is_json_type(default, name) for name in types):
            problems.append(spec.error(at, f"default {default!r} is not of its type {' or '.join(types)}"))
    return problems


def _schemas_with_defaults(document: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer, schema) of every mapping with a `default` inside a `schema`, `schemas`, `items`, `properties`,
    ... (any mapping that has a `default` next to `type` or `enum`: parameters keep theirs in their schema)."""
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        node, at = stack.pop()
        if isinstance(node, dict):
            if "default" in node and ("enum" in node or "type" in node) and not _is_example_value(at):
                yield at, node
            stack.extend(reversed([(value, pointer.child(at, key)) for key, value in node.items() if key != "default"]))
        elif isinstance(node, list):
            stack.extend(reversed([(value, pointer.child(at, index)) for index, value in enumerate(node)]))


def _is_example_value(at: str) -> bool:
    """Examples are data, not schemas (an example object may well have `type` and `default` members)."""
    return any(token in ("example", "examples", "x-examples") for token in pointer.split(at))


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type")
    names = [declared] if isinstance(declared, str) else declared if isinstance(declared, list) else []
    return [name for name in names if isinstance(name, str) and name in _JSON_TYPES]


def _allows_null(schema: dict[str, Any]) -> bool:
    return "null" in _types(schema) or (isinstance(schema.get("enum"), list) and None in schema["enum"])


def _is_json_type(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return name == "boolean"
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _JSON_TYPES[name])


def _same_json(left: Any, right: Any) -> bool:
    """Equal as JSON values: `True` is not `1`, but `1` is `1.0`."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, int | float) and isinstance(right, int | float):
        return left == right
    return type(left) is type(right) and bool(left == right)


def _error_pointer(spec: Spec, tokens: list[Any], instance: Any) -> str:
    """The pointer of the node an OpenAPI validation error is about.

    Errors in a Schema Object come from the JSON Schema metaschema with a path relative to that schema, so when
    the path does not lead to the offending value from the document root, the first schema-like node (in
    document order) from which it does is taken.
    """
    at = pointer.join(tokens)
    if spec.node(at) == instance:
        return at
    stack: list[tuple[Any, str]] = [(spec.document, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            candidate = pointer.child(where, *tokens)
            if where and spec.node(candidate) == instance:
                return candidate
            stack.extend(reversed([(value, pointer.child(where, key)) for key, value in node.items()]))
        elif isinstance(node, list):
            stack.extend(reversed([(value, pointer.child(where, index)) for index, value in enumerate(node)]))
    return at
