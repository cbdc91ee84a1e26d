"""An error works out what it masks once: the credentials each request carried (``credentials_of``) and the spellings
of each value to mask, however many texts and copies of the request the error holds; and what it works out is kept
nowhere (no repr shows it, nothing pickles it)."""

from __future__ import annotations

import pickle
import secrets
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from types import ModuleType

import httpx
import pytest
from talkwire_core import APIConnectionError, APIError, RetryPolicy
from talkwire_core import _http as http_module
from talkwire_core import _redact as redact_module
from talkwire_core import _scrub as scrub_module
from talkwire_core import errors as errors_module
from talkwire_core._redact import ExtraSecrets
from talkwire_core._scrub import REDACTED_COPY_EXTENSION, ErrorMasking
from talkwire_vida import VidaClient

# An `authorization` header parameter of one call: known to no client, masked only as a credential the request
# carried. Vida's own token travels in the query.
HEADER_CREDENTIAL = f"Bearer per-call-{secrets.token_urlsafe(16)}"


def _refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError(f"refused while sending {request.headers.get('authorization')}", request=request)


def _unauthorized(request: httpx.Request) -> httpx.Response:
    echoed = request.headers.get("authorization", "")
    return httpx.Response(401, json={"message": f"no: {echoed}", "detail": [{"loc": ["h"], "msg": echoed}]})


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Counter[int], Counter[str]]]:
    """(credentials worked out, per original request; spellings worked out, per value) while the test runs."""
    requests: Counter[int] = Counter()
    values: Counter[str] = Counter()
    original_credentials_of = scrub_module.credentials_of
    original_spellings = redact_module.spellings

    def credentials_of(request: httpx.Request) -> tuple[str, ...]:
        requests[id(request)] += 1
        return original_credentials_of(request)

    def spellings(value: str) -> set[str]:
        values[value] += 1
        return original_spellings(value)

    module: ModuleType
    for module in (scrub_module, errors_module, http_module):
        monkeypatch.setattr(module, "credentials_of", credentials_of, raising=False)
    monkeypatch.setattr(redact_module, "spellings", spellings)
    yield requests, values


@pytest.mark.parametrize(
    ("answer", "error_class"), [(_refused, APIConnectionError), (_unauthorized, APIError)], ids=["no answer", "401"]
)
def test_an_error_works_out_each_requests_credentials_and_each_values_spellings_once(
    counted: tuple[Counter[int], Counter[str]],
    answer: Callable[[httpx.Request], httpx.Response],
    error_class: type[Exception],
) -> None:
    from talkwire_vida_api.api.sip import create_sip_registration

    client = VidaClient(
        f"vida-{secrets.token_urlsafe(12)}",
        base_url="https://vida.test",
        transport=httpx.MockTransport(answer),
        retry=RetryPolicy(max_retries=0),
    )
    requests, values = counted
    values.clear()  # the client's token was spelled when the client registered it
    with pytest.raises(error_class) as caught:
        create_sip_registration.sync_detailed(client=client, authorization=HEADER_CREDENTIAL)
    # Still masked everywhere: in the message, the chain, and the request the error holds.
    error = caught.value
    assert isinstance(error, APIConnectionError | APIError) and error.request is not None
    shown = "".join(traceback.format_exception(error)) + repr(error.request.headers) + repr(error.request.url)
    assert HEADER_CREDENTIAL[7:20] not in shown
    assert requests and max(requests.values()) == 1, requests
    assert HEADER_CREDENTIAL in values and max(values.values()) == 1, values


def test_what_an_error_masks_shows_no_value_and_does_not_pickle() -> None:
    secret = f"secret-{secrets.token_urlsafe(12)}"
    request = httpx.Request("GET", "https://vendor.test/x", headers={"Authorization": f"Bearer {secret}"})
    masking = ErrorMasking(request=request)
    copy = masking.copy_of(request)
    assert masking.copy_of(request) is copy and masking.copy_of(copy) is copy  # one copy per request and error
    assert copy.extensions[REDACTED_COPY_EXTENSION] and secret not in repr(copy.headers)
    assert masking.text(f"echo {secret}") == "echo ***"
    for held in (masking, masking.extra, ExtraSecrets([secret])):
        assert secret not in repr(held)
        with pytest.raises(TypeError, match="not pickled"):
            pickle.dumps(held)
