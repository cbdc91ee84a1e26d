"""Redaction that holds at its edges: a body excerpt is redacted before it is cut and a secret's prefix left at the
end of a text is masked; every talkwire logger is redacted, tracebacks of exc_info included; the registry of
secrets holds what live clients hold, and registering one compiles nothing."""

from __future__ import annotations

import gc
import logging
import pickle
import re
import secrets
import string
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from talkwire_core import APIError, RetryPolicy, Token, redact, register_secret
from talkwire_core import _redact as redaction
from talkwire_core.errors import error_from_response
from talkwire_diga import DigaClient
from talkwire_diio_api.api.meetings import list_meetings

from tests.core.rotating_diio import CLIENT_SECRET, RotatingDiio, diio_client, expired_token
from tests.support.servers import serve

PREFIX = 8  # the shortest prefix of a secret counted as a leak


def random_secret(length: int) -> str:
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(length))


def leaked(secret: str, text: str) -> list[str]:
    """Every run of PREFIX or more characters of `secret` found in `text`."""
    return [secret[at : at + PREFIX] for at in range(len(secret) - PREFIX + 1) if secret[at : at + PREFIX] in text]


def surfaces(error: BaseException) -> str:
    return "\n".join(
        [
            str(error),
            repr(error),
            repr(error.args),
            "".join(traceback.format_exception(error)),
            pickle.dumps(error).decode("latin-1"),
        ]
    )


def registry_size() -> int:
    registry: Any = redaction._registry
    return len(registry) if hasattr(registry, "__len__") else len(registry._values)


# --- 1: redact first, then cut -----------------------------------------------------------------------------------


def test_a_secret_straddling_the_excerpt_cut_leaves_no_prefix_anywhere() -> None:
    api_key = random_secret(46)  # diga's key length
    register_secret(api_key)
    for offset in range(240, 310):
        body = ("x" * offset + api_key + " and more text after it" * 20).encode()
        request = httpx.Request("GET", "https://api.vendor.test/v1/calls")
        error = error_from_response(httpx.Response(400, content=body, request=request))
        assert leaked(api_key, surfaces(error)) == [], offset


@pytest.fixture
def echoing_url() -> Iterator[str]:
    """A vendor that answers 400 with the request's API key echoed `?at=N` characters into the body."""

    async def echo(request: Request) -> Response:
        key = request.headers["authorization"].removeprefix("Bearer ")
        at = int(request.query_params["at"])
        return PlainTextResponse("error: " + "y" * at + key + " was refused. " * 30, status_code=400)

    with serve(Starlette(routes=[Route("/{path:path}", echo)])) as url:
        yield url


def test_an_api_key_echoed_at_the_cut_over_http_never_surfaces(echoing_url: str) -> None:
    api_key = random_secret(46)
    with DigaClient(api_key, base_url=echoing_url, retry=RetryPolicy(max_retries=0)) as diga:
        for at in range(250, 300, 3):
            with pytest.raises(APIError) as raised:
                diga.get_httpx_client().get("/v1/calls", params={"at": at})
            assert leaked(api_key, surfaces(raised.value)) == [], at


def test_a_prefix_of_a_secret_at_the_end_of_a_text_is_masked() -> None:
    secret = random_secret(40)
    register_secret(secret)
    for length in range(PREFIX, len(secret)):
        assert leaked(secret, redact(f"upstream said: {secret[:length]}")) == [], length


# --- the registry's matcher: the same masks as a plain search for every value ----------------------------------------


def reference_mask(text: str, values: list[str]) -> str:
    """Every occurrence of every value, and a prefix of one (at least MIN_SECRET_LENGTH) ending the text, masked."""
    spans = []
    for value in values:
        start = text.find(value)
        while start != -1:
            spans.append((start, start + len(value)))
            start = text.find(value, start + 1)
        for length in range(redaction.MIN_SECRET_LENGTH, len(value)):
            if text.endswith(value[:length]):
                spans.append((len(text) - length, len(text)))
    return redaction._masked(text, spans)


# A small alphabet, so that values overlap one another and the text; none of it looks like a secret carrier.
SMALL = st.text(alphabet="abcd01", min_size=6, max_size=14)


@settings(max_examples=300, deadline=None)
@given(values=st.lists(SMALL, min_size=1, max_size=8), pieces=st.lists(st.text(alphabet="abcd01 ", max_size=12)))
def test_masking_finds_exactly_what_a_plain_search_finds(values: list[str], pieces: list[str]) -> None:
    text = "".join(piece + (values[index % len(values)] if index % 2 else "") for index, piece in enumerate(pieces))
    text += values[0][: len(values[0]) - 1]  # and often a cut one at the end
    owner = redaction.OwnedSecrets()
    try:
        owner.hold(*values)
        assert redact(text) == reference_mask(text, values)
    finally:
        owner.release()


# --- 11: a bounded registry that registers without recompiling -----------------------------------------------------


def test_registering_a_secret_compiles_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(200):
        register_secret(random_secret(32))
    compiled: list[object] = []
    real_compile = re.compile

    def counting_compile(*args: Any, **kwargs: Any) -> Any:
        compiled.append(args[0])
        return real_compile(*args, **kwargs)

    monkeypatch.setattr(re, "compile", counting_compile)
    register_secret(random_secret(32))
    assert compiled == []


def test_renewals_do_not_grow_the_registry(diio: RotatingDiio, diio_url: str) -> None:
    diio.single_use_access_tokens = True  # every call meets a 401 and renews
    diio.refresh_delay = 0.0
    with diio_client(diio_url, access_token=expired_token()) as client:
        for _ in range(5):
            list_meetings.sync(client=client)
        settled = registry_size()
        for _ in range(40):
            list_meetings.sync(client=client)
        assert diio.refresh_calls == 45
        assert registry_size() == settled


def test_a_discarded_client_releases_its_secrets_and_a_shared_one_stays_masked() -> None:
    from talkwire_diio import DiioClient

    secret = f"discarded-client-secret-{random_secret(12)}"

    def make() -> DiioClient:
        return DiioClient(client_id="id", client_secret=secret, refresh_token=random_secret(20), subdomain="acme")

    first, second = make(), make()
    assert redact(secret) == redaction.MASK
    del first
    gc.collect()
    assert redact(secret) == redaction.MASK  # the second client still holds it
    del second
    gc.collect()
    assert redact(secret) == secret


def test_a_client_collected_while_the_registry_is_busy_is_released_later_without_a_deadlock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    held_lock = redaction._registry._lock

    class PatientLock:
        """The registry's lock, except that waiting for it in its own thread fails instead of hanging."""

        def __enter__(self) -> None:
            if not held_lock.acquire(timeout=1):
                raise AssertionError("something waited for the registry's lock while its own thread held it")

        def __exit__(self, *exc_info: object) -> None:
            held_lock.release()

    monkeypatch.setattr(redaction._registry, "_lock", PatientLock())
    secret = f"collected-while-busy-{random_secret(12)}"

    def leave_garbage() -> None:
        owner = redaction.OwnedSecrets()
        owner.hold(secret)
        cycle: list[object] = [owner]
        cycle.append(cycle)  # only the cycle collector frees it: at any allocation, in any thread

    leave_garbage()
    assert redact(secret) == redaction.MASK
    with redaction._registry._lock:  # as when a collection starts inside a registration
        gc.collect()
    assert redact(secret) == secret


# --- 3: every talkwire logger, and the traceback of exc_info --------------------------------------------------------


def test_a_failing_token_callback_logs_no_token(
    diio: RotatingDiio, diio_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    issued: list[Token] = []

    def store(token: Token) -> None:
        issued.append(token)
        # A database error that quotes its parameters, as many drivers' do.
        raise RuntimeError(f"INSERT INTO tokens VALUES ('{token.refresh_token}', '{token.access_token}') failed")

    caplog.set_level(logging.DEBUG)
    with diio_client(diio_url, access_token=expired_token(), on_tokens_refreshed=store) as client:
        list_meetings.sync(client=client)
    assert [record.name for record in caplog.records if record.levelno == logging.ERROR] == ["talkwire.auth"]
    written = caplog.text + "\n".join(logging.Formatter().format(record) for record in caplog.records)
    assert "INSERT INTO tokens" in written  # the traceback is kept, masked
    assert issued and issued[0].refresh_token
    for secret in (issued[0].access_token, issued[0].refresh_token, CLIENT_SECRET):
        assert leaked(secret, written) == []


def test_any_talkwire_logger_is_redacted_with_its_exc_info(
    diio: RotatingDiio, diio_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    plugin_logger = logging.getLogger("talkwire.plugins.audit")  # a child created by code that is not ours
    caplog.set_level(logging.DEBUG)
    with diio_client(diio_url) as client:
        client.get_httpx_client()
        try:
            raise ValueError(f"refused {CLIENT_SECRET}")
        except ValueError:
            plugin_logger.exception("audit failed for %s", CLIENT_SECRET, stack_info=True)
    record = next(record for record in caplog.records if record.name == "talkwire.plugins.audit")
    written = caplog.text + logging.Formatter().format(record)
    assert "audit failed for ***" in written and "ValueError: refused ***" in written
    assert leaked(CLIENT_SECRET, written) == []


def test_a_record_with_mapping_arguments_is_redacted_and_still_formats(caplog: pytest.LogCaptureFixture) -> None:
    secret = random_secret(24)
    register_secret(secret)
    with DigaClient(random_secret(30)) as diga:
        diga.get_httpx_client()
    caplog.set_level(logging.DEBUG)
    logging.getLogger("talkwire").info("renewed %(token)s for %(who)s", {"token": secret, "who": "acme"})
    assert [record.getMessage() for record in caplog.records] == ["renewed *** for acme"]
