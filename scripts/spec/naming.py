"""Names for operations that have no operationId after the overlay document: one rule, readable and collision-free.

A vendor that publishes no operationIds (Vida) or adds an endpoint without one must not stop regeneration until
someone names it by hand. The rule (docs/operation-names.md is its user-facing statement):

1. From the summary: its words (letters and digits; `(s)` dropped) without the articles a, an, the, in
   lowerCamelCase, when that is 1 to 6 words starting with a letter: "Check the service" -> `checkService`.
2. Else from the method and path: the method, then the path's fixed segments without `api` and version segments
   (`v2`, `v1.1`), then `By` and its parameters joined by `And`: `GET /api/v2/agent/{agentId}/versions` ->
   `getAgentVersionsByAgentId`; a path of parameters only gives `getByAgentId`, the root `getRoot`.
3. A name from step 1 or 2 that another operation has too (declared, or derived for more than one operation;
   compared as the Python name the generator makes of it) is not used by any of them: they take the next step.
   After step 2 comes the method and the whole path (`getApiV2Ping`), and last that name with 2, 3, ... appended in
   document order.

A derived name is marked `x-talkwire-named-by: summary` (or `method and path`, `method and whole path`, `numbered`)
in the overlaid spec, so that the changelog can say so. Give the operation an operationId in the overlay document
to name it otherwise: the next release records that as a rename, a breaking change.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from scripts.spec.model import Operation, Spec, python_name

NAMED_BY = "x-talkwire-named-by"
_ARTICLES = frozenset({"a", "an", "the"})
_MAX_SUMMARY_WORDS = 6
_WORD = re.compile(r"[A-Za-z0-9]+")
_PARAMETER = re.compile(r"^\{([^}]*)\}$")
_UNNAMING_SEGMENT = re.compile(r"^(?:api|v\d+(?:\.\d+)*)$", re.IGNORECASE)


def operations_named(document: dict[str, Any]) -> dict[str, Any]:
    """`document` itself when every operation under `paths` has an operationId; else a copy in which the rule named
    the others (`document` is left untouched). Operations are those of the spec model: a `$ref`'d path item's too."""
    operations = Spec.of(document).operations
    unnamed = _unnamed(operations)
    if not unnamed:
        return document
    taken = {python_name(operation.operation_id) for operation in operations if operation.operation_id}
    # deepcopy's memo maps each node of `document` (by id) to its copy: the operations found above are named in
    # the copy without walking it again.
    copies: dict[int, Any] = {}
    named = copy.deepcopy(document, copies)
    for operation, (operation_id, named_by) in zip(unnamed, _derive(unnamed, taken), strict=True):
        node = copies[id(operation.node)]
        node["operationId"] = operation_id
        node[NAMED_BY] = named_by
    return named


def _unnamed(operations: tuple[Operation, ...]) -> list[Operation]:
    """The operations without an operationId, each once (path items that `$ref` one item share its operations)."""
    found: dict[int, Operation] = {}
    for operation in operations:
        if not operation.operation_id:
            found.setdefault(id(operation.node), operation)
    return list(found.values())


def _derive(unnamed: list[Operation], taken: set[str]) -> list[tuple[str, str]]:
    """(operationId, step) for each operation, each step tried for those the previous steps left unnamed."""
    steps: list[tuple[str, Callable[[Operation], str | None]]] = [
        ("summary", _from_summary),
        ("method and path", _from_method_and_path),
        ("method and whole path", _from_method_and_whole_path),
    ]
    chosen: dict[int, tuple[str, str]] = {}
    for step, derive in steps:
        candidates = {
            index: name
            for index, operation in enumerate(unnamed)
            if index not in chosen and (name := derive(operation)) is not None
        }
        counts: dict[str, int] = {}
        for name in candidates.values():
            counts[python_name(name)] = counts.get(python_name(name), 0) + 1
        for index, name in candidates.items():
            key = python_name(name)
            if counts[key] == 1 and key not in taken:
                chosen[index] = (name, step)
                taken.add(key)
    for index, operation in enumerate(unnamed):
        if index not in chosen:
            base = _from_method_and_whole_path(operation)
            number = 2
            while python_name(f"{base}{number}") in taken:
                number += 1
            chosen[index] = (f"{base}{number}", "numbered")
            taken.add(python_name(f"{base}{number}"))
    return [chosen[index] for index in range(len(unnamed))]


def _from_summary(operation: Operation) -> str | None:
    summary = operation.node.get("summary")
    if not isinstance(summary, str):
        return None
    words: list[str] = [word for word in _WORD.findall(summary.replace("(s)", "")) if word.lower() not in _ARTICLES]
    if not 1 <= len(words) <= _MAX_SUMMARY_WORDS or not words[0][0].isalpha():
        return None
    return words[0].lower() + "".join(word.capitalize() for word in words[1:])


def _from_method_and_path(operation: Operation) -> str:
    return _path_name(operation, keep=lambda segment: not _UNNAMING_SEGMENT.match(segment))


def _from_method_and_whole_path(operation: Operation) -> str:
    return _path_name(operation, keep=lambda segment: True)


def _path_name(operation: Operation, keep: Callable[[str], bool]) -> str:
    fixed: list[str] = []
    parameters: list[str] = []
    for segment in operation.path.split("/"):
        parameter = _PARAMETER.match(segment)
        if parameter:
            parameters.append(_upper_first(parameter.group(1)))
        elif segment and keep(segment):
            fixed.append(_upper_first(segment))
    name = operation.method.lower() + ("".join(fixed) or ("" if parameters else "Root"))
    return name + ("By" + "And".join(parameters) if parameters else "")


def _upper_first(text: str) -> str:
    """`ipWhitelist` -> `IpWhitelist`, `phone-number.json` -> `PhoneNumberJson` (the word's own capitals kept)."""
    return "".join(word[0].upper() + word[1:] for word in _WORD.findall(text))
