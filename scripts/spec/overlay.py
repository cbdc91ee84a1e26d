"""Apply an OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0) to an OpenAPI document.

Actions run in order. Each `target` is a JSONPath expression (RFC 9535 syntax, evaluated by jsonpath-ng) that
selects nodes of the document as it stands after the previous actions; `update` is merged into every selected
node (objects recursively, arrays appended, scalars replaced), `remove: true` deletes every selected node from
its parent. An action whose target selects nothing is reported: usually the spec moved under the overlay.

The result records which nodes each action updated and removed (as JSON pointers), so a problem found later in the
overlaid document can be blamed on the action that wrote or removed the node rather than on the spec.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from jsonpath_ng import DatumInContext, Fields, Index
from jsonpath_ng.exceptions import JsonPathParserError
from jsonpath_ng.ext.parser import parse as parse_jsonpath

from scripts.spec import pointer

SUPPORTED_VERSIONS = ("1.0.0",)


class OverlayError(ValueError):
    """The overlay document is malformed or one of its actions cannot be applied."""

    def __init__(self, source: str, location: str, reason: str) -> None:
        self.source = source
        self.location = location
        self.reason = reason
        super().__init__(f"{source}: {location}: {reason}")


@dataclass(frozen=True)
class AppliedAction:
    """What one action did: the pointers (in the document as it stood then) of the nodes it updated or removed."""

    index: int
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnmatchedAction:
    """An action whose target selected nothing: usually the spec moved under the overlay document."""

    source: str
    index: int
    target: str

    @property
    def pointer(self) -> str:
        """The action's pointer in the overlay document."""
        return pointer.join(["actions", self.index])

    def __str__(self) -> str:
        return f"{self.source}: {self.pointer} (target {self.target}) matched nothing"


@dataclass
class OverlayResult:
    document: dict[str, Any]
    unmatched: list[UnmatchedAction] = field(default_factory=list)
    applied: int = 0
    actions: list[AppliedAction] = field(default_factory=list)


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any], source: str = "<overlay>") -> OverlayResult:
    """Return a copy of `document` with the overlay's actions applied; `document` itself is left untouched."""
    _check_overlay_shape(overlay, source)
    result = OverlayResult(document=copy.deepcopy(document))
    for index, action in enumerate(overlay["actions"]):
        location = pointer.join(["actions", index])
        target = action["target"]
        try:
            expression = parse_jsonpath(target)
        except (
            JsonPathParserError,
            Exception,
        ) as exc:  # jsonpath-ng raises plain Exceptions from its lexer too
            raise OverlayError(source, f"{location}/target", f"invalid JSONPath {target!r}: {exc}") from None
        matches = expression.find(result.document)
        if not matches:
            result.unmatched.append(UnmatchedAction(source, index, target))
            continue
        pointers = tuple(found for found in map(_pointer_of, matches) if found is not None)
        if action.get("remove") is True:
            _remove_all(matches, source, location)
            result.actions.append(AppliedAction(index, removed=pointers))
        elif "update" in action:
            for match in matches:
                _merge_into(match, action["update"], source, location)
            result.actions.append(AppliedAction(index, updated=pointers))
        result.applied += 1
    return result


def _pointer_of(match: DatumInContext) -> str | None:
    """The JSON pointer of a matched node, or None when a step of its path is neither a field nor an index."""
    tokens: list[object] = []
    datum: DatumInContext | None = match
    while datum is not None and datum.context is not None:
        if isinstance(datum.path, Index) and len(datum.path.indices) == 1:
            tokens.append(datum.path.indices[0])
        elif isinstance(datum.path, Fields) and len(datum.path.fields) == 1:
            tokens.append(datum.path.fields[0])
        else:
            return None
        datum = datum.context
    return pointer.join(reversed(tokens))


def _check_overlay_shape(overlay: dict[str, Any], source: str) -> None:
    if not isinstance(overlay, dict):
        raise OverlayError(source, "/", "an overlay document is a mapping")
    version = overlay.get("overlay")
    if version not in SUPPORTED_VERSIONS:
        raise OverlayError(source, "/overlay", f"unsupported overlay version {version!r} (want 1.0.0)")
    info = overlay.get("info")
    if not isinstance(info, dict) or "title" not in info or "version" not in info:
        raise OverlayError(source, "/info", "`info` with `title` and `version` is required")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(source, "/actions", "`actions` must be a non-empty list")
    for index, action in enumerate(actions):
        where = pointer.join(["actions", index])
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise OverlayError(source, where, "every action needs a string `target`")
        if "update" not in action and action.get("remove") is not True:
            raise OverlayError(source, where, "an action needs `update` or `remove: true`")


def _merge_into(match: DatumInContext, update: Any, source: str, location: str) -> None:
    node = match.value
    if isinstance(node, dict) and isinstance(update, dict):
        _deep_merge(node, update)
    elif isinstance(node, list):
        node.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
    else:
        raise OverlayError(
            source,
            f"{location}/update",
            f"cannot merge a {type(update).__name__} into the {type(node).__name__} at {match.full_path}",
        )


def _deep_merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _deep_merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        else:
            target[key] = copy.deepcopy(value)


def _remove_all(matches: list[DatumInContext], source: str, location: str) -> None:
    # Array items go last-index-first so earlier removals do not shift later ones.
    keyed: list[tuple[Any, Any]] = []
    for match in matches:
        if match.context is None:
            raise OverlayError(source, f"{location}/target", "cannot remove the document root")
        parent = match.context.value
        if isinstance(match.path, Index):
            keyed.append((parent, match.path.indices[0]))
        elif isinstance(match.path, Fields) and len(match.path.fields) == 1:
            keyed.append((parent, match.path.fields[0]))
        else:
            raise OverlayError(source, f"{location}/target", f"cannot remove {match.full_path}")
    for parent, key in sorted(keyed, key=lambda pair: pair[1] if isinstance(pair[1], int) else -1, reverse=True):
        if isinstance(parent, list):
            del parent[key]
        else:
            parent.pop(key, None)
