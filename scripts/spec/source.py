"""Spec and overlay documents as read from disk, each node with the line it stands on, and errors located in them.

A `Location` is where a problem is: the file, the JSON pointer of the node in that file, and its line. YAML files
are composed once into their node tree (which carries every node's line) and built from it; a JSON file is parsed
with `json` and its lines are looked up only when a location is asked for (that is, when something is wrong).

YAML is read as YAML 1.2 (its core schema), as OpenAPI 3.x requires, not as PyYAML's default YAML 1.1: `no`, `on`,
`yes` and `off` are strings (a language enum keeps Norwegian), `12:30` is a string rather than a sexagesimal 750,
`2024-01-01` a string rather than a date, `012` the integer 12. Merge keys (`<<`) are kept, as ruamel.yaml keeps
them. Aliases are bounded: a document whose aliases expand it past `MAX_EXPANDED_NODES` nodes (a "billion laughs"
bomb) or refer to themselves is refused at the anchor, before anything walks the expansion.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import yaml

from scripts.spec import pointer

if TYPE_CHECKING:
    _ParsingLoader = yaml.SafeLoader
else:
    # libyaml's parser when PyYAML was built with it: the pure-Python one was a seventh of a full regeneration
    # (diga's spec alone is 9000 lines). Both report the same line and column on errors, and both ask the Python
    # resolver below for the tag of every plain scalar.
    _ParsingLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# A document's nodes once every alias is expanded: far above any real spec (diga's, the largest, has ~60,000), far
# below what a "billion laughs" document makes every later walk of it spend.
MAX_EXPANDED_NODES = 1_000_000

_TAG = "tag:yaml.org,2002:"
# An anchor (`&name` after a space, a line start or a flow indicator): without one there is no alias to bound, and
# the bound's walk of the nodes (half the parse time of a large spec) is skipped.
_MAY_HAVE_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s\[\]{},]", re.MULTILINE)


class Yaml12Loader(_ParsingLoader):
    """A safe loader with YAML 1.2's core schema: the only implicit types are null, bool (`true`/`false` in three
    spellings), decimal/octal (`0o`)/hex (`0x`) integers and floats; any other plain scalar is a string. Explicit
    tags outside the core schema (`!!timestamp`, `!!binary`, `!!set`, ...) are errors: a spec is JSON data."""

    # PyYAML's registries, empty here so that nothing of its YAML 1.1 ones is inherited.
    yaml_implicit_resolvers: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}  # noqa: RUF012
    yaml_constructors: ClassVar[dict[str | None, Any]] = {}

    def construct_yaml12_bool(self, node: yaml.ScalarNode) -> bool:
        return str(self.construct_scalar(node)).lower() == "true"

    def construct_yaml12_int(self, node: yaml.ScalarNode) -> int:
        text = str(self.construct_scalar(node))
        digits = text.lstrip("+-")
        sign = -1 if text.startswith("-") else 1
        if digits.startswith("0o"):
            return sign * int(digits[2:], 8)
        if digits.startswith("0x"):
            return sign * int(digits[2:], 16)
        return sign * int(digits, 10)  # `012` is twelve in YAML 1.2 (octal in 1.1)

    def construct_yaml12_float(self, node: yaml.ScalarNode) -> float:
        text = str(self.construct_scalar(node)).lower()
        if text.lstrip("+-") == ".inf":
            return -math.inf if text.startswith("-") else math.inf
        if text == ".nan":
            return math.nan
        return float(text)


for _tag, _pattern, _first in (
    ("null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    ("bool", r"true|True|TRUE|false|False|FALSE", list("tTfF")),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", list("-+0123456789")),
    (
        "float",
        r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
        list("-+.0123456789"),
    ),
    ("merge", r"<<", ["<"]),
):
    Yaml12Loader.add_implicit_resolver(_TAG + _tag, re.compile(f"^(?:{_pattern})$"), _first)
_CORE_CONSTRUCTORS: tuple[tuple[str, Callable[[Any, Any], Any]], ...] = (
    ("null", yaml.SafeLoader.construct_yaml_null),
    ("bool", Yaml12Loader.construct_yaml12_bool),
    ("int", Yaml12Loader.construct_yaml12_int),
    ("float", Yaml12Loader.construct_yaml12_float),
    ("str", yaml.SafeLoader.construct_yaml_str),
    ("seq", yaml.SafeLoader.construct_yaml_seq),
    ("map", yaml.SafeLoader.construct_yaml_map),
)
for _tag, _construct in _CORE_CONSTRUCTORS:
    Yaml12Loader.add_constructor(_TAG + _tag, _construct)
_UNDEFINED: Callable[[Any, Any], Any] = yaml.SafeLoader.construct_undefined
Yaml12Loader.add_constructor(None, _UNDEFINED)

# The one loader every spec and overlay document is read with.
YAML_LOADER: type[yaml.SafeLoader] = Yaml12Loader


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


class InvalidSpecError(SpecError):
    """Every problem found in one spec (its overlay document included), each located; `location` and `reason`
    are the first's, `str()` gives one line per problem."""

    def __init__(self, problems: list[SpecError]) -> None:
        if not problems:
            raise ValueError("InvalidSpecError needs at least one problem")
        self.problems = problems
        super().__init__(problems[0].location, problems[0].reason)
        self.args = ("\n".join(str(problem) for problem in problems),)

    def __str__(self) -> str:
        return str(self.args[0])


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
        found = self._node_at(at)
        return int(found[0].line) + 1 if found is not None else None

    def lines_of(self, at: str) -> tuple[int, int] | None:
        """The first and last 1-based lines the node at `at` is written on (for a member of a mapping, from its key),
        or None. Comments after the node are not its lines, even where YAML's own end mark takes them in."""
        found = self._node_at(at)
        if found is None:
            return None
        mark, node = found
        while isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.value and node.flow_style is not True:
            last = node.value[-1]
            node = last[1] if isinstance(node, yaml.MappingNode) else last
        end = node.end_mark
        first = int(mark.line) + 1
        # An end mark at a line's start (a block scalar's) belongs to the line before.
        return first, max(first, int(end.line) if end.column == 0 else int(end.line) + 1)

    def _node_at(self, at: str) -> tuple[Any, yaml.Node] | None:
        """The start mark (of its key, for a mapping member) and the node at `at`, or None."""
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
        return mark, node

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
        if nodes is not None and _MAY_HAVE_ANCHOR.search(text):
            _check_aliases(nodes, path)
        data = loader.construct_document(nodes) if nodes is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        location = _mark_location(path, mark) if mark else Location(path)
        raise SpecError(location, f"invalid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise SpecError(Location(path), f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    return nodes, data


def _check_aliases(root: yaml.Node, path: Path) -> None:
    """Refuse a node tree whose aliases make it recursive or expand it past MAX_EXPANDED_NODES nodes.

    The composer shares an anchored node between its anchor and every alias, so the expanded size of each node is
    counted once (post-order, memoised by identity) however often it is referred to: the check costs one walk of
    the nodes as written, and an alias bomb is found without expanding it."""
    expanded: dict[int, int] = {}
    enclosing: set[int] = set()
    pending: list[tuple[yaml.Node, bool]] = [(root, False)]
    while pending:
        node, children_counted = pending.pop()
        key = id(node)
        if children_counted:
            enclosing.discard(key)
            size = 1 + sum(expanded[id(child)] for child in _children(node))
            if size > MAX_EXPANDED_NODES:
                raise SpecError(
                    _mark_location(path, node.start_mark),
                    f"aliases expand this node to more than {MAX_EXPANDED_NODES:,} nodes; refused (an alias bomb?)",
                )
            expanded[key] = size
        elif key in enclosing:
            raise SpecError(
                _mark_location(path, node.start_mark),
                "an alias inside this node refers to the node itself (a recursive alias)",
            )
        elif key not in expanded:
            enclosing.add(key)
            pending.append((node, True))
            pending.extend((child, False) for child in _children(node))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _mark_location(path: Path, mark: Any) -> Location:
    return Location(path, None, mark.line + 1, mark.column + 1)
