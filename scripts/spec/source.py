"""Spec and overlay documents as read from disk, each node with the line it stands on, and errors located in them.

A `Location` is where a problem is: the file, the JSON pointer of the node in that file, and its line. YAML files
are composed once into their node tree (which carries every node's line) and built from it; a JSON file is parsed
with `json` and its lines are looked up only when a location is asked for (that is, when something is wrong).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scripts.spec import pointer

# libyaml's parser when PyYAML was built with it: the pure-Python one was a seventh of a full regeneration (diga's
# spec alone is 9000 lines). Both report the same line and column on errors.
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Location:
    """Where in which file: a node (`pointer`, with its line when known) or, for syntax errors, a line and column."""

    file: Path
    pointer: str | None = None
    line: int | None = None
    column: int | None = None

    @property
    def where(self) -> str:
        """The place within the file, as printed: `/paths/~1pets/get (line 12)`, `line 3, column 7`, or `-`."""
        if self.pointer is None:
            return f"line {self.line}, column {self.column}" if self.line is not None else "-"
        shown = self.pointer or "/"
        return f"{shown} (line {self.line})" if self.line is not None else shown

    def __str__(self) -> str:
        return f"{self.file}: {self.where}"


class SpecError(ValueError):
    """A spec or overlay document is unreadable or invalid; `str()` names the file, the place and the reason."""

    def __init__(self, location: Location, reason: str) -> None:
        self.location = location
        self.reason = reason
        super().__init__(f"{location}: {reason}")

    @property
    def path(self) -> str:
        return str(self.location.file)


@dataclass
class SourceDocument:
    """One parsed file: its data, and the means to tell the line of any node in it."""

    path: Path
    data: dict[str, Any]
    text: str | None = field(default=None, repr=False)
    _nodes: yaml.Node | None = field(default=None, repr=False)
    _composed: bool = field(default=False, repr=False)

    def location(self, at: str) -> Location:
        """The location of the node at pointer `at` (its line, when the node exists and the text is known)."""
        return Location(self.path, at, self.line_of(at))

    def line_of(self, at: str) -> int | None:
        """The 1-based line of the node at `at` (of its key, for a member of a mapping: `get:` rather than the
        first line of the operation below it), or None (no such node, or no text to find it in)."""
        node = self._node_tree()
        if node is None:
            return None
        mark = node.start_mark
        for token in pointer.split(at):
            if isinstance(node, yaml.MappingNode):
                # The last of duplicated keys, as the constructor keeps it.
                member = next(((key, value) for key, value in reversed(node.value) if key.value == token), None)
                if member is None:
                    return None
                mark, node = member[0].start_mark, member[1]
            elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
                node = node.value[int(token)]
                mark = node.start_mark
            else:
                return None
        return int(mark.line) + 1

    def _node_tree(self) -> yaml.Node | None:
        if not self._composed and self.text is not None:
            self._composed = True
            try:
                # JSON is YAML's flow style, so the YAML composer finds a JSON file's lines too.
                self._nodes = yaml.compose(self.text, Loader=YAML_LOADER)
            except yaml.YAMLError:
                self._nodes = None
        return self._nodes


def read_source(path: Path) -> SourceDocument:
    """Read and parse a JSON or YAML file, or raise SpecError naming the file (and the line, for syntax errors)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(Location(path), "file not found") from None
    except UnicodeDecodeError as exc:
        raise SpecError(Location(path), f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return parse_source(text, path)


def parse_source(text: str, path: Path, *, json_syntax: bool | None = None) -> SourceDocument:
    """Parse `text` as the content of `path` (JSON when its suffix is .json, unless `json_syntax` says otherwise)."""
    if json_syntax if json_syntax is not None else path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(Location(path, None, exc.lineno, exc.colno), f"invalid JSON: {exc.msg}") from None
        source = SourceDocument(path, {}, text)
    else:
        nodes, data = _compose_and_construct(text, path)
        source = SourceDocument(path, {}, text, nodes, _composed=True)
    if not isinstance(data, dict):
        raise SpecError(Location(path, ""), f"expected a mapping at the top level, found {type(data).__name__}")
    source.data = data
    return source


def _compose_and_construct(text: str, path: Path) -> tuple[yaml.Node | None, Any]:
    """The YAML node tree (kept for locations) and the data built from it, in one parse."""
    loader = YAML_LOADER(text)
    try:
        nodes = loader.get_single_node()
        data = loader.construct_document(nodes) if nodes is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        location = Location(path, None, mark.line + 1, mark.column + 1) if mark else Location(path)
        raise SpecError(location, f"invalid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise SpecError(Location(path), f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    return nodes, data
