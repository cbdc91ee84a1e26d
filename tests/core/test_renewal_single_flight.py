"""Token renewal over real HTTP on loopback: single flight across threads and event loops, one renewal per token
issued, waiters sharing the outcome of the renewal they waited for (a hung endpoint is called once), and callbacks
that may call the client."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import httpx
import pytest
from talkwire_core import APITimeoutError, AuthenticationError, Token
from talkwire_diio_api.api.meetings import list_meetings
from talkwire_vocelio import VocelioClient
from talkwire_vocelio_api.api.users import get_current_user

from tests.core.rotating_diio import (
    HANG_SECONDS,
    RotatingDiio,
    diio_client,
    error_unless_deadlocked,
    errors_of_calls_in_threads,
    expired_token,
)
from tests.overlays.vocelio_fake import FakeVocelio
from tests.support.servers import serve

# --- 7: single flight across threads and event loops ---------------------------------------------------------


def test_threads_and_two_event_loops_on_one_expired_client_make_one_refresh(diio: RotatingDiio, diio_url: str) -> None:
    failures: list[BaseException] = []
    successes: list[str] = []
    record = threading.Lock()
    start = threading.Barrier(5 + 2)

    def outcome(kind: str, call: Callable[[], object]) -> None:
        try:
            call()
        except BaseException as exc:  # collected and asserted below
            with record:
                failures.append(exc)
        else:
            with record:
                successes.append(kind)

    with diio_client(diio_url, access_token=expired_token()) as client:

        def thread_caller() -> None:
            start.wait()
            outcome("thread", lambda: list_meetings.sync(client=client))

        async def five_tasks() -> None:
            async def task() -> None:
                await list_meetings.asyncio(client=client)

            results = await asyncio.gather(*(task() for _ in range(5)), return_exceptions=True)
            for result in results:
                if isinstance(result, BaseException):
                    with record:
                        failures.append(result)
                else:
                    with record:
                        successes.append("task")

        def loop_runner() -> None:
            start.wait()
            asyncio.run(five_tasks())

        threads = [threading.Thread(target=thread_caller) for _ in range(5)]
        threads += [threading.Thread(target=loop_runner) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert failures == []
    assert sorted(successes) == ["task"] * 10 + ["thread"] * 5
    assert diio.refresh_calls == 1
    assert diio.refused_refreshes == 0


# --- 8: at most one renewal per token issued -------------------------------------------------------------------


@pytest.mark.parametrize("lifetime", [-30.0, 0.0, 45.0, 60.0])
def test_a_token_issued_expired_or_inside_the_leeway_is_used_not_renewed_at_every_call(
    diio: RotatingDiio, diio_url: str, lifetime: float
) -> None:
    diio.token_lifetime = lifetime  # the server still accepts its tokens: its clock, or its idea of expiry, differs
    diio.refresh_delay = 0.0
    with diio_client(diio_url) as client:
        for _ in range(20):
            list_meetings.sync(client=client)
    assert diio.refresh_calls == 1


def test_vocelio_with_expires_in_45_logs_in_once_for_20_calls_and_again_after_half_its_life() -> None:
    fake = FakeVocelio(email="ops@example.com", password="vocelio-password-canary-77d0", expires_in=45, login_delay=0)
    now = [1_000_000.0]
    with serve(fake.app()) as url, VocelioClient(email=fake.email, password=fake.password, base_url=url) as vocelio:
        vocelio.auth_flow._clock = lambda: now[0]  # type: ignore[attr-defined]
        for _ in range(20):
            get_current_user.sync(client=vocelio)
        assert fake.logins == 1
        now[0] += 23  # past half of its 45 s: renewed ahead of expiry, once
        for _ in range(5):
            get_current_user.sync(client=vocelio)
    assert fake.logins == 2


# --- 9: waiters share the outcome of the renewal they waited for -------------------------------------------------


def test_a_hung_refresh_endpoint_is_called_once_and_every_error_names_it(diio: RotatingDiio, diio_url: str) -> None:
    diio.hang = True
    with diio_client(diio_url, access_token=expired_token(), timeout=0.5) as client:
        errors = errors_of_calls_in_threads(10, lambda: list_meetings.sync(client=client))

    assert diio.refresh_calls == 1
    assert len(errors) == 10
    for error in errors:
        assert isinstance(error, APITimeoutError), repr(error)
        assert error.method == "POST"
        assert error.url.endswith("/refresh_token")
        assert "/v1/meetings" not in str(error)


async def test_async_waiters_on_a_hung_refresh_endpoint_share_its_timeout(diio: RotatingDiio, diio_url: str) -> None:
    diio.hang = True
    async with diio_client(diio_url, access_token=expired_token(), timeout=0.5) as client:
        results = await asyncio.gather(
            *(list_meetings.asyncio(client=client) for _ in range(10)), return_exceptions=True
        )
    assert diio.refresh_calls == 1
    assert all(isinstance(result, APITimeoutError) for result in results), results
    assert {str(result).split(":")[0].split(" ")[0] for result in results} == {"POST"}
    assert all("/refresh_token" in str(result) and "/v1/meetings" not in str(result) for result in results)


def test_waiters_share_a_refused_refresh_instead_of_trying_again(diio: RotatingDiio, diio_url: str) -> None:
    diio.current_refresh_token = "a-refresh-token-the-client-does-not-have"
    with diio_client(diio_url, access_token=expired_token()) as client:
        errors = errors_of_calls_in_threads(10, lambda: list_meetings.sync(client=client))
    assert diio.refresh_calls == 1
    assert len(errors) == 10 and all(isinstance(error, AuthenticationError) for error in errors)
    assert all(error.url.endswith("/refresh_token") for error in errors if isinstance(error, AuthenticationError))
    assert len({id(error) for error in errors}) == 10  # each caller raises its own copy, with its own traceback


async def test_a_cancelled_renewal_hands_over_to_a_waiter(diio: RotatingDiio, diio_url: str) -> None:
    diio.hang = True
    diio.rotate = False  # the cancelled refresh never reaches the client: a rotated token would be lost with it
    async with diio_client(diio_url, access_token=expired_token()) as client:
        leader = asyncio.create_task(list_meetings.asyncio(client=client))
        while diio.refresh_calls == 0:
            await asyncio.sleep(0.01)
        waiter = asyncio.create_task(list_meetings.asyncio(client=client))
        await asyncio.sleep(0.05)
        diio.hang = False
        leader.cancel()
        page = await asyncio.wait_for(waiter, timeout=HANG_SECONDS)
    assert page.meetings == []
    assert leader.cancelled()
    assert diio.refresh_calls == 2  # the cancelled one, and the waiter's own


# --- 10: callbacks may call the client ----------------------------------------------------------------------------


def test_a_callback_that_calls_the_client_while_its_token_is_stale_does_not_deadlock(
    diio: RotatingDiio, diio_url: str
) -> None:
    diio.token_lifetime = -30.0  # every token arrives already expired by our clock
    diio.refresh_delay = 0.0
    seen: list[int] = []

    def persist_and_check(token: Token) -> None:
        seen.append(len(list_meetings.sync(client=client).meetings))

    with diio_client(diio_url, on_tokens_refreshed=persist_and_check) as client:
        assert error_unless_deadlocked(lambda: list_meetings.sync(client=client)) is None
    assert seen == [0]
    assert diio.refresh_calls == 1


def test_an_event_hook_calling_the_client_during_its_renewal_fails_instead_of_deadlocking(
    diio: RotatingDiio, diio_url: str
) -> None:
    diio.refresh_delay = 0.0
    inner: list[BaseException] = []

    def on_request(request: httpx.Request) -> None:
        if request.url.path.endswith("/refresh_token"):
            try:
                list_meetings.sync(client=client)
            except RuntimeError as exc:
                inner.append(exc)

    hooks = {"event_hooks": {"request": [on_request]}}
    with diio_client(diio_url, access_token=expired_token(), httpx_args=hooks) as client:
        assert error_unless_deadlocked(lambda: list_meetings.sync(client=client)) is None
    assert len(inner) == 1 and "inside its own token renewal" in str(inner[0])
    assert diio.refresh_calls == 1
