"""The operation table of a generated package (`_operations.py`): what talkwire-core reads at run time about each
operation (method, path, security, scopes, paging, where it is on the client), keyed by the generated module's name.
The paging declaration is the operation's `x-pagination` with the generated names beside the spec's
(docs/spec-conventions.md).

This module computes the table from the spec model; `scripts/templates/operations.py.jinja` writes it.
"""

from __future__ import annotations

from typing import Any

from scripts.spec import pointer
from scripts.spec.method_names import method_name, resource_name
from scripts.spec.model import Operation, Spec, python_name
from scripts.spec.paging import BODY_PATHS, PAGE_URL_ARGUMENT, URL_STYLE, url_paging_problems

# Paging keys naming a query parameter: the runtime gets each twice (as do the body paths, BODY_PATHS), as the spec
# spells it and as the generated code does.
_QUERY_PARAMETERS = ("page_param", "cursor_param", "offset_param", "limit_param")


def operation_table(spec: Spec, generated_modules: set[str]) -> dict[str, dict[str, Any]]:
    """{module name: entry} for every operation; each must have an operationId and a generated module (a
    SpecError located at the operation otherwise)."""
    default_security = spec.document.get("security")
    table: dict[str, dict[str, Any]] = {}
    for operation in spec.operations:
        if operation.operation_id is None:
            raise spec.error(operation.pointer, "no operationId (give it one in the spec or overlay document)")
        if operation.python_name not in generated_modules:
            raise spec.error(operation.pointer, f"the generator wrote no module api/*/{operation.python_name}.py")
        _check_url_paging(spec, operation)
        table[operation.python_name] = _entry(operation, default_security)
    return table


def _check_url_paging(spec: Spec, operation: Operation) -> None:
    """A `url` declaration the templates can render (scripts/spec/paging.py): a SpecError at the declaration
    otherwise."""
    problems = url_paging_problems(operation)
    if problems:
        raise spec.error(pointer.child(operation.pointer, "x-pagination"), problems[0])


def _entry(operation: Operation, default_security: Any) -> dict[str, Any]:
    security = operation.node.get("security", default_security) or []
    entry: dict[str, Any] = {
        "method": operation.method.upper(),
        "path": operation.path,
        "operation_id": operation.operation_id,
        "tag": operation.tag,
        "resource": resource_name(operation.tag),
        "resource_method": method_name(operation),
        "security": sorted({scheme for requirement in security for scheme in requirement}),
        "scopes": list(operation.node.get("x-required-scopes", [])),
    }
    pagination = operation.node.get("x-pagination")
    if pagination is False:
        entry["pagination"] = False
    elif pagination:
        entry["pagination"] = _with_generated_names(pagination)
    return entry


def _with_generated_names(pagination: dict[str, Any]) -> dict[str, Any]:
    """Add `<key>_attr` twins of the dotted JSON paths and `<key>_arg` twins of the query parameters, spelled as
    the generated models' attributes and the generated functions' arguments."""
    result = dict(pagination)
    for key in BODY_PATHS:
        value = pagination.get(key)
        if isinstance(value, str) and (value or key == "items"):
            # An empty `items` path: the body is the item list itself (a Link-header paged API's array).
            result[f"{key}_attr"] = ".".join(python_name(part) for part in value.split(".")) if value else ""
    for key in _QUERY_PARAMETERS:
        value = pagination.get(key)
        if isinstance(value, str) and value:
            result[f"{key}_arg"] = python_name(value)
    if pagination.get("style") == URL_STYLE:
        result["page_url_arg"] = PAGE_URL_ARGUMENT
    return result
