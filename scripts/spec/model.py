"""The spec model: one overlaid OpenAPI document, the files it came from, and the one way every stage walks it.

`Spec` is what lint, diff, generation, the contract coverage gate and sync read. It offers the operations (path-level
parameters merged in, parameters and responses with their `$ref`s followed), the webhooks, `$ref` resolution, and `locate(pointer)`: the file and line a
node of the overlaid document came from, which is the overlay document's action when an action wrote the node, and
the spec file otherwise. Building one (`scripts.spec.load`) reads each file once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scripts.spec import pointer
from scripts.spec.source import Location, SourceDocument, SpecError

if TYPE_CHECKING:
    from scripts.spec.overlay import AppliedAction, UnmatchedAction

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# A `$ref` chain longer than this is a cycle of references to references (schemas refer to themselves through
# properties, never directly).
_MAX_REF_CHAIN = 32


@cache
def python_name(name: str) -> str:
    """The identifier openapi-python-client gives `name` (module, function, argument or attribute)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, "field_"))


def schema_name(ref: str) -> str | None:
    """The name of the component schema a `$ref` names (`#/components/schemas/Pet` -> `Pet`), else None."""
    if not pointer.is_local_ref(ref):
        return None
    tokens = pointer.split(pointer.ref_target(ref))
    return tokens[2] if len(tokens) == 3 and tokens[:2] == ["components", "schemas"] else None


@dataclass(frozen=True)
class Parameter:
    """A parameter of an operation, its `$ref` followed."""

    name: str
    location: str  # the parameter's `in`: path, query, header or cookie
    required: bool
    node: dict[str, Any] = field(repr=False)
    pointer: str  # where it is declared: in the operation, on its path item, or the component a $ref names

    @property
    def schema(self) -> dict[str, Any]:
        schema = self.node.get("schema")
        return schema if isinstance(schema, dict) else {}


@dataclass(frozen=True)
class Response:
    """A response an operation documents, its `$ref` followed."""

    status: str  # as the spec writes it: "200", "2XX", "default"
    node: dict[str, Any] = field(repr=False)
    pointer: str  # where it is declared: in the operation, or the component a $ref names

    @property
    def is_success(self) -> bool:
        """A 2xx status or the `2XX` range."""
        return self.status.startswith("2")

    @property
    def content(self) -> dict[str, Any]:
        """{media type: its Media Type Object}, as the spec writes them; empty for a response without a body."""
        content = self.node.get("content")
        return {str(media_type): media for media_type, media in content.items()} if isinstance(content, dict) else {}


@dataclass(frozen=True)
class Operation:
    """One operation (or webhook): where it is, its object, its parameters with the path item's merged in, and its
    responses."""

    path: str  # the path template; for a webhook, the webhook's name
    method: str  # lower case
    node: dict[str, Any] = field(repr=False)
    pointer: str
    parameters: tuple[Parameter, ...] = field(repr=False)
    responses: tuple[Response, ...] = field(repr=False)  # in spec order

    @property
    def successes(self) -> tuple[Response, ...]:
        """The 2xx responses (and `2XX`), in spec order."""
        return tuple(response for response in self.responses if response.is_success)

    @property
    def operation_id(self) -> str | None:
        value = self.node.get("operationId")
        return value if isinstance(value, str) else None

    @property
    def key(self) -> str:
        """The operationId, or `METHOD path` for an operation without one."""
        return self.operation_id or f"{self.method.upper()} {self.path}"

    @property
    def python_name(self) -> str:
        """The name of the generated module and function (from the operationId)."""
        return python_name(self.key)

    @property
    def tag(self) -> str:
        """The first tag, which names the generated `api.<tag>` package; `default` without one."""
        tags = self.node.get("tags")
        return str(tags[0]) if isinstance(tags, list) and tags else "default"

    def parameters_in(self, location: str) -> dict[str, Parameter]:
        return {parameter.name: parameter for parameter in self.parameters if parameter.location == location}

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path}"


def _declared_at(entry: Any, at: str, key: object) -> str:
    """Where the entry `key` of the list or map at `at` is declared: the component its local `$ref` names, if it is
    one, else the entry itself."""
    if isinstance(entry, dict) and isinstance(entry.get("$ref"), str) and pointer.is_local_ref(entry["$ref"]):
        return pointer.ref_target(entry["$ref"])
    return pointer.child(at, key)


@dataclass
class Spec:
    """An OpenAPI document (after its overlay document, if any) with the sources it was built from."""

    document: dict[str, Any]
    source: SourceDocument | None = None
    overlay: SourceDocument | None = None
    applied: list[AppliedAction] = field(default_factory=list)
    # Actions of the overlay document that matched nothing: the spec moved under the overlay.
    stale_actions: list[UnmatchedAction] = field(default_factory=list)

    @classmethod
    def of(cls, document: dict[str, Any], path: Path | str = "<document>") -> Spec:
        """A model of a document held in memory; locations name `path`, without lines."""
        return cls(document, SourceDocument(Path(path), document))

    @property
    def path(self) -> Path:
        return self.source.path if self.source is not None else Path("<document>")

    # --- navigation ---------------------------------------------------------------------------------------------

    def node(self, at: str) -> Any:
        """The node at pointer `at`, or pointer.MISSING."""
        return pointer.resolve(self.document, at)

    @cached_property
    def operations(self) -> tuple[Operation, ...]:
        """Every operation under `paths`, in document order."""
        return tuple(self._operations_of("paths"))

    @cached_property
    def webhooks(self) -> tuple[Operation, ...]:
        """Every operation under `webhooks` (OpenAPI 3.1), in document order; `path` is the webhook's name."""
        return tuple(self._operations_of("webhooks"))

    def _operations_of(self, section: str) -> Iterator[Operation]:
        items = self.document.get(section)
        if not isinstance(items, dict):
            return
        for path, item in items.items():
            item_pointer = pointer.join([section, path])
            item = self.deref(item)
            if not isinstance(item, dict):
                continue
            shared = self._parameters(item.get("parameters"), pointer.child(item_pointer, "parameters"))
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                at = pointer.child(item_pointer, method)
                own = self._parameters(operation.get("parameters"), pointer.child(at, "parameters"))
                # An operation's own parameter replaces the path item's of the same name and location.
                merged = {(parameter.location, parameter.name): parameter for parameter in [*shared, *own]}
                responses = self._responses(operation.get("responses"), pointer.child(at, "responses"))
                yield Operation(str(path), method, operation, at, tuple(merged.values()), responses)

    def _parameters(self, declared: Any, at: str) -> list[Parameter]:
        found = []
        for index, entry in enumerate(declared if isinstance(declared, list) else []):
            node = self.deref(entry)
            if isinstance(node, dict) and isinstance(node.get("name"), str) and isinstance(node.get("in"), str):
                location = node["in"]
                required = bool(node.get("required", location == "path"))
                found.append(Parameter(node["name"], location, required, node, _declared_at(entry, at, index)))
        return found

    def _responses(self, declared: Any, at: str) -> tuple[Response, ...]:
        found = []
        for status, entry in declared.items() if isinstance(declared, dict) else []:
            node = self.deref(entry)
            if isinstance(node, dict):
                found.append(Response(str(status), node, _declared_at(entry, at, status)))
        return tuple(found)

    def operation(self, key: str) -> Operation:
        """The operation with this operationId (or `METHOD path`); KeyError when there is none."""
        for operation in self.operations:
            if operation.key == key:
                return operation
        raise KeyError(key)

    @property
    def security_schemes(self) -> dict[str, Any]:
        components = self.document.get("components")
        schemes = components.get("securitySchemes") if isinstance(components, dict) else None
        return schemes if isinstance(schemes, dict) else {}

    @property
    def schemas(self) -> dict[str, Any]:
        components = self.document.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
        return schemas if isinstance(schemas, dict) else {}

    # --- references ---------------------------------------------------------------------------------------------

    def deref(self, node: Any) -> Any:
        """`node` with its local `$ref` chain followed; pointer.MISSING when the chain dangles or loops."""
        for _ in range(_MAX_REF_CHAIN):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node
            ref = node["$ref"]
            if not pointer.is_local_ref(ref):
                return pointer.MISSING
            node = self.node(pointer.ref_target(ref))
        return pointer.MISSING

    def refs(self) -> Iterator[tuple[str, str]]:
        """(pointer of the `$ref` member, its value) for every `$ref` of the document, in document order."""
        return pointer.refs_below(self.document)

    def schemas_reachable(self, node: Any) -> set[str]:
        """Names of the component schemas `node` reaches through `$ref`s, transitively (through other components
        too, such as a referenced response or parameter)."""
        found: set[str] = set()
        seen_refs: set[str] = set()
        pending = [node]
        while pending:
            for _, ref in pointer.refs_below(pending.pop()):
                if ref in seen_refs or not pointer.is_local_ref(ref):
                    continue
                seen_refs.add(ref)
                name = schema_name(ref)
                if name is not None:
                    found.add(name)
                resolved = self.node(pointer.ref_target(ref))
                if resolved is not pointer.MISSING:
                    pending.append(resolved)
        return found

    # --- locations ----------------------------------------------------------------------------------------------

    def locate(self, at: str) -> Location:
        """Where the node at `at` of the overlaid document was written: in the overlay document when an action
        wrote it (the last such action), else in the spec file. A mapping or array that both wrote (an action
        merged into what the spec declared) is the spec's."""
        written = self._written_by_overlay(at)
        if written is not None:
            return written
        if self.source is None:
            return Location(self.path, at)
        return self.source.location(at)

    def removed_by_overlay(self, at: str) -> Location | None:
        """The overlay action (its `target`) that removed the node at `at` or one above it, if one did."""
        if self.overlay is None:
            return None
        for action in reversed(self.applied):
            if any(pointer.is_within(at, removed) for removed in action.removed):
                return self.overlay.location(pointer.join(["actions", action.index, "target"]))
        return None

    def _written_by_overlay(self, at: str) -> Location | None:
        if self.overlay is None:
            return None
        in_spec = self.source is not None and pointer.resolve(self.source.data, at) is not pointer.MISSING
        if in_spec and isinstance(self.node(at), dict | list):
            return None
        actions = self.overlay.data.get("actions")
        for action in reversed(self.applied):
            update = actions[action.index].get("update") if isinstance(actions, list) else None
            for target in action.updated:
                if not pointer.is_within(at, target):
                    continue
                below = pointer.split(at)[len(pointer.split(target)) :]
                inside = self._path_in_update(update, target, below)
                if inside is not None:
                    return self.overlay.location(pointer.join(["actions", action.index, "update", *inside]))
        return None

    def _path_in_update(self, update: Any, target: str, tokens: list[str]) -> list[object] | None:
        """The tokens leading to the same node inside an action's `update`, or None when the update did not write
        it. Arrays are appended to, so an index of the merged array maps to the update's own items."""
        path: list[object] = []
        merged = self.node(target)
        for token in tokens:
            if isinstance(merged, list):
                items = update if isinstance(update, list) else [update]
                if not token.isdigit():
                    return None
                offset = int(token) - (len(merged) - len(items))
                if not 0 <= offset < len(items):
                    return None
                path += [offset] if isinstance(update, list) else []
                update, merged = items[offset], merged[int(token)]
            elif isinstance(merged, dict) and isinstance(update, dict) and token in update:
                path.append(token)
                update, merged = update[token], merged.get(token)
            else:
                return None
        return path

    def stale_action_problems(self) -> list[SpecError]:
        """One located problem per overlay action that matched nothing (its line in the overlay document)."""
        if self.overlay is None:
            return []
        return [
            SpecError(self.overlay.location(action.pointer), f"target {action.target} matched nothing")
            for action in self.stale_actions
        ]

    def error(self, at: str, reason: str) -> SpecError:
        """A SpecError about the node at `at`, located where that node was written."""
        return SpecError(self.locate(at), reason)
