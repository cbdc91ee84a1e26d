"""Load a vendor's spec, apply its overlay document and validate the result, with errors that say where.

Every failure is a SpecError naming the file and a location (a line for syntax errors, a JSON pointer, and the
line where the source is YAML, for everything else), so a broken spec is fixed at the right place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scripts.overlay import OverlayError, apply_overlay
from scripts.registry import Vendor

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecError(ValueError):
    """A spec or overlay document is unreadable or invalid; `str()` names the file and the location."""

    def __init__(self, path: Path | str, location: str, reason: str) -> None:
        self.path = str(path)
        self.location = location
        self.reason = reason
        super().__init__(f"{self.path}: {location}: {reason}")


@dataclass
class LoadedSpec:
    vendor: Vendor
    document: dict[str, Any]
    # Actions of the overlay document that matched nothing (reported, not fatal).
    overlay_warnings: list[str] = field(default_factory=list)


# libyaml's parser when PyYAML was built with it: the pure-Python one was a seventh of a full regeneration (diga's
# spec alone is 9000 lines). Both report the same line and column on errors.
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_document(path: Path) -> dict[str, Any]:
    """Parse a JSON or YAML file into a mapping, or raise SpecError with the line and column at fault."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(path, "-", "file not found") from None
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(path, f"line {exc.lineno}, column {exc.colno}", f"invalid JSON: {exc.msg}") from None
    else:
        try:
            data = yaml.load(text, Loader=YAML_LOADER)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "-"
            raise SpecError(path, where, f"invalid YAML: {exc.problem or exc}") from None
        except yaml.YAMLError as exc:
            raise SpecError(path, "-", f"invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise SpecError(path, "/", f"expected a mapping at the top level, found {type(data).__name__}")
    return data


def yaml_line_of(path: Path, pointer: str) -> int | None:
    """The 1-based line of the node at `pointer` in a YAML file, or None (JSON files, or no such node)."""
    if path.suffix == ".json" or not path.exists():
        return None
    try:
        node: Any = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        return None
    for token in _pointer_tokens(pointer):
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == token), None)
        elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
            node = node.value[int(token)]
        else:
            node = None
        if node is None:
            return None
    return int(node.start_mark.line) + 1


def _pointer_tokens(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return []
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer.lstrip("/").split("/")]


def to_pointer(parts: Any) -> str:
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def describe_location(path: Path, pointer: str) -> str:
    line = yaml_line_of(path, pointer)
    return f"{pointer} (line {line})" if line else pointer


def load_vendor_spec(vendor: Vendor) -> LoadedSpec:
    """The vendor's spec with its overlay document applied, checked for dangling refs and validated."""
    document = read_document(vendor.spec)
    warnings: list[str] = []
    if vendor.overlay is not None:
        overlay = read_document(vendor.overlay)
        try:
            result = apply_overlay(document, overlay, source=str(vendor.overlay))
        except OverlayError as exc:
            raise SpecError(exc.source, describe_location(vendor.overlay, exc.location), exc.reason) from None
        document = result.document
        warnings = result.unmatched
    check_local_refs(document, vendor.spec, vendor.overlay)
    validate_openapi(document, vendor.spec)
    return LoadedSpec(vendor=vendor, document=document, overlay_warnings=warnings)


def check_local_refs(document: dict[str, Any], spec_path: Path, overlay_path: Path | None = None) -> None:
    """Every `$ref` must point at a node of this document; the first dangling one is reported.

    The blame goes to the spec when the spec alone already has this dangling `$ref` at that pointer, else to the
    overlay document: it either wrote the `$ref` or removed what the spec's `$ref` pointed at.
    """
    original: Any = None
    for pointer, ref in _walk_refs(document, []):
        if ref.startswith("#") and resolve_pointer(document, ref[1:]) is not _MISSING:
            continue
        if overlay_path is not None and original is None:
            original = read_document(spec_path)
        from_spec = overlay_path is None or (
            resolve_pointer(original, pointer) == ref
            and not (ref.startswith("#") and resolve_pointer(original, ref[1:]) is not _MISSING)
        )
        where = spec_path if from_spec else overlay_path
        assert where is not None
        reason = (
            f"dangling $ref {ref!r}: no such node" if ref.startswith("#") else f"external $ref {ref!r} is not supported"
        )
        raise SpecError(where, describe_location(where, pointer) if from_spec else pointer, reason)


_MISSING = object()


def resolve_pointer(document: Any, pointer: str) -> Any:
    node = document
    for token in _pointer_tokens(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return _MISSING
    return node


def _walk_refs(node: Any, parts: list[Any]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    stack: list[tuple[Any, list[Any]]] = [(node, parts)]
    while stack:
        current, where = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                found.append((to_pointer([*where, "$ref"]), ref))
            stack.extend((value, [*where, key]) for key, value in current.items())
        elif isinstance(current, list):
            stack.extend((value, [*where, index]) for index, value in enumerate(current))
    return sorted(found)


def validate_openapi(document: dict[str, Any], spec_path: Path) -> None:
    """Validate against the OpenAPI 3.0/3.1 schema; the first error is reported with its pointer."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        pointer = _error_pointer(document, list(exc.absolute_path), exc.instance)
        raise SpecError(spec_path, describe_location(spec_path, pointer), f"invalid OpenAPI: {exc.message}") from None


def _error_pointer(document: dict[str, Any], parts: list[Any], instance: Any) -> str:
    """The pointer of the node an OpenAPI validation error is about.

    Errors in a Schema Object come from the JSON Schema metaschema with a path relative to that schema, so when
    the path does not lead to the offending value from the document root, the first schema-like node (in
    document order) from which it does is taken.
    """
    pointer = to_pointer(parts)
    if resolve_pointer(document, pointer) == instance:
        return pointer
    relative = [str(part) for part in parts]
    stack: list[tuple[Any, list[Any]]] = [(document, [])]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            candidate = to_pointer([*where, *relative])
            if where and resolve_pointer(document, candidate) == instance:
                return candidate
            stack.extend(reversed([(value, [*where, key]) for key, value in node.items()]))
        elif isinstance(node, list):
            stack.extend(reversed([(value, [*where, index]) for index, value in enumerate(node)]))
    return pointer


def iter_operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    operations = []
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                operations.append((path, method, operation))
    return operations
