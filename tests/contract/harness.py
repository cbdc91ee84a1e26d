"""One call of one operation through the vendor's client against the spec-playing transport, and the checks
every contract test makes on it: the request fit the spec, the answer parsed into the typed model (or, for a
documented error, raised the typed error)."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from talkwire_core import APIError, AuthenticationError
from talkwire_core.errors import error_class_for

from tests.contract import calls, schemas
from tests.contract.clients import build_client
from tests.contract.operations import Contract, Operation
from tests.contract.responses import DocumentedResponse, answer, default_responder
from tests.contract.transport import SpecTransport


@dataclass
class Outcome:
    parsed: Any = None
    error: APIError | None = None
    transport: SpecTransport | None = None


def call_with_answer(
    contract: Contract,
    operation: Operation,
    request: calls.WireRequest,
    documented: DocumentedResponse,
    body: Any,
    *,
    validate_answer: bool = True,
    use_async: bool = False,
) -> Outcome:
    """Call `operation` with `request` (``sync_detailed``, or ``asyncio_detailed`` with `use_async`); the transport
    answers it with `documented` carrying `body`."""
    fallback = default_responder(contract)

    def respond(called: Operation, sent: httpx.Request) -> httpx.Response:
        if called.name == operation.name:
            return answer(documented, body)
        response: httpx.Response = fallback(called, sent)
        return response

    transport = SpecTransport(
        contract=contract, responder=respond, base_url=contract.in_process_base_url, validate_responses=validate_answer
    )
    arguments = calls.call_arguments(contract, operation, request)
    client = build_client(contract.key, base_url=contract.in_process_base_url, transport=transport)
    outcome = Outcome(transport=transport)
    if use_async:
        asyncio.run(_call_async(operation, client, arguments, outcome))
    else:
        with client:
            try:
                outcome.parsed = operation.module.sync_detailed(client=client, **arguments).parsed
            except APIError as error:
                outcome.error = error
    if operation.name not in transport.seen:
        raise AssertionError(f"{operation}: the call never reached the transport (sent: {transport.seen})")
    return outcome


async def _call_async(operation: Operation, client: Any, arguments: dict[str, Any], outcome: Outcome) -> None:
    async with client:
        try:
            outcome.parsed = (await operation.module.asyncio_detailed(client=client, **arguments)).parsed
        except APIError as error:
            outcome.error = error


def check_tolerant_reading(operation: Operation, outcome: Outcome, body: Any) -> None:
    """An unknown field at the top of a body is kept (``additional_properties``), not dropped or fatal."""
    if isinstance(body, dict) and schemas.EXTRA_FIELD in body and hasattr(outcome.parsed, "additional_properties"):
        kept = outcome.parsed.additional_properties
        if kept.get(schemas.EXTRA_FIELD) != body[schemas.EXTRA_FIELD]:
            raise AssertionError(
                f"{operation}: the unknown field {schemas.EXTRA_FIELD!r} was lost in parsing ({kept!r})"
            )


def check_success(operation: Operation, outcome: Outcome, documented: DocumentedResponse, body: Any) -> None:
    if outcome.error is not None:
        raise AssertionError(
            f"{operation}: a documented {documented.label()} answer raised {outcome.error!r}: {outcome.error}"
        )
    expected = calls.return_type(operation)
    if not calls.conforms(outcome.parsed, expected):
        raise AssertionError(
            f"{operation}: a documented {documented.label()} answer parsed into {type(outcome.parsed).__name__}, "
            f"not the declared {expected} (body: {str(body)[:300]})"
        )


def check_error(operation: Operation, outcome: Outcome, documented: DocumentedResponse) -> None:
    expected = error_class_for(documented.status)
    if outcome.error is None:
        raise AssertionError(
            f"{operation}: a documented {documented.label()} answer did not raise {expected.__name__} "
            f"(returned {type(outcome.parsed).__name__})"
        )
    # A failed credential exchange (an operation that needs no credentials, such as a login) may report any 4xx
    # as an AuthenticationError: for the caller, the credentials are what is wrong.
    credential_exchange = not operation.security and 400 <= documented.status < 500
    accepted = (expected, AuthenticationError) if credential_exchange else (expected,)
    if not isinstance(outcome.error, accepted) or outcome.error.status_code != documented.status:
        raise AssertionError(
            f"{operation}: a documented {documented.label()} answer raised {type(outcome.error).__name__} "
            f"(status {outcome.error.status_code}), expected {expected.__name__}"
        )


@dataclass
class Walk:
    pages: list[Any]
    requests: list[httpx.Request]


def walk_pages_in_process(
    contract: Contract, operation: Operation, respond: Callable[[int, httpx.Request], httpx.Response], max_pages: int
) -> Walk:
    """Up to `max_pages` pages of `operation` through the client's paging (``iterate_pages``), every request checked
    against the spec; `respond` answers the n-th request of the operation (0-based). The arguments are the required
    ones, the position left to the walk."""
    requests: list[httpx.Request] = []
    fallback = default_responder(contract)

    def answer_page(called: Operation, sent: httpx.Request) -> httpx.Response:
        if called.name != operation.name:
            response: httpx.Response = fallback(called, sent)
            return response
        requests.append(sent)
        return respond(len(requests) - 1, sent)

    transport = SpecTransport(
        contract=contract, responder=answer_page, base_url=contract.in_process_base_url, validate_responses=False
    )
    arguments = calls.call_arguments(contract, operation, calls.wire_request(contract, operation, only_required=True))
    client = build_client(contract.key, base_url=contract.in_process_base_url, transport=transport)
    with client:
        pages = list(itertools.islice(client.iterate_pages(operation.module, **arguments), max_pages))
    return Walk(pages, requests)
