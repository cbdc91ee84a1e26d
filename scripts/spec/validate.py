"""Is an overlaid spec usable: every local `$ref` resolves and the document is valid OpenAPI 3.0/3.1.

Each check raises SpecError at the first problem, located where the faulty node was written: the spec file, or the
overlay document's action that wrote it (or removed what a `$ref` pointed at).
"""

from __future__ import annotations

from typing import Any

from scripts.spec import pointer
from scripts.spec.model import Spec
from scripts.spec.source import SpecError


def check_refs(spec: Spec) -> None:
    """Every `$ref` must name a node of this document; external references are not supported."""
    for at, ref in spec.refs():
        if not pointer.is_local_ref(ref):
            raise spec.error(at, f"external $ref {ref!r} is not supported")
        target = pointer.ref_target(ref)
        if spec.node(target) is not pointer.MISSING:
            continue
        removed_by = spec.removed_by_overlay(target)
        if removed_by is not None:
            raise SpecError(removed_by, f"dangling $ref {ref!r} at {at}: this action removed its target")
        raise spec.error(at, f"dangling $ref {ref!r}: no such node")


def check_openapi(spec: Spec) -> None:
    """Validate against the OpenAPI 3.0/3.1 schema; the first error is reported with its pointer."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(spec.document)
    except OpenAPIValidationError as exc:
        at = _error_pointer(spec, list(exc.absolute_path), exc.instance)
        raise spec.error(at, f"invalid OpenAPI: {exc.message}") from None


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
