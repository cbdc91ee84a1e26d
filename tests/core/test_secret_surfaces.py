"""Where secrets used to escape, each case over real HTTP on loopback (issue 12, findings 2, 4, 5 and 6).

- 2: a typed error raised from a lower exception: the chain (``__cause__`` / ``__context__``) is scrubbed, so
  ``traceback.format_exc()`` shows no secret; a CR/LF inside a credential is refused when the client is built.
- 4: a password in ``base_url``'s user info is refused, masked in the refusal, and masked by ``redact``.
- 5: Vida's token is masked in the requests an error holds: ``err.request``, ``err.response.request`` and the
  ``.request`` of the httpx exception in the chain of a timeout or a refused connection.
- 6: no credential follows a redirect to another origin: a refresh or login redirected with 307/308 is refused, Vida's
  ``?token=`` is taken out of a redirected URL; redirects within the origin still work.
"""

from __future__ import annotations

import secrets
import traceback
from collections.abc import Iterator

import httpx
import pytest
from talkwire_core import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientOptionError,
    ResponseValidationError,
    RetryPolicy,
    redact,
)
from talkwire_diga import DigaClient
from talkwire_diio import DiioClient
from talkwire_vida import VidaClient
from talkwire_vocelio import VocelioClient

from scripts.loopback import free_port
from tests.contract.clients import build_client
from tests.support.evil_vendor import EvilVendor, evil_vendor
from tests.support.pages import PAGED_LISTS
from tests.support.servers import serve

NO_RETRY = RetryPolicy(max_retries=0)


def whole_chain(error: BaseException) -> str:
    return "".join(traceback.format_exception(error))


@pytest.fixture(scope="module")
def evil() -> Iterator[tuple[EvilVendor, str]]:
    with evil_vendor() as running:
        yield running


# --- 2: the chain an error is raised from -----------------------------------------------------------------------


def test_a_validation_error_from_an_echoed_access_token_shows_it_nowhere_in_the_chain() -> None:
    """diio answers a meeting whose created_at is the caller's access token: the generated parser's ValueError
    (``Invalid isoformat string: '<token>'``) is the cause of the ResponseValidationError."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    from talkwire_diio_api.api.meetings import get_meeting

    access_token = f"diio-access-{secrets.token_urlsafe(16)}"

    async def meeting(request: Request) -> JSONResponse:
        echoed = request.headers["authorization"].removeprefix("Bearer ")
        body = {"id": request.path_params["id"], "name": "m", "created_at": echoed, "updated_at": echoed}
        return JSONResponse(body)

    with serve(Starlette(routes=[Route("/v1/meetings/{id}", meeting)])) as url:
        client = DiioClient(
            client_id="id", client_secret="diio-secret-77aa", refresh_token="rt-5cc1", access_token=access_token,
            base_url=url, retry=NO_RETRY,
        )  # fmt: skip
        with pytest.raises(ResponseValidationError) as caught:
            get_meeting.sync(client=client, id="343f605a-0bde-11f0-a454-06254876e271")
        formatted = traceback.format_exc()
    error = caught.value
    assert isinstance(error.__cause__, ValueError) and "Invalid isoformat string" in str(error.__cause__)
    for text in (formatted, whole_chain(error), repr(error.__cause__.args), repr(error.__context__)):
        assert access_token[:8] not in text


def test_a_credential_with_a_line_break_is_refused_when_the_client_is_built_without_quoting_it() -> None:
    key = f"sk-{secrets.token_urlsafe(16)}\r\nX-Injected: 1"
    for build in (lambda: DigaClient(key), lambda: VidaClient(key)):
        with pytest.raises(ValueError, match="control character") as refused:
            build()
        assert key[:8] not in whole_chain(refused.value)


def test_a_header_parameter_with_a_line_break_shows_nowhere_in_the_chain(evil: tuple[EvilVendor, str]) -> None:
    """Vida's ``authorization`` header parameter is the caller's per call, known to no client: h11 refuses it and
    quotes it (``Illegal header value b'...'``); every link of the chain is masked with the request's credentials."""
    from talkwire_vida_api.api.sip import create_sip_registration

    value = f"Bearer {secrets.token_urlsafe(16)}\r\nX-Injected: 1"
    client = VidaClient("vida-token-" + secrets.token_urlsafe(12), base_url=f"{evil[1]}/echo4xx", retry=NO_RETRY)
    with pytest.raises(APIConnectionError) as caught:
        create_sip_registration.sync_detailed(client=client, authorization=value)
    error = caught.value
    assert isinstance(error.__cause__, httpx.LocalProtocolError)  # still the type a caller may check
    for text in (whole_chain(error), str(error), repr(error.__cause__), repr(error.__cause__.__cause__)):
        assert value[7:15] not in text, text


# --- 4: user info in base_url -------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", sorted(PAGED_LISTS))
def test_a_base_url_with_a_password_is_refused_and_the_password_is_masked(vendor: str) -> None:
    password = f"gw-pass-{secrets.token_urlsafe(12)}"
    with pytest.raises(ClientOptionError) as refused:
        build_client(vendor, base_url=f"https://svc:{password}@gateway.example/api", static_credentials=True)
    assert refused.value.option == "base_url" and "user name or password" in str(refused.value)
    assert password[:8] not in whole_chain(refused.value)


def test_redact_masks_the_password_of_any_url() -> None:
    text = "proxy http://svc:hunter2-pass@proxy.example:3128/ and https://user:p%40ss@host/x?y=1"
    masked = redact(text)
    assert "hunter2-pass" not in masked and "p%40ss" not in masked
    assert "http://svc:***@proxy.example:3128/" in masked and redact(masked) == masked


# --- 5: the requests an error holds -----------------------------------------------------------------------------


def test_vidas_token_is_masked_in_the_requests_an_api_error_holds(evil: tuple[EvilVendor, str]) -> None:
    token = f"vida-{secrets.token_urlsafe(16)}"
    client = VidaClient(token, base_url=f"{evil[1]}/echo4xx", retry=NO_RETRY)
    with pytest.raises(APIError) as caught:
        PAGED_LISTS["vida"].operation.sync(client=client)
    error = caught.value
    assert error.request is error.response.request  # one redacted copy
    for text in (repr(error.response.request), str(error.request.url), str(error.response.url), str(error)):
        assert token[:8] not in text
    assert error.request.url.params["token"] == "***"


@pytest.mark.parametrize("failure", ["timeout", "refused"])
def test_vidas_token_is_masked_in_the_requests_a_connection_error_holds(
    evil: tuple[EvilVendor, str], failure: str
) -> None:
    token = f"vida-{secrets.token_urlsafe(16)}"
    base_url = f"{evil[1]}/slow" if failure == "timeout" else f"http://127.0.0.1:{free_port()}"
    client = VidaClient(token, base_url=base_url, retry=NO_RETRY, timeout=0.3)
    with pytest.raises(APIConnectionError) as caught:
        PAGED_LISTS["vida"].operation.sync(client=client)
    error = caught.value
    assert isinstance(error, APITimeoutError) == (failure == "timeout")
    cause = error.__cause__
    assert isinstance(cause, httpx.TransportError)
    for text in (str(error.request.url), repr(error.request), repr(cause.request), str(cause.request.url)):
        assert token[:8] not in text


# --- 6: redirects -----------------------------------------------------------------------------------------------


def test_a_refresh_redirected_to_another_origin_is_refused_and_the_secret_never_goes(
    evil: tuple[EvilVendor, str],
) -> None:
    server, url = evil
    secret = f"diio-secret-{secrets.token_urlsafe(12)}"
    before = len(server.foreign("127.0.0.1"))
    client = DiioClient(
        client_id="id", client_secret=secret, refresh_token="rt-" + secrets.token_urlsafe(12),
        base_url=f"{url}/renewal_redirect", retry=NO_RETRY, httpx_args={"follow_redirects": True},
    )  # fmt: skip
    with pytest.raises(APIError) as caught:
        PAGED_LISTS["diio"].operation.sync(client=client)
    assert caught.value.status_code == 307 and "another origin: not followed" in str(caught.value)
    assert "POST" in str(caught.value) and "/refresh_token" in str(caught.value)
    assert server.foreign("127.0.0.1")[before:] == []  # nothing reached the other origin


def test_a_login_redirected_to_another_origin_is_refused_and_the_password_never_goes(
    evil: tuple[EvilVendor, str],
) -> None:
    server, url = evil
    password = f"vocelio-pass-{secrets.token_urlsafe(12)}"
    before = len(server.foreign("127.0.0.1"))
    client = VocelioClient(
        email="ops@example.com", password=password, base_url=f"{url}/renewal_redirect", retry=NO_RETRY,
        httpx_args={"follow_redirects": True},
    )  # fmt: skip
    with pytest.raises(APIError, match="another origin: not followed"):
        PAGED_LISTS["vocelio"].operation.sync(client=client)
    assert server.foreign("127.0.0.1")[before:] == []


def test_vidas_token_is_taken_out_of_a_url_redirected_to_another_origin(evil: tuple[EvilVendor, str]) -> None:
    """The server echoes the query (token included) into the Location of another origin; the redirect is followed
    without it."""
    server, url = evil
    token = f"vida-{secrets.token_urlsafe(16)}"
    before = len(server.foreign("127.0.0.1"))
    client = VidaClient(token, base_url=f"{url}/redirect", retry=NO_RETRY, httpx_args={"follow_redirects": True})
    with pytest.raises(APIError):  # the other origin answers 400, as the scenario has it
        PAGED_LISTS["vida"].operation.sync(client=client)
    arrived = server.foreign("127.0.0.1")[before:]
    assert len(arrived) == 1 and "/echo4xx/api/v2/tasks" in arrived[0].text
    assert token[:8] not in arrived[0].text


def test_a_bearer_token_does_not_follow_a_redirect_to_another_origin(evil: tuple[EvilVendor, str]) -> None:
    server, url = evil
    token = "mt_" + secrets.token_urlsafe(16)
    before = len(server.foreign("127.0.0.1"))
    client = build_client("dstny", base_url=f"{url}/redirect", httpx_args={"follow_redirects": True})
    client.auth_flow._token = token  # type: ignore[attr-defined]  # a canary of our own in the client's auth
    with pytest.raises(APIError):
        PAGED_LISTS["dstny"].operation.sync(client=client)
    arrived = server.foreign("127.0.0.1")[before:]
    assert len(arrived) == 1 and token[:8] not in arrived[0].text and "authorization" not in arrived[0].text


def test_a_redirect_within_the_origin_keeps_the_credentials() -> None:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, RedirectResponse, Response
    from starlette.routing import Route

    async def moved(request: Request) -> Response:
        return RedirectResponse(str(request.url.replace(path="/new/api/v2/tasks")), status_code=308)

    async def tasks(request: Request) -> Response:
        assert request.query_params["token"] == "vida-token-same-origin"
        return JSONResponse({"success": True, "total": 0, "tasks": []})

    with serve(Starlette(routes=[Route("/old/api/v2/tasks", moved), Route("/new/api/v2/tasks", tasks)])) as url:
        client = VidaClient("vida-token-same-origin", base_url=f"{url}/old", httpx_args={"follow_redirects": True})
        assert PAGED_LISTS["vida"].operation.sync(client=client).total == 0


async def test_an_async_refresh_redirected_to_another_origin_is_refused_too(evil: tuple[EvilVendor, str]) -> None:
    server, url = evil
    before = len(server.foreign("127.0.0.1"))
    client = DiioClient(
        client_id="id", client_secret=f"diio-secret-{secrets.token_urlsafe(12)}", refresh_token="rt-async-4e1f",
        base_url=f"{url}/renewal_redirect", retry=NO_RETRY, httpx_args={"follow_redirects": True},
    )  # fmt: skip
    with pytest.raises(APIError, match="another origin: not followed"):
        await PAGED_LISTS["diio"].operation.asyncio(client=client)
    assert server.foreign("127.0.0.1")[before:] == []
