"""One credential check for every credential the five clients accept or obtain (talkwire_core._credentials).

Each credential a constructor takes, and each token a renewal (diio's refresh, Vocelio's login) issues, is refused
when it is not a non-empty str without surrounding whitespace or control characters: a CR/LF would inject a header or
be quoted back by the HTTP layer; a missing one (None, empty or blank) "is required", by the same check and message
for every client. The refusal names the field (or, for a renewal, the renewal request and the token) and never shows
the value, in its message or its chain.
"""

from __future__ import annotations

import base64
import copy
import secrets
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from talkwire_core import AuthenticationError, BasicAuth, RenewingBearerAuth
from talkwire_diga import DigaClient
from talkwire_diio import DiioClient
from talkwire_diio.testing import DiioFake
from talkwire_dstny import DstnyClient
from talkwire_vida import VidaClient
from talkwire_vocelio import VocelioClient
from talkwire_vocelio.testing import VocelioFake

BASE_URL = "https://vendor.test"
DIIO_CREDENTIALS = {"client_id": "diio-client-id", "client_secret": "diio-client-secret", "refresh_token": "diio-rt"}


def whole_chain(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)) + repr(error.__context__) + repr(error.__cause__)


def _diio(**credential: Any) -> Any:
    return DiioClient(**{**DIIO_CREDENTIALS, **credential}, base_url=BASE_URL)


# (vendor and field, what the refusal names, how the client is built with that credential)
CREDENTIALS: list[tuple[str, str, Callable[[Any], Any]]] = [
    ("diga api_key", "the token for diga", lambda value: DigaClient(value, base_url=BASE_URL)),
    ("dstny token", "the token for Dstny", lambda value: DstnyClient(value, base_url=BASE_URL)),
    ("vida token", "the `token` query parameter", lambda value: VidaClient(value, base_url=BASE_URL)),
    ("vocelio token", "the token for Vocelio", lambda value: VocelioClient(token=value, base_url=BASE_URL)),
    (
        "vocelio email",
        "Vocelio's login email",
        lambda value: VocelioClient(email=value, password="vocelio-password", base_url=BASE_URL),
    ),
    (
        "vocelio password",
        "Vocelio's login password",
        lambda value: VocelioClient(email="dev@example.com", password=value, base_url=BASE_URL),
    ),
    ("diio client_id", "diio's client_id", lambda value: _diio(client_id=value)),
    ("diio client_secret", "diio's client_secret", lambda value: _diio(client_secret=value)),
    ("diio refresh_token", "diio's refresh_token", lambda value: _diio(refresh_token=value)),
    ("diio access_token", "the access_token for diio", lambda value: _diio(access_token=value)),
    ("core RenewingBearerAuth", "the access_token for the API", lambda value: RenewingBearerAuth(access_token=value)),
]

# (flaw, a secret with it, what the refusal says)
FLAWS: list[tuple[str, Callable[[str], Any], str]] = [
    ("CRLF", lambda secret: f"{secret}\r\nX-Injected: 1", "control character"),
    ("tab", lambda secret: f"{secret}\tmore", "control character"),
    # A password may end in a space, so its trailing newline is refused as the control character it is.
    ("trailing newline", lambda secret: f"{secret}\n", "whitespace|control character"),
    ("bytes", lambda secret: secret.encode(), "must be a str, got bytes"),
    ("empty", lambda secret: "", "is required"),
    ("blank", lambda secret: "   ", "is required"),
]


@pytest.mark.parametrize(("flaw", "flawed", "problem"), FLAWS, ids=[flaw[0] for flaw in FLAWS])
@pytest.mark.parametrize(("case", "field", "build"), CREDENTIALS, ids=[case[0] for case in CREDENTIALS])
def test_a_flawed_credential_is_refused_naming_its_field_without_its_value(
    case: str, field: str, build: Callable[[Any], Any], flaw: str, flawed: Callable[[str], Any], problem: str
) -> None:
    secret = f"secret-{secrets.token_urlsafe(12)}"
    with pytest.raises(ValueError, match=problem) as refused:
        build(flawed(secret))
    assert field in str(refused.value)
    assert secret[:10] not in whole_chain(refused.value)


# Where None means "not given" rather than a missing credential: an access token is then obtained by renewal, and
# Vocelio logs in with email and password instead of a token.
NONE_MEANS_NOT_GIVEN = {"diio access_token", "core RenewingBearerAuth", "vocelio token"}
REQUIRED = [credential for credential in CREDENTIALS if credential[0] not in NONE_MEANS_NOT_GIVEN]


@pytest.mark.parametrize(("case", "field", "build"), REQUIRED, ids=[case[0] for case in REQUIRED])
def test_a_missing_credential_is_required_naming_its_field(case: str, field: str, build: Callable[[Any], Any]) -> None:
    """One check and one message for every client (talkwire-core's), not a vendor's own in front of it."""
    with pytest.raises(ValueError, match="is required") as refused:
        build(None)
    assert field in str(refused.value)


# --- what a renewal issues ----------------------------------------------------------------------------------------


def _diio_issues(fake: DiioFake, access_token: str, refresh_token: str | None) -> None:
    body = {"access_token": access_token} | ({} if refresh_token is None else {"refresh_token": refresh_token})
    fake.operation("refresh_token").returns(body, times=1)


def _vocelio_issues(fake: VocelioFake, access_token: str, refresh_token: str | None) -> None:
    stub = fake.operation("login")
    body = copy.deepcopy(stub.default().body)
    body["data"].update(token=access_token, expires_in=3600)
    body["data"].pop("refresh_token", None)
    if refresh_token is not None:
        body["data"]["refresh_token"] = refresh_token
    stub.returns(body, times=1)


# vendor -> (its fake, how that fake issues the token given, the renewal's operation, a call that needs a token)
RENEWALS: dict[str, tuple[Callable[[], Any], Callable[..., None], str, Callable[[Any], Any]]] = {
    "diio": (DiioFake, _diio_issues, "refresh_token", lambda client: client.meetings.list()),
    "vocelio": (VocelioFake, _vocelio_issues, "login", lambda client: client.calls.list()),
}


@pytest.mark.parametrize("token", ["access_token", "refresh_token"])
@pytest.mark.parametrize("vendor", sorted(RENEWALS))
def test_a_renewal_issuing_a_token_with_a_line_break_fails_naming_the_renewal_request(vendor: str, token: str) -> None:
    make_fake, issues, renewal_operation, call = RENEWALS[vendor]
    flawed = f"issued-{secrets.token_urlsafe(12)}\r\nX-Injected: 1"
    with make_fake() as fake, fake.client() as client:
        good = fake.tokens.issue(prefix="good-token-", expires_in=3600)
        issues(fake, flawed if token == "access_token" else good, flawed if token == "refresh_token" else None)
        with pytest.raises(AuthenticationError) as refused:
            call(client)
        error = refused.value
        path = fake.operation(renewal_operation).operation.path
        assert error.method == "POST" and error.url.endswith(path), error.url
        assert f"the {token} it issued contains a control character" in str(error)
        assert flawed[:12] not in whole_chain(error) and flawed[:12] not in repr(client.auth_flow)
        # The flawed token was never held: the next call renews again (with the credentials it had) and succeeds.
        assert client.auth_flow.token is None
        call(client)
    assert len(fake.operation(renewal_operation).calls) == 2


@pytest.mark.parametrize("password", [" leading space", "trailing space ", "  both  "])
def test_a_password_may_begin_or_end_with_spaces_and_reaches_the_server_as_given(password: str) -> None:
    """A password is a person's choice, not a pasted token: Vocelio's login sends it as given, Basic encodes it."""
    with VocelioFake(password=password) as fake, fake.client() as client:
        client.calls.list()
    assert fake.operation("login").calls[0].presents({"email": fake.email, "password": password})
    header = BasicAuth("AC123", password).auth_flow(httpx.Request("GET", BASE_URL)).__next__().headers["Authorization"]
    assert base64.b64decode(header.removeprefix("Basic ")).decode() == f"AC123:{password}"
