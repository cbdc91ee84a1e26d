"""The responses an operation documents, and bodies for them: the spec's examples, a deterministic sample, or
hypothesis instances (of the schema, or of its tolerant variant).

What an operation documents and how an answer is built are talkwire-core's (``talkwire_core.testing._answers``, the
fake's reading of a spec); the suite adds its hypothesis-backed ``schemas.sample`` where a schema has no deterministic
instance.
"""

from __future__ import annotations

from typing import Any

import httpx
from talkwire_core.testing._answers import DocumentedResponse, build_response, default_body
from talkwire_core.testing._answers import documented_responses as _documented_responses

from tests.contract import schemas
from tests.contract.operations import Contract, Operation

__all__ = [
    "DocumentedResponse",
    "answer",
    "default_responder",
    "documented_responses",
    "error_responses",
    "sample_body",
    "success_responses",
]


def documented_responses(contract: Contract, operation: Operation) -> list[DocumentedResponse]:
    """Every response with a concrete status the operation documents, one media type each (JSON preferred)."""
    return _documented_responses(contract.document, operation.spec)


def success_responses(contract: Contract, operation: Operation) -> list[DocumentedResponse]:
    return [response for response in documented_responses(contract, operation) if response.is_success]


def error_responses(contract: Contract, operation: Operation) -> list[DocumentedResponse]:
    return [response for response in documented_responses(contract, operation) if response.status >= 400]


def answer(documented: DocumentedResponse, body: Any) -> httpx.Response:
    """An httpx.Response with `body` and every header the spec requires for it."""
    return build_response(documented, documented.status, body, sample=schemas.sample)


def sample_body(documented: DocumentedResponse) -> Any:
    """A deterministic body: the first valid example, else the schema's sample."""
    return default_body(documented, fallback=schemas.sample)


def default_responder(contract: Contract) -> Any:
    """Answers any operation with its first documented success and a deterministic body (auth flows' own calls,
    such as a token refresh, go through it)."""

    def respond(operation: Operation, request: httpx.Request) -> httpx.Response:
        documented = success_responses(contract, operation)[0]
        return answer(documented, sample_body(documented))

    return respond
