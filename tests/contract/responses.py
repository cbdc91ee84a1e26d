"""The responses an operation documents, and bodies for them: the spec's examples, a deterministic sample, or
hypothesis instances (of the schema, or of its tolerant variant)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from tests.contract import schemas
from tests.contract.operations import Contract, Operation
from tests.contract.transport import json_response


@dataclass(frozen=True)
class DocumentedResponse:
    status: int
    media_type: str | None  # None: no body
    schema: Any  # inlined, None without a body
    examples: tuple[Any, ...]
    headers: tuple[tuple[str, Any, bool], ...]  # (name, inlined schema, required)

    @property
    def is_success(self) -> bool:
        return 200 <= self.status < 300

    def label(self) -> str:
        return f"{self.status} {self.media_type or '(no body)'}"


_MEDIA_PREFERENCE = ("application/json", "application/problem+json")


def documented_responses(contract: Contract, operation: Operation) -> list[DocumentedResponse]:
    """Every response with a concrete status the operation documents, one media type each (JSON preferred)."""
    result = []
    for status, raw in operation.spec.get("responses", {}).items():
        if not str(status).isdigit():
            continue  # "default", "4XX": no concrete status to answer with
        response = schemas.resolve(contract.document, raw)
        content = response.get("content") or {}
        media_type = next((media for media in _MEDIA_PREFERENCE if media in content), next(iter(content), None))
        schema = None
        examples: list[Any] = []
        if media_type is not None:
            media = content[media_type]
            schema = schemas.inline(contract.document, media.get("schema", {}))
            if "example" in media:
                examples.append(media["example"])
            for example in (media.get("examples") or {}).values():
                resolved = schemas.resolve(contract.document, example)
                if isinstance(resolved, dict) and "value" in resolved:
                    examples.append(resolved["value"])
        headers = tuple(
            (
                name,
                schemas.inline(contract.document, header.get("schema", {"type": "string"})),
                bool(header.get("required")),
            )
            for name, header in (
                (name, schemas.resolve(contract.document, header))
                for name, header in (response.get("headers") or {}).items()
            )
        )
        result.append(DocumentedResponse(int(status), media_type, schema, tuple(examples), headers))
    return result


def success_responses(contract: Contract, operation: Operation) -> list[DocumentedResponse]:
    return [response for response in documented_responses(contract, operation) if response.is_success]


def error_responses(contract: Contract, operation: Operation) -> list[DocumentedResponse]:
    return [response for response in documented_responses(contract, operation) if response.status >= 400]


def answer(documented: DocumentedResponse, body: Any) -> httpx.Response:
    """An httpx.Response with `body` and every header the spec requires for it."""
    headers = {name: _header_text(schemas.sample(schema)) for name, schema, required in documented.headers if required}
    if documented.media_type is None:
        return httpx.Response(documented.status, headers=headers)
    if not documented.media_type.endswith("json") and body is None:
        body = _non_json_body(documented.media_type)
    return json_response(documented.status, body, documented.media_type, headers)


def sample_body(documented: DocumentedResponse) -> Any:
    """A deterministic body: the first valid example, else the schema's sample."""
    if documented.media_type is None or not documented.media_type.endswith("json"):
        return None
    for example in documented.examples:
        if schemas.is_valid(documented.schema, example):
            return example
    return schemas.sample(documented.schema)


def _header_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _non_json_body(media_type: str) -> bytes:
    if "xml" in media_type:
        return b"<?xml version='1.0'?><response/>"
    if "csv" in media_type:
        return b"id,name\n1,contract\n"
    if "event-stream" in media_type:
        return b"data: {}\n\n"
    return b"contract-bytes"


def default_responder(contract: Contract) -> Any:
    """Answers any operation with its first documented success and a deterministic body (auth flows' own calls,
    such as a token refresh, go through it)."""

    def respond(operation: Operation, request: httpx.Request) -> httpx.Response:
        documented = success_responses(contract, operation)[0]
        return answer(documented, sample_body(documented))

    return respond
