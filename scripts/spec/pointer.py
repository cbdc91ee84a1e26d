"""JSON pointers (RFC 6901) and local `$ref`s: the one place that spells, splits and follows them.

A pointer is a string: "" is the whole document, "/paths/~1pets/get" the GET operation of `/pets`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Final
from urllib.parse import unquote


class _Missing:
    """What `resolve` returns where a pointer leads nowhere (None is a legitimate JSON value)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()


def escape(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def split(pointer: str) -> list[str]:
    """The unescaped reference tokens of `pointer` ([] for the whole document)."""
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r} (it must be empty or start with '/')")
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def join(tokens: Iterable[object]) -> str:
    """The pointer of `tokens` (keys and array indices), each escaped."""
    return "".join("/" + escape(token) for token in tokens)


def child(pointer: str, *tokens: object) -> str:
    return pointer + join(tokens)


def is_within(pointer: str, ancestor: str) -> bool:
    """Whether `pointer` is `ancestor` or a node below it (token-wise: /a/b is not within /a/bc)."""
    return pointer == ancestor or pointer.startswith(ancestor + "/")


def resolve(document: Any, pointer: str) -> Any:
    """The node at `pointer`, or MISSING."""
    node = document
    for token in split(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, dict) and token.isdigit() and int(token) in node:
            node = node[int(token)]  # YAML reads an unquoted `200:` as an int key
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return MISSING
    return node


def is_local_ref(ref: str) -> bool:
    return ref.startswith("#")


def ref_target(ref: str) -> str:
    """The pointer a local `$ref` names (`#/components/schemas/Pet` -> `/components/schemas/Pet`)."""
    if not is_local_ref(ref):
        raise ValueError(f"not a local $ref: {ref!r}")
    return unquote(ref[1:])


def refs_below(node: Any, at: str = "") -> Iterator[tuple[str, str]]:
    """(pointer of the `$ref` member, its value) for every `$ref` in `node`, in document order."""
    stack: list[tuple[Any, str]] = [(node, at)]
    while stack:
        current, where = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield child(where, "$ref"), ref
            stack.extend(reversed([(value, child(where, key)) for key, value in current.items() if key != "$ref"]))
        elif isinstance(current, list):
            stack.extend(reversed([(value, child(where, index)) for index, value in enumerate(current)]))
