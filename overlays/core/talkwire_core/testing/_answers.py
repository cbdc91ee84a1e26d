"""What an operation documents it answers, and the bodies the fake answers with.

A documented response is one concrete status of the operation's ``responses`` with one media type (JSON preferred),
its inlined schema, its examples and its headers. By default the fake answers the first documented success with
``default_body``: the first documented example the schema accepts, else the minimal valid body (required fields
only). Answers a test gives are checked against the same schema, so a test cannot make the fake say what the vendor
never would.

The contract suite reads documented responses and builds its answers with the same functions, plugging in its
hypothesis-backed ``sample`` where a schema has no deterministic instance.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from talkwire_core.testing import _schemas

_MEDIA_PREFERENCE = ("application/json", "application/problem+json")


@dataclass(frozen=True)
class DocumentedResponse:
    status: int
    media_type: str | None  # None: no body
    schema: Any  # inlined; None without a body
    examples: tuple[Any, ...]
    headers: tuple[tuple[str, Any, bool], ...]  # (name, inlined schema, required)

    @property
    def is_success(self) -> bool:
        return 200 <= self.status < 300

    @property
    def is_json(self) -> bool:
        return self.media_type is not None and self.media_type.split(";")[0].strip().endswith("json")

    def label(self) -> str:
        return f"{self.status} {self.media_type or '(no body)'}"


def documented_responses(document: dict[str, Any], operation: Mapping[str, Any]) -> list[DocumentedResponse]:
    """Every response with a concrete status that `operation` (an operation object of `document`) documents, one
    media type each (JSON preferred)."""
    result = []
    for status, raw in (operation.get("responses") or {}).items():
        if not str(status).isdigit():
            continue  # "default", "4XX": no concrete status to answer with
        response = _schemas.resolve(document, raw)
        content = response.get("content") or {}
        media_type = next((media for media in _MEDIA_PREFERENCE if media in content), next(iter(content), None))
        schema = None
        examples: list[Any] = []
        if media_type is not None:
            media = content[media_type]
            schema = _schemas.inline(document, media.get("schema", {}))
            if "example" in media:
                examples.append(media["example"])
            for example in (media.get("examples") or {}).values():
                resolved = _schemas.resolve(document, example)
                if isinstance(resolved, dict) and "value" in resolved:
                    examples.append(resolved["value"])
        headers = tuple(
            (
                name,
                _schemas.inline(document, header.get("schema", {"type": "string"})),
                bool(header.get("required")),
            )
            for name, header in (
                (name, _schemas.resolve(document, header)) for name, header in (response.get("headers") or {}).items()
            )
        )
        result.append(DocumentedResponse(int(status), media_type, schema, tuple(examples), headers))
    return result


def default_body(documented: DocumentedResponse, *, fallback: Callable[[Any], Any] = _schemas.minimal) -> Any:
    """The first documented example the schema accepts, else ``fallback(schema)`` (the minimal valid body); None for
    non-JSON media."""
    if not documented.is_json:
        return None
    for example in documented.examples:
        if _schemas.is_valid(documented.schema, example):
            return example
    return fallback(documented.schema)


def build_response(
    documented: DocumentedResponse | None,
    status: int,
    body: Any,
    *,
    headers: dict[str, str] | None = None,
    sample: Callable[[Any], Any] = _schemas.sample,
) -> httpx.Response:
    """An httpx.Response with `body` (JSON, or the bytes or text given for other media) and every header the spec
    requires for the documented response (a value ``sample`` draws from its schema)."""
    all_headers: dict[str, str] = {}
    if documented is not None:
        for name, schema, required in documented.headers:
            if required:
                all_headers[name] = _header_text(sample(schema))
    all_headers.update(headers or {})
    media_type = documented.media_type if documented is not None else ("application/json" if body is not None else None)
    if media_type is None:
        return httpx.Response(status, headers=all_headers)
    if media_type.split(";")[0].strip().endswith("json"):
        content = json.dumps(body).encode()
    elif isinstance(body, bytes):
        content = body
    elif body is None:
        content = _non_json_body(media_type)
    else:
        content = str(body).encode()
    return httpx.Response(status, content=content, headers={"content-type": media_type, **all_headers})


def _header_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _non_json_body(media_type: str) -> bytes:
    if "xml" in media_type:
        return b"<?xml version='1.0'?><response/>"
    if "csv" in media_type:
        return b"id,name\n1,fake\n"
    if "event-stream" in media_type:
        return b"data: {}\n\n"
    return b"fake-bytes"
