"""What changed between two overlaid specs, as users of the generated client see it, and how big a bump it needs.

Rules (issue 7): major for a breaking change (operation, parameter, field, model or enum value removed; type
changed incompatibly; optional parameter or request field made required, or a required one added; response field
made optional or nullable), minor for additions, patch for descriptions, examples and anything else that keeps the
API. Whether a field is read in requests or responses decides which way a required/nullable change breaks; a model
used both ways (or not reachable from any operation) gets the stricter reading of both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, Literal

from scripts.spec import pointer
from scripts.spec.model import Operation, Spec, schema_name
from scripts.spec.naming import NAMED_BY

Level = Literal["major", "minor", "patch"]
LEVELS: tuple[Level, ...] = ("patch", "minor", "major")
Direction = frozenset[str]
REQUEST: Direction = frozenset({"request"})
RESPONSE: Direction = frozenset({"response"})
BOTH: Direction = frozenset({"request", "response"})
# Keys that only document: a change to them is a patch.
DOCUMENTATION_KEYS = frozenset({"description", "summary", "example", "examples", "title", "externalDocs"})
# Formats openapi-python-client turns into a different Python type (datetime, date, File): changing one breaks.
TYPED_FORMATS = frozenset({"date", "date-time", "binary"})


@dataclass(frozen=True)
class Change:
    """One change users of the generated client can notice, with the bump it needs."""

    level: Level
    kind: Literal["added", "removed", "changed"]
    subject: str  # e.g. "operation `list_tokens` (GET /tokens)", "field `Token.expires_at`"
    detail: str = ""
    # The operation the change is part of, as "`list_tokens` (GET /tokens)"; empty for models and the rest.
    operation: str = ""

    def line(self) -> str:
        return f"{self.kind} {self.subject}" + (f": {self.detail}" if self.detail else "")


def bump_level(changes: list[Change]) -> Level | None:
    """The strongest level among `changes`, None when there are none."""
    if not changes:
        return None
    return max((change.level for change in changes), key=LEVELS.index)


def diff_specs(old: Spec, new: Spec) -> list[Change]:
    """Every change from `old` to `new`, breaking ones first, then additions, then the rest (stable order)."""
    differ = _SpecDiffer(old, new)
    changes = differ.operations() + differ.models()
    same = old.document == new.document
    if not changes and not same:
        changes = differ.documentation_and_other()
    elif not same:
        changes += differ.documentation_and_other(only_documentation=True)
    order = {"major": 0, "minor": 1, "patch": 2}
    return sorted(changes, key=lambda change: order[change.level])


class _SpecDiffer:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old_spec, self.new_spec = old, new
        self.old = old.document
        self.new = new.document
        self.old_usage = _schema_usage(old)
        self.new_usage = _schema_usage(new)
        # The new spec's name wins for an operation at the same place in both.
        self.operation_at = {op.pointer: op for op in (*old.operations, *new.operations)}

    # --- operations -------------------------------------------------------------------------------------------

    def operations(self) -> list[Change]:
        old_ops = {operation.key: operation for operation in self.old_spec.operations}
        new_ops = {operation.key: operation for operation in self.new_spec.operations}
        changes: list[Change] = []
        for key, operation in old_ops.items():
            if key not in new_ops:
                changes.append(
                    Change("major", "removed", f"operation {_title(operation)}", operation=_title(operation))
                )
        for key, operation in new_ops.items():
            if key not in old_ops:
                detail = _named_by_rule(operation)
                changes.append(Change("minor", "added", f"operation {_title(operation)}", detail, _title(operation)))
        for key in old_ops.keys() & new_ops.keys():
            title = _title(new_ops[key])
            changes += [replace(change, operation=title) for change in self._operation(old_ops[key], new_ops[key])]
        return changes

    def _operation(self, old: Operation, new: Operation) -> list[Change]:
        name = f"`{new.python_name}`"
        changes: list[Change] = []
        if (old.path, old.method) != (new.path, new.method):
            changes.append(Change("patch", "changed", f"operation {name}", f"now {new} (was {old})"))
        changes += self._parameters(name, old, new)
        changes += self._request_body(name, old.node, new.node)
        changes += self._responses(name, old.node, new.node)
        return changes

    def _parameters(self, name: str, old: Operation, new: Operation) -> list[Change]:
        old_params = {(p.location, p.name): p.node for p in old.parameters}
        new_params = {(p.location, p.name): p.node for p in new.parameters}
        changes: list[Change] = []
        for (location, pname), _ in sorted(old_params.items(), key=_by_key):
            if (location, pname) not in new_params:
                changes.append(Change("major", "removed", f"{location} parameter `{pname}` of {name}"))
        for (location, pname), param in sorted(new_params.items(), key=_by_key):
            if (location, pname) not in old_params:
                required = bool(param.get("required"))
                changes.append(
                    Change(
                        "major" if required else "minor",
                        "added",
                        f"{'required' if required else 'optional'} {location} parameter `{pname}` to {name}",
                    )
                )
        for location, pname in sorted(old_params.keys() & new_params.keys(), key=lambda k: (str(k[0]), str(k[1]))):
            old_param, new_param = old_params[(location, pname)], new_params[(location, pname)]
            subject = f"{location} parameter `{pname}` of {name}"
            was, now = bool(old_param.get("required")), bool(new_param.get("required"))
            if not was and now:
                changes.append(Change("major", "changed", subject, "now required"))
            elif was and not now:
                changes.append(Change("minor", "changed", subject, "now optional"))
            changes += self._schema(subject, old_param.get("schema") or {}, new_param.get("schema") or {}, REQUEST)
        return changes

    def _request_body(self, name: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> list[Change]:
        old_body = _as_object(self.old_spec.deref(old_op.get("requestBody")))
        new_body = _as_object(self.new_spec.deref(new_op.get("requestBody")))
        subject = f"request body of {name}"
        if old_body is None and new_body is None:
            return []
        if old_body is None:
            required = bool(new_body and new_body.get("required"))
            return [Change("major" if required else "minor", "added", subject, "required" if required else "optional")]
        if new_body is None:
            return [Change("major", "removed", subject)]
        changes: list[Change] = []
        if not old_body.get("required") and new_body.get("required"):
            changes.append(Change("major", "changed", subject, "now required"))
        old_schema, new_schema = _json_schema(old_body), _json_schema(new_body)
        if old_schema is not None or new_schema is not None:
            changes += self._schema(subject, old_schema or {}, new_schema or {}, REQUEST)
        return changes

    def _responses(self, name: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> list[Change]:
        old_responses = old_op.get("responses") or {}
        new_responses = new_op.get("responses") or {}
        changes: list[Change] = []
        for status in sorted(old_responses.keys() - new_responses.keys(), key=str):
            changes.append(Change("major", "removed", f"response {status} of {name}"))
        for status in sorted(new_responses.keys() - old_responses.keys(), key=str):
            changes.append(Change("minor", "added", f"response {status} of {name}"))
        for status in sorted(old_responses.keys() & new_responses.keys(), key=str):
            old_schema = _json_schema(_as_object(self.old_spec.deref(old_responses[status])))
            new_schema = _json_schema(_as_object(self.new_spec.deref(new_responses[status])))
            subject = f"response {status} of {name}"
            if old_schema is None and new_schema is not None:
                changes.append(Change("minor", "added", f"body of {subject}"))
            elif old_schema is not None and new_schema is None:
                changes.append(Change("major", "removed", f"body of {subject}"))
            elif old_schema is not None and new_schema is not None:
                changes += self._schema(subject, old_schema, new_schema, RESPONSE)
        return changes

    # --- models -----------------------------------------------------------------------------------------------

    def models(self) -> list[Change]:
        old_schemas = (self.old.get("components") or {}).get("schemas") or {}
        new_schemas = (self.new.get("components") or {}).get("schemas") or {}
        changes: list[Change] = []
        for model in sorted(old_schemas.keys() - new_schemas.keys()):
            changes.append(Change("major", "removed", f"model `{model}`"))
        for model in sorted(new_schemas.keys() - old_schemas.keys()):
            changes.append(Change("minor", "added", f"model `{model}`"))
        for model in sorted(old_schemas.keys() & new_schemas.keys()):
            usage = self.old_usage.get(model, BOTH) | self.new_usage.get(model, BOTH)
            changes += self._schema(f"model `{model}`", old_schemas[model], new_schemas[model], usage, model=model)
        return changes

    # --- schemas ----------------------------------------------------------------------------------------------

    def _schema(
        self, subject: str, old: Any, new: Any, direction: Direction, *, model: str | None = None
    ) -> list[Change]:
        """Changes between two schemas; component $refs are compared by name (the model itself separately)."""
        if not isinstance(old, dict) or not isinstance(new, dict):
            return [] if old == new else [Change("major", "changed", subject, "type changed")]
        old_ref, new_ref = _ref_name(old), _ref_name(new)
        if old_ref or new_ref:
            if old_ref != new_ref:
                return [Change("major", "changed", subject, f"type changed from {_describe(old)} to {_describe(new)}")]
            return []
        changes: list[Change] = []
        old_type, new_type = _types(old), _types(new)
        if old_type != new_type and old_type and new_type:
            changes.append(
                Change("major", "changed", subject, f"type changed from {_describe(old)} to {_describe(new)}")
            )
            return changes
        old_format, new_format = old.get("format"), new.get("format")
        if old_format != new_format:
            typed = bool({old_format, new_format} & TYPED_FORMATS)
            changes.append(
                Change(
                    "major" if typed else "patch",
                    "changed",
                    subject,
                    f"format changed from {old_format or 'none'} to {new_format or 'none'}",
                )
            )
        changes += self._nullability(subject, old, new, direction)
        changes += self._enum(subject, old, new)
        changes += self._properties(subject, old, new, direction, model)
        if "items" in old or "items" in new:
            item_subject = f"items of {subject}"
            changes += self._schema(item_subject, old.get("items", {}), new.get("items", {}), direction)
        for keyword in ("allOf", "oneOf", "anyOf"):
            old_parts, new_parts = old.get(keyword) or [], new.get(keyword) or []
            if len(old_parts) != len(new_parts):
                changes.append(Change("major", "changed", subject, f"{keyword} now has {len(new_parts)} alternatives"))
            else:
                for index, (old_part, new_part) in enumerate(zip(old_parts, new_parts, strict=True)):
                    changes += self._schema(f"{subject} ({keyword}[{index}])", old_part, new_part, direction)
        return changes

    def _nullability(
        self, subject: str, old: dict[str, Any], new: dict[str, Any], direction: Direction
    ) -> list[Change]:
        was, now = _nullable(old), _nullable(new)
        if was == now:
            return []
        if now and "response" in direction:
            return [Change("major", "changed", subject, "may now be null in responses")]
        if not now and "request" in direction:
            return [Change("major", "changed", subject, "may no longer be null in requests")]
        return [Change("minor", "changed", subject, "now nullable" if now else "no longer nullable")]

    def _enum(self, subject: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
        if "enum" not in old and "enum" not in new:
            return []
        old_values, new_values = old.get("enum") or [], new.get("enum") or []
        changes: list[Change] = []
        removed = [value for value in old_values if value not in new_values]
        added = [value for value in new_values if value not in old_values]
        if removed:
            changes.append(Change("major", "removed", f"enum value(s) {_values(removed)} of {subject}"))
        if added:
            changes.append(Change("minor", "added", f"enum value(s) {_values(added)} to {subject}"))
        return changes

    def _properties(
        self, subject: str, old: dict[str, Any], new: dict[str, Any], direction: Direction, model: str | None
    ) -> list[Change]:
        old_props = old.get("properties") or {}
        new_props = new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        owner = model or subject
        changes: list[Change] = []

        def field(name: str) -> str:
            return f"field `{owner}.{name}`" if model else f"field `{name}` of {subject}"

        for name in sorted(old_props.keys() - new_props.keys()):
            changes.append(Change("major", "removed", field(name)))
        for name in sorted(new_props.keys() - old_props.keys()):
            required = name in new_required
            breaking = required and "request" in direction
            changes.append(
                Change(
                    "major" if breaking else "minor",
                    "added",
                    f"{'required' if required else 'optional'} {field(name)}",
                    "every request must now send it" if breaking else "",
                )
            )
        for name in sorted(old_props.keys() & new_props.keys()):
            was, now = name in old_required, name in new_required
            if now and not was:
                breaking = "request" in direction
                detail = "now required in requests" if breaking else "now always present"
                changes.append(Change("major" if breaking else "minor", "changed", field(name), detail))
            elif was and not now:
                breaking = "response" in direction
                detail = "now optional in responses (may be absent)" if breaking else "now optional"
                changes.append(Change("major" if breaking else "minor", "changed", field(name), detail))
            changes += self._schema(field(name), old_props[name], new_props[name], direction)
        return changes

    # --- what is left: documentation and other keys -----------------------------------------------------------

    def documentation_and_other(self, *, only_documentation: bool = False) -> list[Change]:
        """Patch-level entries: documentation changes grouped by operation or model, then other keys changed."""
        documentation: dict[str, None] = {}
        other: dict[str, None] = {}
        for parts in _differences(self.old, self.new, []):
            is_documentation = any(part in DOCUMENTATION_KEYS for part in parts if isinstance(part, str))
            owner = self._owner(parts)
            if is_documentation:
                documentation[owner] = None
            elif not only_documentation:
                other[owner] = None
        changes = []
        if documentation:
            changes.append(Change("patch", "changed", "descriptions or examples", _listing(documentation)))
        if other:
            changes.append(Change("patch", "changed", "other spec details", _listing(other)))
        return changes

    def _owner(self, parts: list[Any]) -> str:
        """What a pointer belongs to, in users' words: an operation, a model, else the pointer itself."""
        if len(parts) >= 3 and parts[0] == "paths":
            operation = self.operation_at.get(pointer.join(parts[:3]))
            if operation is not None:
                return f"`{operation.python_name}`"
        if len(parts) >= 3 and parts[:2] == ["components", "schemas"]:
            return f"`{parts[2]}`"
        if parts and parts[0] == "info":
            return "API description"
        return pointer.join(parts[:3])


def _title(operation: Operation) -> str:
    return f"`{operation.python_name}` ({operation})"


def _named_by_rule(operation: Operation) -> str:
    """For an operation the spec left unnamed: which step of talkwire's naming rule named it."""
    step = operation.node.get(NAMED_BY)
    if not isinstance(step, str):
        return ""
    return f"no operationId upstream; named `{operation.operation_id}` by the rule ({step}, docs/operation-names.md)"


def _by_key(item: tuple[tuple[Any, Any], Any]) -> tuple[str, str]:
    return (str(item[0][0]), str(item[0][1]))


def _listing(owners: dict[str, None], limit: int = 8) -> str:
    names = list(owners)
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _values(values: list[Any]) -> str:
    return ", ".join(f"`{value}`" for value in values)


def _as_object(node: Any) -> dict[str, Any] | None:
    return node if isinstance(node, dict) else None


def _json_schema(node: dict[str, Any] | None) -> dict[str, Any] | None:
    """The schema of a request body or response: its JSON media type's, else its first media type's."""
    if node is None:
        return None
    content = node.get("content") or {}
    if not content:
        return None
    media = next((value for key, value in content.items() if "json" in key), next(iter(content.values())))
    schema = media.get("schema") if isinstance(media, dict) else None
    return schema if isinstance(schema, dict) else None


def _ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    if not isinstance(ref, str):
        return None
    return schema_name(ref) or ref


def _types(schema: dict[str, Any]) -> frozenset[str]:
    declared = schema.get("type")
    types = {declared} if isinstance(declared, str) else set(declared or [])
    return frozenset(types - {"null"})


def _nullable(schema: dict[str, Any]) -> bool:
    declared = schema.get("type")
    return bool(schema.get("nullable")) or (isinstance(declared, list) and "null" in declared)


def _describe(schema: dict[str, Any]) -> str:
    ref = _ref_name(schema)
    if ref:
        return f"`{ref}`"
    types = sorted(_types(schema))
    text = "|".join(types) if types else "any"
    return f"`{text}`" + (f" ({schema['format']})" if schema.get("format") else "")


def _differences(old: Any, new: Any, parts: list[Any]) -> Iterator[list[Any]]:
    """Pointers (as part lists) of the leaves where `old` and `new` differ."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys(), key=str):
            if old.get(key, _ABSENT) != new.get(key, _ABSENT):
                yield from _differences(old.get(key, _ABSENT), new.get(key, _ABSENT), [*parts, key])
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (old_item, new_item) in enumerate(zip(old, new, strict=True)):
            if old_item != new_item:
                yield from _differences(old_item, new_item, [*parts, index])
    elif old != new:
        yield parts


_ABSENT = object()


def _schema_usage(spec: Spec) -> dict[str, Direction]:
    """For each component schema, whether requests, responses or both reach it (through $refs, transitively)."""
    usage: dict[str, set[str]] = {}
    for operation in spec.operations:
        request = [[parameter.node for parameter in operation.parameters], operation.node.get("requestBody") or {}]
        for direction, roots in (("request", request), ("response", operation.node.get("responses") or {})):
            for name in spec.schemas_reachable(roots):
                usage.setdefault(name, set()).add(direction)
    return {name: frozenset(directions) for name, directions in usage.items()}
