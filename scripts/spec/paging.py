"""The `x-pagination` declaration of an operation (docs/spec-conventions.md): its styles and keys, and every problem of
one declaration, located at the declaration.

The lint reports every problem of every operation (scripts/spec/lint.py); generation refuses what it cannot render
(a style `url` declaration that is not well formed: scripts/generation/operations.py) with the same messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from scripts.spec import pointer
from scripts.spec.model import Operation, Spec, python_name

# Style `url`: the next page is the URL a response names (in its body at `next`, or in its RFC 8288 `Link` header
# under the relation `next_link`), requested as it is through the `page_url` argument of the generated functions.
URL_STYLE = "url"
PAGE_URL_ARGUMENT = "page_url"
# Where each style's position goes: a query parameter of the operation (style url has none: the URL carries it).
POSITION_PARAMETER = {"page": "page_param", "offset": "offset_param", "cursor": "cursor_param"}
STYLES = sorted([*POSITION_PARAMETER, URL_STYLE])
# Keys every style may have; then each style's own.
_COMMON_KEYS = frozenset({"style", "items", "limit_param", "has_more", "total"})
_STYLE_KEYS = {
    "page": frozenset({"page_param", "first_page", "next"}),
    "offset": frozenset({"offset_param", "next"}),
    "cursor": frozenset({"cursor_param", "next"}),
    URL_STYLE: frozenset({"next", "next_link"}),
}
_KNOWN_KEYS = _COMMON_KEYS.union(*_STYLE_KEYS.values())
# Keys holding a dotted path of JSON field names into the 2xx body.
BODY_PATHS = ("items", "next", "has_more", "total")
# Query parameters that mean "which page": an operation taking one must say how it pages.
PAGING_PARAMETERS = frozenset(
    {"page", "cursor", "after", "before", "offset", "page_token", "next_token", "starting_after"}
)
# An RFC 8288 relation type: a registered one (`next`, lower case by the registry's rule; compared case-insensitively)
# or an extension relation type, which is a URI.
_REGISTERED_RELATION = re.compile(r"^[a-zA-Z][a-zA-Z0-9.\-]*$")
_EXTENSION_RELATION = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:\S+$")

Problem = tuple[str, str]  # pointer, message


def pages_by_url(operation: Operation) -> bool:
    """Whether the operation pages by next-page URL (its generated functions then take `page_url`)."""
    declared = operation.node.get("x-pagination")
    return isinstance(declared, dict) and declared.get("style") == URL_STYLE


def paging_problems(spec: Spec, operation: Operation) -> Iterator[Problem]:
    """Every problem of the operation's paging: a paging parameter without a declaration, or a declaration that is
    not well formed, names parameters the operation does not take or paths its 2xx response does not have."""
    declared = operation.node.get("x-pagination")
    if declared is None:
        paging = sorted(set(operation.parameters_in("query")) & PAGING_PARAMETERS)
        if paging:
            yield operation.pointer, f"takes paging parameter(s) {paging} but declares no x-pagination"
        return
    if declared is False:
        return  # explicitly not walkable (e.g. the response documents no item list); the description says why
    at = pointer.child(operation.pointer, "x-pagination")
    if not isinstance(declared, dict):
        yield at, "x-pagination must be a mapping"
        return
    style = declared.get("style")
    if style not in _STYLE_KEYS:
        yield at, f"style must be one of {STYLES}, found {style!r}"
        return
    messages = [*_key_problems(declared, style), *_parameter_problems(operation, declared, style)]
    messages += _body_problems(spec, operation, declared)
    yield from ((at, message) for message in messages)


def url_paging_problems(operation: Operation) -> list[str]:
    """What makes a style `url` declaration unrenderable: not exactly one of `next` and `next_link` (a relation
    type), or a parameter that takes the name of the `page_url` argument. Empty for every other operation."""
    if not pages_by_url(operation):
        return []
    declared = operation.node["x-pagination"]
    problems = []
    if bool(declared.get("next")) == bool(declared.get("next_link")):
        problems.append(
            "style url needs exactly one of `next` (the body field holding the next page's URL) and `next_link` "
            "(the Link header relation naming it, usually `next`)"
        )
    relation = declared.get("next_link")
    if relation and not (
        isinstance(relation, str) and (_REGISTERED_RELATION.match(relation) or _EXTENSION_RELATION.match(relation))
    ):
        problems.append(f"`next_link` must be an RFC 8288 link relation type such as `next`, found {relation!r}")
    clashing = [
        parameter.name for parameter in operation.parameters if python_name(parameter.name) == PAGE_URL_ARGUMENT
    ]
    if clashing:
        problems.append(
            f"the parameter {clashing[0]!r} takes the name of the argument `{PAGE_URL_ARGUMENT}` through which "
            "style url requests the next page; rename the parameter in the overlay document"
        )
    return problems


def _key_problems(declared: dict[str, Any], style: str) -> Iterator[str]:
    allowed = _COMMON_KEYS | _STYLE_KEYS[style]
    for key in declared:
        if key in allowed:
            continue
        if key not in _KNOWN_KEYS:
            yield f"unknown key `{key}` (the keys are {sorted(_KNOWN_KEYS)})"
        elif style == URL_STYLE and key in (*POSITION_PARAMETER.values(), "first_page"):
            yield f"style url takes no `{key}`: the next page's URL carries the position"
        else:
            yield f"`{key}` is not a key of style {style}"
    first_page = declared.get("first_page", 1)
    if not isinstance(first_page, int) or isinstance(first_page, bool):
        yield f"`first_page` must be an integer, found {first_page!r}"
    if style == "cursor" and not declared.get("next"):
        yield "style cursor needs `next` (where the next token comes from)"
    if not isinstance(declared.get("items"), str):
        yield "`items` (the path to the item list; '' for a body that is the list) is required"


def _parameter_problems(operation: Operation, declared: dict[str, Any], style: str) -> Iterator[str]:
    query = set(operation.parameters_in("query"))
    position = POSITION_PARAMETER.get(style)
    for key in (position, "limit_param"):
        name = declared.get(key) if key else None
        if key is not None and key == position and not name:
            yield f"style {style} needs `{key}`"
        elif name and name not in query:
            yield f"`{key}` names {name!r}, which is not a query parameter of the operation"
    yield from url_paging_problems(operation)


def _body_problems(spec: Spec, operation: Operation, declared: dict[str, Any]) -> Iterator[str]:
    schema = _success_schema(operation)
    if schema is None:
        return
    for key in BODY_PATHS:
        dotted = declared.get(key)
        if not isinstance(dotted, str):
            continue
        # An empty `items` path: the body is the item list itself (a Link-header paged API's array).
        body_is_items = key == "items" and dotted == ""
        reached = _schemas_at(spec, schema, [] if body_is_items else dotted.split("."))
        if not reached:
            yield f"`{key}` path {dotted!r} is not in the 2xx response schema"
        elif key == "items" and not any(_is_array(found) for found in reached):
            if dotted:
                yield f"`items` path {dotted!r} is not an array in the 2xx response schema"
            else:
                yield "`items` is '' (the body is the item list), but the 2xx response schema is not an array"


def _success_schema(operation: Operation) -> dict[str, Any] | None:
    for response in operation.successes:
        for media_type, media in response.content.items():
            if "json" in media_type and isinstance(media, dict) and isinstance(media.get("schema"), dict):
                return dict(media["schema"])
    return None


def _is_array(schema: dict[str, Any]) -> bool:
    declared = schema.get("type")
    return declared == "array" or (isinstance(declared, list) and "array" in declared)


def _schemas_at(spec: Spec, schema: Any, parts: list[str]) -> list[dict[str, Any]]:
    """Every schema the dotted path reaches (through `$ref`s and each branch of allOf/anyOf/oneOf); none when the
    response schema does not have the path."""
    schema = spec.deref(schema)
    if not isinstance(schema, dict):
        return []
    reached = [schema] if not parts else []
    for combinator in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(combinator) or []:
            reached += _schemas_at(spec, branch, parts)
    properties = schema.get("properties") or {}
    if parts and parts[0] in properties:
        reached += _schemas_at(spec, properties[parts[0]], parts[1:])
    return reached
