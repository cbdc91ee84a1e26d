"""Every talkwire exception round-trips through pickle (task queues, multiprocessing) with its fields, redacted."""

from __future__ import annotations

import importlib
import pickle
import secrets
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import talkwire_core
from talkwire_core import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    PagingError,
    ResponseValidationError,
    TalkwireError,
    WebhookVerificationError,
    redact,
    register_secret,
)
from talkwire_core._operations import OperationTableError
from talkwire_core.errors import ClientOptionError, error_from_response

VENDORS = ("diio", "vocelio", "diga", "dstny", "vida")
CANARY = f"pickled-canary-{secrets.token_hex(8)}"
register_secret(CANARY)


def answered(status: int, as_class: type[APIError] | None = None) -> APIError:
    request = httpx.Request("POST", f"https://api.vendor.test/v1/calls?token={CANARY}")
    body = {"error": {"code": "E42", "message": f"refused {CANARY}"}, "detail": [{"loc": ["body", "x"], "msg": "bad"}]}
    response = httpx.Response(
        status, json=body, request=request, headers={"x-request-id": "req-1", "X-RateLimit-Remaining": "0"}
    )
    return error_from_response(response, hint="a hint", as_class=as_class)


def export_failed() -> TalkwireError:
    from talkwire_diio import ExportFailedError
    from talkwire_diio_api.models import Export

    export = Export.from_dict(
        {"id": "343f605a-0bde-11f0-a454-06254876e272", "status": "error", "created_at": "2025-01-01T01:01:01Z"}
    )
    return ExportFailedError(export)


def export_timeout() -> TalkwireError:
    from talkwire_diio import ExportTimeoutError

    failed = export_failed()
    return ExportTimeoutError(failed.export, waited=12.5)  # type: ignore[attr-defined]


def unexpected_status(vendor: str) -> Callable[[], TalkwireError]:
    def make() -> TalkwireError:
        errors = importlib.import_module(f"talkwire_{vendor}_api.errors")
        return errors.UnexpectedStatus(203, f'{{"token": "{CANARY}"}}'.encode())

    return make


def integration_server_error() -> TalkwireError:
    from talkwire_diga import IntegrationServerError

    return answered(401, as_class=IntegrationServerError)


FACTORIES: dict[str, Callable[[], TalkwireError]] = {
    "talkwire_core.errors.TalkwireError": lambda: TalkwireError(f"plain {CANARY}"),
    "talkwire_core.errors.APIError": lambda: answered(418),
    "talkwire_core.errors.BadRequestError": lambda: answered(422),
    "talkwire_core.errors.AuthenticationError": lambda: answered(401),
    "talkwire_core.errors.PermissionDeniedError": lambda: answered(403),
    "talkwire_core.errors.NotFoundError": lambda: answered(404),
    "talkwire_core.errors.ConflictError": lambda: answered(409),
    "talkwire_core.errors.RateLimitError": lambda: answered(429),
    "talkwire_core.errors.ServerError": lambda: answered(503),
    "talkwire_core.errors.APIConnectionError": lambda: APIConnectionError(
        method="GET", url=f"https://api.vendor.test/x?token={CANARY}", reason=f"ConnectError: refused {CANARY}"
    ),
    "talkwire_core.errors.APITimeoutError": lambda: APITimeoutError(
        method="POST", url="https://api.vendor.test/refresh_token", reason="ReadTimeout: timed out"
    ),
    "talkwire_core.errors.ResponseValidationError": lambda: ResponseValidationError(
        operation="get_call",
        method="GET",
        path="/v1/calls/{id}",
        status_code=200,
        field="started_at",
        reason=f"ValueError: Invalid isoformat string: '{CANARY}'",
    ),
    "talkwire_core.errors.WebhookVerificationError": lambda: WebhookVerificationError(
        "signature mismatch", f"header was {CANARY}"
    ),
    "talkwire_core.errors.ClientOptionError": lambda: ClientOptionError("httpx_args['mounts']", "not honoured"),
    "talkwire_core.errors.PagingError": lambda: PagingError(
        f"list_calls: page 3 names cursor='{CANARY}' again", operation="list_calls", page=3
    ),
    "talkwire_core._operations.OperationTableError": lambda: OperationTableError("list_calls: `pagination` is int"),
    "talkwire_diio._client.ExportFailedError": export_failed,
    "talkwire_diio._client.ExportTimeoutError": export_timeout,
    "talkwire_diga._errors.IntegrationServerError": integration_server_error,
    **{f"talkwire_{vendor}_api.errors.UnexpectedStatus": unexpected_status(vendor) for vendor in VENDORS},
}


def every_talkwire_error() -> list[type[TalkwireError]]:
    for vendor in VENDORS:
        importlib.import_module(f"talkwire_{vendor}")
        importlib.import_module(f"talkwire_{vendor}_api.errors")
    found: list[type[TalkwireError]] = []
    pending: list[type[TalkwireError]] = [TalkwireError]
    while pending:
        cls = pending.pop()
        if cls.__module__.startswith("talkwire_") and cls not in found:
            found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


def qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def test_every_talkwire_error_class_is_covered_here() -> None:
    assert sorted(qualified(cls) for cls in every_talkwire_error()) == sorted(FACTORIES)
    assert issubclass(talkwire_core.PagingError, TypeError)  # as it was before it was a TalkwireError


def comparable(value: Any) -> Any:
    if hasattr(value, "to_dict"):  # generated models compare by their content
        return value.to_dict()
    return value


def pickled(value: Any) -> Any:
    """What a field should be after a round trip: a body (bytes) redacted, anything else as it was."""
    if isinstance(value, bytes):
        return redact(value.decode()).encode()
    return comparable(value)


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_an_error_round_trips_through_pickle_with_its_fields_redacted(name: str) -> None:
    error = FACTORIES[name]()
    assert qualified(type(error)) == name
    data = pickle.dumps(error)
    again = pickle.loads(data)
    assert type(again) is type(error)
    assert again.args == error.args
    assert str(again) == str(error) and repr(again) == repr(error)
    live = ("response", "request")  # left behind: they hold headers and bodies
    expected = {key: None if key in live else pickled(value) for key, value in vars(error).items()}
    assert {key: comparable(value) for key, value in vars(again).items()} == expected
    assert CANARY.encode() not in data


def test_a_webhook_error_keeps_its_reason_and_message_once() -> None:
    error = WebhookVerificationError("stale timestamp", "sent 900 s ago")
    again = pickle.loads(pickle.dumps(error))
    assert again.reason == "stale timestamp"
    assert str(again) == "webhook rejected: stale timestamp (sent 900 s ago)"


def test_a_secret_registered_after_the_error_was_made_is_masked_in_its_pickle() -> None:
    late = f"learned-later-{secrets.token_hex(8)}"
    error = APIConnectionError(method="GET", url="https://api.vendor.test/x", reason=f"ConnectError: {late}")
    register_secret(late)
    data = pickle.dumps(error)
    assert late.encode() not in data
    assert pickle.loads(data).reason == "ConnectError: ***"
