"""The example requests and responses of the vendors' own documents, found in verbatim copies of those documents
(tests/specs/vendor_docs/) and mapped by tests/specs/documented_examples.yaml to the operation, status and media
type they document, with the repairs their JSON needed.

A *candidate* is every place in a document that holds a JSON object or a form: each fenced code block of a
Markdown document that contains one, and each top-level `{...}` of a plain-text copy. The mapping must account for
every candidate (as an example, or as not one, with the reason), so an example cannot be overlooked, and every
entry of the mapping must still find its candidate.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
DOCS = HERE / "vendor_docs"
MAPPING = HERE / "documented_examples.yaml"

# `{` followed by what a JSON object (or Redoc's rendering of one, `{- "id": ...`) can start with; this leaves out
# path templates such as `{call_id}` and code such as `${value}`.
_JSON_OBJECT_START = re.compile(r'\{[ \t]*(?:["}\-\n]|//)')
_FENCED_BLOCK = re.compile(r"^```[^\n]*\n(.*?)^```", re.DOTALL | re.MULTILINE)
FORM_MARKER = "Form Data:"


@dataclass(frozen=True)
class Candidate:
    document: str  # file name under vendor_docs/
    line: int  # 1-based line where the block's text (or the object) starts
    text: str  # the fenced block's content, or the object's text

    def __str__(self) -> str:
        return f"{self.document}:{self.line}"


@dataclass(frozen=True)
class Repair:
    """One edit that makes broken JSON parse: `find` (a literal, or a regular expression when `regex`) becomes
    `replace`. Only for JSON that is itself broken; `why` says what was broken."""

    find: str
    replace: str
    why: str
    regex: bool = False

    def apply(self, text: str, where: str) -> str:
        if self.regex:
            found = len(re.findall(self.find, text, flags=re.MULTILINE))
            assert found, f"{where}: the repair {self.why!r} no longer matches (/{self.find}/)"
            return re.sub(self.find, self.replace, text, flags=re.MULTILINE)
        assert text.count(self.find) == 1, (
            f"{where}: the repair {self.why!r} must match exactly once, matches {text.count(self.find)} times"
        )
        return text.replace(self.find, self.replace)


@dataclass(frozen=True)
class Target:
    """What an example documents: a request body, a response, a webhook delivery or one named component."""

    kind: str  # "request", "response", "webhook" or "component"
    operations: tuple[str, ...] = ()  # operationIds (request/response); several for a generic example
    status: int | None = None  # response
    media_type: str = "application/json"
    name: str | None = None  # webhook or component name
    part: str | None = None  # component: the JSON pointer of the part of the example that is that component

    def __str__(self) -> str:
        if self.kind == "response":
            return f"{'/'.join(self.operations)} {self.status} {self.media_type}"
        if self.kind == "request":
            return f"{'/'.join(self.operations)} request {self.media_type}"
        return f"{self.kind} {self.name}{self.part or ''}"


@dataclass(frozen=True)
class DocumentedExample:
    vendor: str
    candidate: Candidate
    target: Target
    repairs: tuple[Repair, ...] = ()
    form: dict[str, Any] = field(default_factory=dict)  # multipart examples: the form fields as documented
    note: str = ""

    def __str__(self) -> str:
        return f"{self.vendor} {self.candidate} ({self.target})"

    @property
    def json_text(self) -> str:
        """The example's JSON as the document has it: the first object of the block or the object itself."""
        start = _JSON_OBJECT_START.search(self.candidate.text)
        assert start is not None, f"{self}: no JSON object in the block"
        return self.candidate.text[start.start() : _balanced_end(self.candidate.text, start.start())]

    def value(self) -> Any:
        """The example as JSON, after its repairs (a form example: its fields)."""
        if self.form:
            return self.form
        text = self.json_text
        for repair in self.repairs:
            text = repair.apply(text, str(self))
        return json.loads(text)


@dataclass(frozen=True)
class NotAnExample:
    candidate: Candidate
    why: str


@dataclass(frozen=True)
class VendorDocuments:
    vendor: str
    examples: tuple[DocumentedExample, ...]
    not_examples: tuple[NotAnExample, ...]


def _balanced_end(text: str, start: int) -> int:
    """The index just past the brace that closes the one at `start` (strings are skipped, so a `}` in a value
    does not count)."""
    depth = 0
    in_string = False
    index = start
    while index < len(text):
        char = text[index]
        if in_string:
            if char == "\\":
                index += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    raise AssertionError(f"unbalanced braces from offset {start}")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


@cache
def candidates(document: str) -> tuple[Candidate, ...]:
    """Every place in the document that holds a JSON object or a form (see the module docstring)."""
    text = (DOCS / document).read_text(encoding="utf-8")
    found = []
    if document.endswith(".md"):
        for block in _FENCED_BLOCK.finditer(text):
            body = block.group(1)
            if _JSON_OBJECT_START.search(body) or FORM_MARKER in body:
                found.append(Candidate(document, _line_of(text, block.start(1)), body))
    else:
        offset = 0
        while (start := _JSON_OBJECT_START.search(text, offset)) is not None:
            end = _balanced_end(text, start.start())
            found.append(Candidate(document, _line_of(text, start.start()), text[start.start() : end]))
            offset = end
    return tuple(found)


def _target(entry: dict[str, Any], where: str) -> Target:
    operations = entry.get("operation")
    operation_ids = tuple(operations) if isinstance(operations, list) else ((operations,) if operations else ())
    if "request" in entry:
        return Target("request", operation_ids, media_type=entry["request"])
    if "response" in entry:
        return Target("response", operation_ids, int(entry["response"]), entry.get("media_type", "application/json"))
    if "webhook" in entry:
        return Target("webhook", name=entry["webhook"], media_type=entry.get("media_type", "application/json"))
    if "component" in entry:
        return Target("component", name=entry["component"], part=entry.get("part"))
    raise AssertionError(f"{where}: an example needs `request`, `response`, `webhook` or `component`")


@cache
def vendor_documents() -> tuple[VendorDocuments, ...]:
    """The mapping, each entry bound to its candidate (an entry whose candidate is gone fails here)."""
    mapping = yaml.safe_load(MAPPING.read_text(encoding="utf-8"))
    result = []
    for document, spec in mapping["documents"].items():
        by_line = {candidate.line: candidate for candidate in candidates(document)}

        def candidate_at(line: int, document: str = document, by_line: dict[int, Candidate] = by_line) -> Candidate:
            assert line in by_line, f"{MAPPING.name}: {document}:{line} holds no example (the document changed?)"
            return by_line[line]

        examples = tuple(
            DocumentedExample(
                vendor=spec["vendor"],
                candidate=candidate_at(entry["at"]),
                target=_target(entry, f"{document}:{entry['at']}"),
                repairs=tuple(Repair(**repair) for repair in entry.get("repairs", [])),
                form=entry.get("form", {}),
                note=entry.get("note", ""),
            )
            for entry in spec.get("examples", [])
        )
        not_examples = tuple(
            NotAnExample(candidate_at(entry["at"]), entry["why"]) for entry in spec.get("not_examples", [])
        )
        result.append(VendorDocuments(spec["vendor"], examples, not_examples))
    return tuple(result)


def documented_examples(vendor: str) -> list[DocumentedExample]:
    return [example for documents in vendor_documents() if documents.vendor == vendor for example in documents.examples]
