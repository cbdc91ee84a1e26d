"""Contract tests against Prism, a real mock server started from the same specs with request validation on: every
operation of every vendor through its client, and a scripted flow per vendor (a list walked page by page, a get,
a create, a request without credentials).

Prism answers a request the spec does not allow with a 4xx problem (``type`` under stoplight.io/prism/errors);
such an answer fails the test with Prism's own message.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from talkwire_core import APIError, AuthenticationError, PagingError
from talkwire_core._operations import POSITION_PARAMETER

from scripts.contract.prism import PrismMock
from tests.contract import calls, coverage
from tests.contract.clients import TOKEN, build_client
from tests.contract.deviations import PRISM_OWN_ANSWER, DeviationGuard, deviations_for
from tests.contract.operations import Contract, Operation, generated_operations, generated_vendor_keys, load_contract
from tests.specs.strict import SpecExample, spec_examples

OPERATIONS = [(vendor, name) for vendor in generated_vendor_keys() for name in load_contract(vendor).operations]
IDS = [f"{vendor}.{name}" for vendor, name in OPERATIONS]
PRISM_PROBLEM = "https://stoplight.io/prism/errors#"


class RecordingTransport(httpx.HTTPTransport):
    """The real network transport (to Prism on loopback), keeping each request it sent."""

    def __init__(self, *, strip_credentials: bool = False, prefer: dict[str, str] | None = None) -> None:
        super().__init__()
        self.sent: list[httpx.Request] = []
        self.violations: list[tuple[httpx.Request, list[Any]]] = []
        self.strip_credentials = strip_credentials
        self.prefer = prefer

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.strip_credentials:
            # What a client with a revoked or missing credential sends: Prism must refuse it.
            request.headers.pop("Authorization", None)
            request.url = request.url.copy_remove_param("token")
        operation = request.extensions.get("talkwire_operation")
        if self.prefer and operation in self.prefer:
            # Which of the spec's answers Prism gives this operation (`code=404, example=notFound`); other requests
            # (a login on the way) get Prism's default.
            request.headers["Prefer"] = self.prefer[operation]
        self.sent.append(request)
        response = super().handle_request(request)
        # Prism lists what it found wrong in this header, also when it answers with a documented 400/422.
        violations = response.headers.get("sl-violations")
        if violations:
            self.violations.append((request, json.loads(violations)))
        return response


class PrismRefusedError(AssertionError):
    """Prism answered with its own problem instead of the spec's answer; the message is Prism's."""


def prism_problem(error: APIError) -> str | None:
    """Prism's own complaint, when this error is Prism refusing (the request, or its own answer) rather than an
    answer the spec documents."""
    response = error.response
    try:
        body: Any = response.json() if response is not None else None
    except ValueError:
        return None
    if not isinstance(body, dict) or not str(body.get("type", "")).startswith(PRISM_PROBLEM):
        return None
    return describe_violations(body.get("validation", []), f"{body.get('title')}: {body.get('detail')}")


def describe_violations(violations: list[Any], headline: str = "") -> str:
    """Prism's violations, saying whether they concern the request or only Prism's own answer."""
    items = [item for item in violations if isinstance(item, dict)]
    details = [f"{'.'.join(str(part) for part in item.get('location', []))}: {item.get('message')}" for item in items]
    own_answer = bool(items) and all(str((item.get("location") or [""])[0]) == "response" for item in items)
    subject = PRISM_OWN_ANSWER if own_answer else "Prism refused the request"
    text = f"{subject}: {headline}" if headline else subject
    return text + (f" ({'; '.join(details)})" if details else "")


@contextmanager
def prism_client(
    contract: Contract, mock: PrismMock, **transport_options: Any
) -> Iterator[tuple[Any, RecordingTransport]]:
    transport = RecordingTransport(**transport_options)
    # Prism serves the spec's paths at its root, whatever path the spec's server URL has.
    client = build_client(contract.key, base_url=mock.base_url, transport=transport)
    with client:
        yield client, transport


def call_through_prism(
    operation: Operation, client: Any, transport: RecordingTransport, arguments: dict[str, Any]
) -> Any:
    """The parsed answer; PrismRefusedError with Prism's message when Prism found the request (or its answer) invalid."""
    try:
        parsed = operation.module.sync_detailed(client=client, **arguments).parsed
    except APIError as error:
        problem = prism_problem(error)
        if problem is not None:
            raise PrismRefusedError(f"{operation}: {problem}") from None
        if transport.violations:
            raise PrismRefusedError(f"{operation}: {describe_violations(transport.violations[-1][1])}") from error
        raise
    if transport.violations:
        raise PrismRefusedError(f"{operation}: {describe_violations(transport.violations[-1][1])}")
    return parsed


def sample_arguments(contract: Contract, operation: Operation) -> dict[str, Any]:
    return calls.call_arguments(contract, operation, calls.wire_request(contract, operation))


@pytest.mark.parametrize(("vendor", "name"), OPERATIONS, ids=IDS)
def test_operation_against_prism(vendor: str, name: str, prism_mocks: dict[str, PrismMock]) -> None:
    contract = load_contract(vendor)
    operation = contract.operations[name]
    guard = DeviationGuard(operation, "prism")
    with prism_client(contract, prism_mocks[vendor]) as (client, transport), guard.call():
        parsed = call_through_prism(operation, client, transport, sample_arguments(contract, operation))
        expected = calls.return_type(operation)
        assert calls.conforms(parsed, expected), (
            f"{operation}: Prism's answer parsed into {type(parsed).__name__}, not {expected}"
        )
    assert any(request.extensions.get("talkwire_operation") == name for request in transport.sent)
    guard.finish()
    coverage.record("prism", operation)


def _spec_examples(kind: str) -> list[tuple[str, str, SpecExample]]:
    """(vendor, operation name, example) of every request body (`kind` "request") or response ("response") example
    of every spec, JSON and forms; a response example several operations share (a component) once."""
    found: dict[str, tuple[str, str, SpecExample]] = {}
    for vendor in generated_vendor_keys():
        contract = load_contract(vendor)
        names = {operation.operation_id: name for name, operation in contract.operations.items()}
        for example in spec_examples(contract.document):
            if example.operation_id is None or (example.status is None) != (kind == "request"):
                continue
            if "json" not in example.media_type and example.media_type != "multipart/form-data":
                continue
            found.setdefault(f"{vendor}:{example.pointer}", (vendor, names[example.operation_id], example))
    return list(found.values())


REQUEST_EXAMPLES = _spec_examples("request")
RESPONSE_EXAMPLES = _spec_examples("response")


def _example_id(case: tuple[str, str, SpecExample]) -> str:
    vendor, name, example = case
    return f"{vendor}.{name}.{example.status or 'request'}.{example.name or 'example'}"


@pytest.mark.parametrize("case", REQUEST_EXAMPLES, ids=[_example_id(case) for case in REQUEST_EXAMPLES])
def test_prism_accepts_every_request_example_sent_through_the_client(
    case: tuple[str, str, SpecExample], prism_mocks: dict[str, PrismMock]
) -> None:
    """Each documented request body, turned into the generated models and sent as the client sends it."""
    vendor, name, example = case
    contract = load_contract(vendor)
    operation = contract.operations[name]
    request = calls.wire_request(contract, operation)
    request.body, request.media_type, request.has_body = example.value, example.media_type, True
    with prism_client(contract, prism_mocks[vendor]) as (client, transport):
        call_through_prism(operation, client, transport, calls.call_arguments(contract, operation, request))
    assert any(request.extensions.get("talkwire_operation") == name for request in transport.sent)


@pytest.mark.parametrize("case", RESPONSE_EXAMPLES, ids=[_example_id(case) for case in RESPONSE_EXAMPLES])
def test_prism_accepts_its_own_answer_for_every_response_example(
    case: tuple[str, str, SpecExample], prism_mocks: dict[str, PrismMock]
) -> None:
    """Prism, asked for each example answer of the spec, finds it valid (it reports its own answer's violations
    in `sl-violations`), and the client reads it: a 2xx as the declared type, any other as a typed error."""
    vendor, name, example = case
    contract = load_contract(vendor)
    operation = contract.operations[name]
    prefer = f"code={example.status}" + (f", example={example.name}" if example.name else "")
    with prism_client(contract, prism_mocks[vendor], prefer={name: prefer}) as (client, transport):
        try:
            parsed = call_through_prism(operation, client, transport, sample_arguments(contract, operation))
        except APIError as error:
            assert error.status_code == example.status, f"{operation}: Prism answered {error.status_code}"
        else:
            assert example.status is not None and 200 <= example.status < 300, f"{operation}: {example.status}"
            assert calls.conforms(parsed, calls.return_type(operation))


def _paging_of(contract: Contract, operation: Operation) -> dict[str, Any] | None:
    """The operation's paging declaration as generated from its x-pagination (None when it does not page)."""
    declared = generated_operations(contract.vendor)[operation.name].get("pagination")
    return declared if isinstance(declared, dict) else None


def _paged(contract: Contract) -> list[Operation]:
    return [operation for operation in contract.operations.values() if _paging_of(contract, operation)]


def _gets(contract: Contract) -> list[Operation]:
    return [
        operation
        for operation in contract.operations.values()
        if operation.method == "GET" and any(parameter.location == "path" for parameter in operation.parameters)
    ]


def _creates(contract: Contract) -> list[Operation]:
    return [
        operation
        for operation in contract.operations.values()
        if operation.method == "POST" and operation.operation_id.startswith("create") and operation.security
    ]


@pytest.mark.parametrize("vendor", generated_vendor_keys())
def test_scripted_flow(vendor: str, prism_mocks: dict[str, PrismMock]) -> None:
    """List with paging, get one, create one, and a request without credentials, as a user of the client would."""
    contract = load_contract(vendor)
    # Operations with a known Prism deviation cannot carry a flow (Prism will not answer them).
    paged, gets, creates = (
        [operation for operation in found if not deviations_for(operation, "prism")]
        for found in (_paged(contract), _gets(contract), _creates(contract))
    )
    assert gets, f"{vendor}: no get operation (GET with a path parameter)"
    mock = prism_mocks[vendor]

    with prism_client(contract, mock) as (client, transport):
        # A vendor whose lists do not page (or that has none) has no walk to script; its lists are still called by
        # test_operation_against_prism like every other operation.
        walked = [walk_pages(contract, listing, client, transport) for listing in paged[:3]]
        # Prism answers every page with the same example: a walk either follows it to a next page, or the example
        # itself says it is the last page.
        assert (
            not walked or any(len(pages) > 1 for pages in walked) or _says_last_page(contract, paged[0], walked[0][-1])
        ), f"{vendor}: no paged list went past its first page"

        get = gets[0]
        parsed = call_through_prism(get, client, transport, sample_arguments(contract, get))
        assert calls.conforms(parsed, calls.return_type(get)), f"{get}: parsed into {type(parsed).__name__}"

        for create in creates[:1]:
            parsed = call_through_prism(create, client, transport, sample_arguments(contract, create))
            assert calls.conforms(parsed, calls.return_type(create)), f"{create}: parsed into {type(parsed).__name__}"

    secured = next((operation for operation in [*gets, *paged] if operation.security), None)
    if secured is None:
        return  # no operation asks for credentials: there is no request without them to refuse
    with (
        prism_client(contract, mock, strip_credentials=True) as (client, transport),
        pytest.raises(AuthenticationError) as raised,
    ):
        secured.module.sync_detailed(client=client, **sample_arguments(contract, secured))
    assert raised.value.status_code == 401
    assert TOKEN not in str(raised.value) and TOKEN not in repr(raised.value)


def walk_pages(contract: Contract, listing: Operation, client: Any, transport: RecordingTransport) -> list[Any]:
    """Up to three pages of `listing` through the client's paging; each next page asks for a new position."""
    paging = _paging_of(contract, listing)
    assert paging is not None
    arguments = sample_arguments(contract, listing)
    # The walk sets the position itself (first page, then what each response names).
    token_arg = str(paging[f"{POSITION_PARAMETER[paging['style']]}_arg"])
    arguments.pop(token_arg, None)
    already_sent = len(transport.sent)
    # Prism's next-page URLs are its examples', on the vendor's own server, which the client rightly refuses to
    # follow off the mock: a list that pages by URL is walked for its first page here (tests/contract/
    # test_in_process.py follows the URLs).
    most = 1 if paging["style"] == "url" else 3
    pages: list[Any] = []
    try:
        pages.extend(itertools.islice(client.iterate_pages(listing.module, **arguments), most))
    except PagingError as error:
        # Prism answers every position with the same example page, which the walk refuses as a server ignoring the
        # position (talkwire-core's guarantee); that page was asked for with a new position, and had those items.
        assert "has the same items as page" in str(error), error
        pages.append(pages[-1])
    except APIError as error:
        pytest.fail(f"{listing}: paging through Prism failed: {prism_problem(error) or error}")
    assert pages, f"{listing}: no page"
    assert all(calls.conforms(page, calls.return_type(listing)) for page in pages)
    page_requests = [
        request
        for request in transport.sent[already_sent:]
        if request.extensions.get("talkwire_operation") == listing.name
    ]
    assert len(page_requests) == len(pages)
    positions = [request.url.params.get(_wire_name(contract, listing, token_arg)) for request in page_requests]
    assert all(position is not None for position in positions[1:]), positions
    assert len(set(positions)) == len(positions), f"{listing}: a page was asked for twice: {positions}"
    return pages


def _says_last_page(contract: Contract, listing: Operation, page: Any) -> bool:
    """Whether the page itself marks the end (has_more false, no next position, or no items)."""
    paging = _paging_of(contract, listing) or {}
    if paging.get("has_more_attr") and _attribute_path(page, paging["has_more_attr"]) is False:
        return True
    if paging.get("next_attr") and _attribute_path(page, paging["next_attr"]) in (None, ""):
        return True
    return not _attribute_path(page, paging.get("items_attr", ""))


def _attribute_path(value: Any, dotted: str) -> Any:
    for part in filter(None, dotted.split(".")):
        value = getattr(value, part, None)
        if value is None or type(value).__name__ == "Unset":
            return None
    return value


def _wire_name(contract: Contract, operation: Operation, python_name: str) -> str:
    for parameter in operation.parameters:
        if calls.python_name_of(parameter.name) == python_name:
            return parameter.name
    return python_name


def test_prism_problem_is_recognised() -> None:
    """The check that turns Prism's refusals into failures recognises Prism's problem bodies, and only those."""
    request = httpx.Request("GET", "http://127.0.0.1/x")
    problem = {
        "type": PRISM_PROBLEM + "UNPROCESSABLE_ENTITY",
        "title": "Invalid request",
        "status": 422,
        "detail": "Your request is not valid and no HTTP validation response was found in the spec",
        "validation": [{"location": ["query", "limit"], "severity": "Error", "message": "must be <= 100"}],
    }
    from talkwire_core.errors import error_from_response

    refused = error_from_response(httpx.Response(422, content=json.dumps(problem).encode(), request=request))
    assert prism_problem(refused) == (
        "Prism refused the request: Invalid request: Your request is not valid and no HTTP validation response was found in the spec "
        "(query.limit: must be <= 100)"
    )
    vendor_error = error_from_response(httpx.Response(422, json={"detail": "nope"}, request=request))
    assert prism_problem(vendor_error) is None
