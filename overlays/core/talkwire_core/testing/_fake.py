"""One fake of a vendor API, driven by its spec: what every vendor's ``testing`` module declares itself over.

``VendorFake`` answers requests the way the vendor would, and refuses those the vendor's spec forbids:

1. the request is routed by method and path to an operation of the spec (the path template, literal segments first);
2. its credentials must be where the spec's security scheme puts them (a bearer header, a query parameter, a header)
   and nowhere else;
3. openapi-core checks it against the operation (parameters, body, media types, formats);
4. it is recorded (``fake.recorded_calls``, ``fake.<resource>.<method>.calls``);
5. a token the fake does not know, or that has expired, gets the vendor's 401; one that lacks the operation's scopes
   its 403;
6. the answer is the test's (``returns``, ``fails``, ``pages``, ``answers``) or, by default, the documented example
   of the first success, else its minimal valid body.

A refused request raises ``RequestRefusedError`` (an AssertionError naming the operation and the violation) where
it was sent, and is kept in ``fake.refusals``, so a fake used as a context manager (and the pytest fixtures) fails
the test even when the code under test swallowed the error.
"""

from __future__ import annotations

import asyncio
import copy
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Self
from urllib.parse import parse_qsl, unquote

import httpx

from talkwire_core._vendor import Vendor
from talkwire_core.testing import _schemas
from talkwire_core.testing._answers import DocumentedResponse, build_response, default_body, documented_responses
from talkwire_core.testing._openapi import OpenAPIRequestOf, describe_openapi_error, strict_openapi
from talkwire_core.testing._spec import SpecOperation, VendorSpec, packaged_spec
from talkwire_core.testing._tokens import TokenStore
from talkwire_core.testing._webhooks import SignedDelivery, signed_delivery

if TYPE_CHECKING:
    from talkwire_core.testing._server import ServedFake
    from talkwire_core.webhooks import VendorWebhooks

# The origin requests are checked against, wherever they were sent (in process, or to the served fake's port).
_CHECK_ORIGIN = "http://fake.invalid"


class RequestRefusedError(AssertionError):
    """A request the vendor's spec forbids; the message names the operation (when one was matched) and why."""


@dataclass(frozen=True)
class ErrorFields:
    """Where a vendor's error body carries what ``fails`` sets, as dotted paths (``error.code``); None: it has none.
    ``retry_after`` None sends the wait as a ``Retry-After`` header instead."""

    code: str | None = None
    message: str | None = None
    status: str | None = None
    retry_after: str | None = None


@dataclass(frozen=True)
class RecordedCall:
    """One request the fake accepted: the operation (its key and its place on the client) and its arguments."""

    operation: str  # the generated module's name, e.g. list_meetings
    resource: str | None  # e.g. meetings
    method: str | None  # e.g. list
    http_method: str
    path: str  # as sent, below the server's path
    path_params: Mapping[str, str]
    query: Mapping[str, str | list[str]]  # a repeated parameter as a list
    body: Any = None  # the JSON body decoded, a form as a dict, other content as bytes; None without a body
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)

    def presents(self, fields: Mapping[str, Any]) -> bool:
        """Whether the body is a JSON object with each of `fields` at exactly its value: the check of a login's or a
        token refresh's credentials (``if not call.presents({"email": ..., "password": ...}): return stub.error(401)``).
        """
        body = self.body if isinstance(self.body, dict) else {}
        return all(name in body and body[name] == value for name, value in fields.items())


@dataclass(frozen=True)
class Answer:
    """What the fake sends back: a status, a body (JSON-able, bytes or text), headers, and how long to wait first."""

    status: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    documented: DocumentedResponse | None = field(default=None, repr=False)
    delay: float = 0.0

    def response(self) -> httpx.Response:
        return build_response(self.documented, self.status, self.body, headers=dict(self.headers))


Handler = Callable[[RecordedCall], Answer]


def jsonable(value: Any) -> Any:
    """A generated model (attrs ``to_dict``, pydantic ``model_dump``) or a structure of them, as JSON values."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    if hasattr(value, "model_dump") and callable(value.model_dump):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    return value


class OperationStub:
    """One operation of the fake: what it answers and the calls it got. Every setter returns the stub, so
    ``fake.meetings.list.delay(0.1).returns(page)`` reads as one sentence."""

    def __init__(self, fake: VendorFake, operation: SpecOperation) -> None:
        self._fake = fake
        self.operation = operation
        self.documented = documented_responses(fake.spec.document, operation.node)
        self._queue: deque[Answer | Handler] = deque()
        self._standing: Answer | Handler | None = None
        self._delay = 0.0

    def __repr__(self) -> str:
        return f"<fake {self.operation}>"

    # ------------------------------------------------------------------ what the test says

    def returns(
        self,
        value: Any,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        times: int | None = None,
    ) -> Self:
        """Answer `value` (a generated model, a list of them, or JSON; bytes or text for other media) with the
        first documented success (or `status`); checked against the documented schema now. `times`: only the next
        so many calls (then back to what was answered before)."""
        return self._set(self.success(value, status=status, headers=headers), times)

    def fails(
        self,
        status: int,
        *,
        code: str | None = None,
        message: str | None = None,
        retry_after: float | None = None,
        sent_as: int | None = None,
        times: int | None = None,
    ) -> Self:
        """Answer the vendor's error for `status`: its documented body (the example with `code`, if one has it),
        with `code`, `message` and `retry_after` where the vendor puts them. `sent_as`: the HTTP status on the wire,
        when the vendor sends an error with another one (Vocelio's envelopes on 200)."""
        answer = self.error(status, code=code, message=message, retry_after=retry_after, sent_as=sent_as)
        return self._set(answer, times)

    def pages(self, values: Iterable[Any], *, status: int | None = None) -> Self:
        """Answer the next calls with `values` in order, one page each (then back to what was answered before)."""
        for value in values:
            self._queue.append(self.success(value, status=status))
        return self

    def answers(self, handler: Handler, *, times: int | None = None) -> Self:
        """Answer each call with ``handler(call)``, an ``Answer`` (build one with ``success`` or ``error``)."""
        return self._set(handler, times)

    def delay(self, seconds: float) -> Self:
        """Wait `seconds` before every answer of this operation (a slow vendor, for timeouts and deadlines)."""
        self._delay = float(seconds)
        return self

    def reset(self) -> Self:
        """Back to the default answer, no delay (the calls recorded stay)."""
        self._queue.clear()
        self._standing = None
        self._delay = 0.0
        return self

    @property
    def calls(self) -> list[RecordedCall]:
        """The calls this operation got, in order."""
        return [call for call in self._fake.recorded_calls if call.operation == self.operation.key]

    # ------------------------------------------------------------------ building answers

    def success(self, value: Any, *, status: int | None = None, headers: Mapping[str, str] | None = None) -> Answer:
        """An answer with `value` for a documented success, checked against its schema."""
        documented = self._documented(status, success=True)
        body = jsonable(value)
        if documented.is_json:
            problems = _schemas.validation_errors(documented.schema, body)
            if problems:
                raise ValueError(
                    f"{self.operation}: the answer does not fit its documented {documented.status} response: "
                    + "; ".join(problems[:5])
                )
        return Answer(documented.status, body, dict(headers or {}), documented)

    def error(
        self,
        status: int,
        *,
        code: str | None = None,
        message: str | None = None,
        retry_after: float | None = None,
        sent_as: int | None = None,
    ) -> Answer:
        """The vendor's error answer for `status` (see ``fails``)."""
        return self._fake.error_answer(
            self.operation, status, code=code, message=message, retry_after=retry_after, sent_as=sent_as
        )

    def default(self) -> Answer:
        """The first documented success with its documented example, else its minimal valid body (a paged
        operation's default page is its last)."""
        documented = self._documented(None, success=True)
        body = default_body(documented)
        if self.operation.pagination and body is not None:
            body = _last_page(documented.schema, body, self.operation.pagination)
        return Answer(documented.status, body, {}, documented)

    def _documented(self, status: int | None, *, success: bool) -> DocumentedResponse:
        for documented in self.documented:
            if (status is None and documented.is_success == success) or documented.status == status:
                return documented
        statuses = ", ".join(str(documented.status) for documented in self.documented) or "none"
        raise ValueError(f"{self.operation} documents no {status or 'success'} response (it documents {statuses})")

    def _set(self, answer: Answer | Handler, times: int | None) -> Self:
        if times is None:
            self._queue.clear()
            self._standing = answer
        else:
            self._queue.extend([answer] * times)
        return self

    def _next(self, call: RecordedCall) -> Answer:
        with self._fake.lock:
            chosen = self._queue.popleft() if self._queue else self._standing
        if chosen is None:
            answer = self.default()
        elif isinstance(chosen, Answer):
            answer = chosen
        else:
            answer = chosen(call)
        if self._delay and not answer.delay:
            answer = Answer(answer.status, answer.body, answer.headers, answer.documented, self._delay)
        return answer


class Resource:
    """The operations of one resource of the client, by the method name the client gives them: what
    ``client.meetings.list(...)`` calls is stubbed as ``fake.meetings.list``."""

    def __init__(self, name: str, stubs: Mapping[str, OperationStub]) -> None:
        self._name = name
        self._stubs = dict(stubs)

    def __repr__(self) -> str:
        return f"<fake resource {self._name}: {', '.join(sorted(self._stubs))}>"

    def __getattr__(self, name: str) -> OperationStub:
        try:
            return self._stubs[name]
        except KeyError:
            pass
        # The client's auto-paging twins and raw view call the same operations: say which stub answers them.
        walked = _walked_method(name)
        if walked in self._stubs and self._stubs[walked].operation.pagination:
            raise AttributeError(
                f"{name} walks the pages of {walked}: stub fake.{self._name}.{walked} (.pages([...]) for a walk)"
            )
        if name == "with_raw_response":
            raise AttributeError(
                f"the raw responses of fake.{self._name} are its methods' own: stub fake.{self._name}.<method>"
            )
        raise AttributeError(
            f"the {self._name} resource has no operation {name!r} (it has {', '.join(sorted(self._stubs))})"
        )

    def __dir__(self) -> list[str]:
        return sorted(self._stubs)


def api_package_of(vendor: Vendor) -> str:
    """The generated package of `vendor`'s client: its distribution's, with ``-api`` (``talkwire-diio`` ships on
    ``talkwire-diio-api``, imported as ``talkwire_diio_api``)."""
    return f"{vendor.distribution}-api".replace("-", "_")


class VendorFake:
    """The fake of one vendor. Its operations are where the client has them: what ``client.meetings.list(...)``
    calls is ``fake.meetings.list`` (``.returns``, ``.fails``, ``.pages``, ``.delay``, ``.calls``), after the
    generated operation table's ``resource`` and ``resource_method``; ``fake.operation("list_meetings")`` reaches
    one by its module's name. A resource no fake attribute may hide (refused when the fake is made or the attribute
    set).

    A vendor's testing module subclasses it with its declaration: ``vendor`` (the client's ``Vendor``),
    ``error_fields``, and how its tokens are issued (``answers`` on its token operations) and how its client is built
    (``make_client``). ``api_package``, the generated package that ships the spec, follows from the vendor's
    distribution (``talkwire-diio`` → ``talkwire_diio_api``); a fake of a package named otherwise sets it."""

    vendor: ClassVar[Vendor]
    api_package: ClassVar[str]
    error_fields: ClassVar[ErrorFields] = ErrorFields()
    # A components/schemas name for the errors of statuses an operation does not document.
    error_schema: ClassVar[str | None] = None
    # The vendor's webhook signing (its ``webhooks.WEBHOOKS``); not `webhooks`, which is a resource of most vendors.
    webhook_signing: ClassVar[VendorWebhooks[Any] | None] = None
    webhook_secret: str = "fake-webhook-secret"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "vendor" in vars(cls) and "api_package" not in vars(cls):
            cls.api_package = api_package_of(cls.vendor)

    def __init__(self) -> None:
        self.spec: VendorSpec = packaged_spec(self.api_package, label=self.vendor.name)
        self.tokens = TokenStore()
        self.base_url = (
            f"https://{re.sub('[^a-z0-9]+', '-', self.vendor.name.lower())}.fake.invalid{self.spec.server_path}"
        )
        self.lock = threading.RLock()
        self.recorded_calls: list[RecordedCall] = []
        self.refusals: list[str] = []
        self.transport = FakeTransport(self)
        self._openapi = strict_openapi(self.spec.document_for(_CHECK_ORIGIN + self.spec.server_path))
        self._stubs = {key: OperationStub(self, operation) for key, operation in self.spec.operations.items()}
        self._routes = _routes(self.spec.operations.values())
        grouped: dict[str, dict[str, OperationStub]] = {}
        for key, stub in self._stubs.items():
            entry = self.spec.operations[key].entry
            if isinstance(entry.get("resource"), str) and isinstance(entry.get("resource_method"), str):
                grouped.setdefault(entry["resource"], {})[entry["resource_method"]] = stub
        self.resources = {name: Resource(name, stubs) for name, stubs in grouped.items()}
        shadowed = sorted(name for name in self.resources if hasattr(type(self), name) or name in self.__dict__)
        if shadowed:
            # ``fake.<resource>`` must reach the resource: a fake attribute of the same name would hide it.
            raise TypeError(f"{type(self).__name__}: resource(s) {', '.join(shadowed)} shadowed by fake attributes")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.base_url}: {len(self._stubs)} operations>"

    def __getattr__(self, name: str) -> Resource:
        resources = self.__dict__.get("resources")
        if resources is not None and name in resources:
            return resources[name]  # type: ignore[no-any-return]
        raise AttributeError(f"{type(self).__name__} has no attribute or resource {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        # A vendor fake's own attributes (set after the resources exist) must not hide a resource either.
        resources = self.__dict__.get("resources")
        if resources is not None and name in resources:
            raise TypeError(f"{type(self).__name__}.{name} would hide the {name} resource (fake.{name}.<method>)")
        super().__setattr__(name, value)

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self.__dict__.get("resources", {})})

    def operation(self, key: str) -> OperationStub:
        """An operation by its generated module's name (``fake.operation("list_meetings")``)."""
        try:
            return self._stubs[key]
        except KeyError:
            raise KeyError(f"{self.vendor.name} has no operation {key!r}") from None

    # ------------------------------------------------------------------ the vendor's declaration

    def make_client(self, base_url: str, **options: Any) -> Any:
        """The vendor's real client, with credentials this fake accepts, at `base_url` (a vendor module's part)."""
        raise NotImplementedError(f"{type(self).__name__} declares no make_client")

    def auth_failure(self, operation: SpecOperation, state: str) -> Answer:
        """The answer to a token that is `state` (``expired`` or ``unknown``): the vendor's 401."""
        return self.error_answer(operation, 401, message=f"the access token is {state}")

    # ------------------------------------------------------------------ use

    def client(self, **options: Any) -> Any:
        """The vendor's client, talking to this fake in process (no network, no port)."""
        return self.make_client(self.base_url, transport=self.transport, **options)

    def serve(self) -> ServedFake:
        """The same fake over HTTP on 127.0.0.1 (a free port), for code that cannot take a transport:
        ``with fake.serve() as served: served.base_url``; stopped when the block ends."""
        from talkwire_core.testing._server import ServedFake

        return ServedFake(self)

    def webhook(
        self,
        event: Any = None,
        *,
        name: str | None = None,
        secret: str | None = None,
        timestamp: float | str | None = None,
    ) -> SignedDelivery:
        """A webhook delivery signed the vendor's way: `event` (a generated event model, or JSON), by default the
        spec's example of the webhook `name` (its first webhook), signed with `secret` (``webhook_secret``)."""
        if self.webhook_signing is None:
            raise ValueError(f"{self.vendor.name} documents no webhooks")
        return signed_delivery(
            self.webhook_signing,
            self.spec,
            jsonable(event) if event is not None else None,
            name=name,
            secret=secret or self.webhook_secret,
            timestamp=timestamp,
        )

    def check(self) -> None:
        """Raise RequestRefusedError when any request was refused (listing each)."""
        if self.refusals:
            raise RequestRefusedError(
                f"{self.vendor.name} fake refused {len(self.refusals)} request(s):\n  " + "\n  ".join(self.refusals)
            )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if exc_info[0] is None:
            self.check()

    # ------------------------------------------------------------------ answering

    def error_answer(
        self,
        operation: SpecOperation,
        status: int,
        *,
        code: str | None = None,
        message: str | None = None,
        retry_after: float | None = None,
        sent_as: int | None = None,
    ) -> Answer:
        """The vendor's error body for `status` (see OperationStub.fails), checked against the documented schema."""
        documented = next((item for item in self._stubs[operation.key].documented if item.status == status), None)
        schema = documented.schema if documented is not None and documented.is_json else self._fallback_error_schema()
        fields = self.error_fields
        body: Any = None
        if schema is not None:
            examples = documented.examples if documented is not None else ()
            body = _error_example(examples, schema, fields.code, code)
            body = copy.deepcopy(body) if body is not None else _schemas.minimal(schema)
            for path, value in ((fields.code, code), (fields.message, message), (fields.status, status)):
                if path is not None and value is not None and isinstance(body, dict):
                    _set_path(body, path, value)
            if fields.retry_after is not None and retry_after is not None and isinstance(body, dict):
                _set_path(
                    body, fields.retry_after, int(retry_after) if float(retry_after).is_integer() else retry_after
                )
            problems = _schemas.validation_errors(schema, body)
            if problems:
                raise ValueError(
                    f"{operation}: the {status} error does not fit the vendor's error schema: {'; '.join(problems[:5])}"
                )
        headers = {}
        if retry_after is not None and fields.retry_after is None:
            headers["Retry-After"] = f"{retry_after:g}"
        if documented is None and body is not None:
            documented = DocumentedResponse(status, "application/json", schema, (), ())
        wire = sent_as if sent_as is not None else status
        if documented is not None and wire != documented.status:
            documented = DocumentedResponse(wire, documented.media_type, documented.schema, (), documented.headers)
        return Answer(wire, body, headers, documented)

    def _fallback_error_schema(self) -> Any:
        if self.error_schema is None:
            return None
        return _schemas.inline(self.spec.document, {"$ref": f"#/components/schemas/{self.error_schema}"})

    def answer(self, request: httpx.Request) -> Answer:
        """The answer to `request`; RequestRefusedError (also kept in ``refusals``) when the spec forbids it."""
        try:
            operation, path_params = self._route(request)
            token = self._check_credentials(operation, request)
            self._check_with_openapi(operation, request)
        except RequestRefusedError as refused:
            with self.lock:
                self.refusals.append(str(refused))
            raise
        call = self._record(operation, request, path_params)
        if token is not None:
            state = self.tokens.state(token)
            if state != "valid":
                return self.auth_failure(operation, state)
            missing = self.tokens.missing_scopes(token, operation.scopes)
            if missing:
                return self.error_answer(operation, 403, message=f"the token lacks the scope(s) {', '.join(missing)}")
        return self._stubs[operation.key]._next(call)

    def _route(self, request: httpx.Request) -> tuple[SpecOperation, dict[str, str]]:
        raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        base = self.spec.server_path
        if not raw_path.startswith(base + "/") and raw_path != base:
            raise RequestRefusedError(
                f"{self.vendor.name}: {request.method} {raw_path} is outside the API (its paths start with {base}/)"
            )
        relative = raw_path[len(base) :] or "/"
        allowed = []
        for pattern, operation in self._routes:
            matched = pattern.fullmatch(relative)
            if matched is None:
                continue
            if operation.method == request.method:
                return operation, {name: unquote(value) for name, value in matched.groupdict().items()}
            allowed.append(operation.method)
        if allowed:
            raise RequestRefusedError(
                f"{self.vendor.name}: {request.method} {relative} is no operation (that path takes "
                f"{', '.join(sorted(set(allowed)))})"
            )
        raise RequestRefusedError(f"{self.vendor.name}: {request.method} {relative} is no operation of the spec")

    def _check_credentials(self, operation: SpecOperation, request: httpx.Request) -> str | None:
        """The token of the request, found where the operation's security scheme puts it; refused when it is
        missing there or sent somewhere else."""
        if not operation.security:
            return None
        expected: list[str] = []
        for name in operation.security:
            scheme = self.spec.security_schemes.get(name, {})
            value, where = _credential_at(scheme, request)
            if value:
                return value
            expected.append(where)
        misplaced = self._misplaced_token(request)
        wanted = " or ".join(expected)
        if misplaced:
            raise RequestRefusedError(
                f"{operation}: the token is in {misplaced}; {self.vendor.name} expects it in {wanted}"
            )
        raise RequestRefusedError(f"{operation}: no credentials in {wanted}, which the operation's security requires")

    def _misplaced_token(self, request: httpx.Request) -> str | None:
        known = set(self.tokens.known())
        for name, value in parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True):
            if value in known:
                return f"the query parameter {name!r}"
        for name, value in request.headers.items():
            if value in known or any(value.endswith(" " + token) for token in known):
                return f"the {name} header"
        return None

    def _check_with_openapi(self, operation: SpecOperation, request: httpx.Request) -> None:
        try:
            self._openapi.validate_request(OpenAPIRequestOf(request, host_url=_CHECK_ORIGIN))
        except Exception as exc:  # openapi-core's errors share no base class worth naming
            raise RequestRefusedError(
                f"{operation}: the spec does not allow this request: {self._redacted(describe_openapi_error(exc))}"
            ) from None

    def _redacted(self, text: str) -> str:
        for token in self.tokens.known():
            text = text.replace(token, "***")
        return text

    def _record(self, operation: SpecOperation, request: httpx.Request, path_params: dict[str, str]) -> RecordedCall:
        query: dict[str, str | list[str]] = {}
        for name, value in parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True):
            present = query.get(name)
            query[name] = value if present is None else [*([present] if isinstance(present, str) else present), value]
        call = RecordedCall(
            operation=operation.key,
            resource=operation.entry.get("resource"),
            method=operation.entry.get("resource_method"),
            http_method=request.method,
            path=request.url.path[len(self.spec.server_path) :],
            path_params=path_params,
            query=query,
            body=_decoded_body(request),
            headers=dict(request.headers),
        )
        with self.lock:
            self.recorded_calls.append(call)
        return call


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The fake as the client's transport, sync and async (a delay sleeps the thread, or awaits)."""

    def __init__(self, fake: VendorFake) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        answer = self._fake.answer(request)
        if answer.delay:
            time.sleep(answer.delay)
        return answer.response()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        answer = self._fake.answer(request)
        if answer.delay:
            await asyncio.sleep(answer.delay)
        return answer.response()


# ---------------------------------------------------------------------- helpers


def _routes(operations: Iterable[SpecOperation]) -> list[tuple[re.Pattern[str], SpecOperation]]:
    """Path templates as patterns, those with more literal segments first (``/calls/active`` before
    ``/calls/{id}``)."""

    def literal_segments(operation: SpecOperation) -> int:
        return sum(1 for segment in operation.path.split("/") if segment and "{" not in segment)

    ordered = sorted(operations, key=lambda operation: (-literal_segments(operation), operation.path))
    routes = []
    for operation in ordered:
        pattern = "".join(
            f"(?P<{_group(piece[1:-1])}>[^/]+)" if piece.startswith("{") else re.escape(piece)
            for piece in re.split(r"(\{[^}]+\})", operation.path)
        )
        routes.append((re.compile(pattern), operation))
    return routes


def _walked_method(name: str) -> str:
    """The method a client's auto-paging twin walks: ``list_all`` -> ``list``, ``list_all_versions`` ->
    ``list_versions`` (the twin is the method's first word followed by ``_all``)."""
    verb, marker, rest = name.partition("_all")
    return verb + rest if marker and (not rest or rest.startswith("_")) else name


def _group(name: str) -> str:
    return re.sub(r"\W", "_", name) if not name[:1].isdigit() else f"p_{name}"


def _credential_at(scheme: Mapping[str, Any], request: httpx.Request) -> tuple[str | None, str]:
    kind = scheme.get("type")
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        given, _, token = request.headers.get("authorization", "").partition(" ")
        return (token.strip() if given.lower() == "bearer" else None), "the Authorization header (Bearer)"
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        given, _, credentials = request.headers.get("authorization", "").partition(" ")
        return (credentials.strip() if given.lower() == "basic" else None), "the Authorization header (Basic)"
    if kind == "apiKey":
        name, location = str(scheme.get("name")), scheme.get("in")
        if location == "query":
            values = [value for key, value in parse_qsl(request.url.query.decode("ascii")) if key == name]
            return (values[0] if values else None), f"the query parameter {name!r}"
        if location == "header":
            return request.headers.get(name), f"the {name} header"
    return None, f"the place its {kind} scheme names"


def _decoded_body(request: httpx.Request) -> Any:
    content = request.content
    if not content:
        return None
    media_type = request.headers.get("content-type", "").split(";")[0].strip()
    if media_type.endswith("json"):
        import json

        try:
            return json.loads(content)
        except ValueError:
            return content
    if media_type == "application/x-www-form-urlencoded":
        return dict(parse_qsl(content.decode("utf-8"), keep_blank_values=True))
    return content


def _error_example(examples: Iterable[Any], schema: Any, code_path: str | None, code: str | None) -> Any:
    valid = [example for example in examples if _schemas.is_valid(schema, example)]
    if code is not None and code_path is not None:
        for example in valid:
            if _get_path(example, code_path) == code:
                return example
    return valid[0] if valid else None


def _get_path(value: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _set_path(value: dict[str, Any], path: str, new: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        child = value.get(part)
        if not isinstance(child, dict):
            child = value[part] = {}
        value = child
    value[last] = new


def _last_page(schema: Any, body: Any, pagination: Mapping[str, Any]) -> Any:
    """`body` as the last page of a walk: its next position null (or absent), its has-more flag false, whichever of
    these the schema takes (a documented example of a middle page would make every page the same)."""
    if not isinstance(body, dict):
        return body
    result = copy.deepcopy(body)
    for key, last in (("next", None), ("has_more", False)):
        path = pagination.get(key)
        if not isinstance(path, str) or _get_path(result, path) is None:
            continue
        candidate = copy.deepcopy(result)
        _set_path(candidate, path, last)
        if not _schemas.is_valid(schema, candidate):
            candidate = copy.deepcopy(result)
            *parents, name = path.split(".")
            holder = _get_path(candidate, ".".join(parents)) if parents else candidate
            if isinstance(holder, dict):
                holder.pop(name, None)
        if _schemas.is_valid(schema, candidate):
            result = candidate
    return result
