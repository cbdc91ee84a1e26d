"""The client object every operation of this package sends its requests through.

talkwire's overlay packages (``talkwire-diio``) subclass ``AuthenticatedClient`` and
hand it httpx clients configured with the vendor's auth flow, retries, timeouts and typed errors. This plain
version works on its own for quick experiments: pass ``base_url`` and any httpx options.

``AuthenticatedClient`` carries the API's resources, one per tag (``client.auth``),
each loaded on first use; ``client.aio`` has the same resources for async code. The reference is ``api.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

if TYPE_CHECKING:
    from .resources.auth import AsyncAuthResource, AuthResource
    from .resources.exports import AsyncExportsResource, ExportsResource
    from .resources.meetings import AsyncMeetingsResource, MeetingsResource
    from .resources.phone_calls import AsyncPhoneCallsResource, PhoneCallsResource
    from .resources.transcripts import AsyncTranscriptsResource, TranscriptsResource
    from .resources.users import AsyncUsersResource, UsersResource


class Client:
    """Holds the sync and async httpx clients, created on first use.

    ``httpx_client_factory`` / ``async_httpx_client_factory`` build them when given; otherwise a plain
    ``httpx.Client(base_url=base_url, **httpx_args)`` is used.
    """

    # Generated operations raise errors.UnexpectedStatus for a status the spec does not document, never None.
    raise_on_unexpected_status: bool = True

    def __init__(
        self,
        base_url: str,
        *,
        httpx_client_factory: Callable[[], httpx.Client] | None = None,
        async_httpx_client_factory: Callable[[], httpx.AsyncClient] | None = None,
        **httpx_args: Any,
    ) -> None:
        self._base_url = base_url
        self._httpx_args = httpx_args
        self._httpx_client_factory = httpx_client_factory
        self._async_httpx_client_factory = async_httpx_client_factory
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    @property
    def base_url(self) -> str:
        return self._base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    def call_args(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The arguments an operation sends its request with; a talkwire client adds its per-call options here."""
        return kwargs

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for sync calls (it replaces any client built so far, without closing it)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client sync operations send through, built on first use."""
        if self._client is None:
            if self._httpx_client_factory is not None:
                self._client = self._httpx_client_factory()
            else:
                self._client = httpx.Client(base_url=self._base_url, **self._httpx_args)
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient for async calls."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient async operations send through, built on first use."""
        if self._async_client is None:
            if self._async_httpx_client_factory is not None:
                self._async_client = self._async_httpx_client_factory()
            else:
                self._async_client = httpx.AsyncClient(base_url=self._base_url, **self._httpx_args)
        return self._async_client

    def close(self) -> None:
        """Close the sync connection pool, if one was opened."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async connection pool, if one was opened."""
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)


class AuthenticatedClient(Client):
    """A Client whose httpx clients carry credentials (an ``httpx.Auth`` flow set up by the overlay package), and
    the API's resources: ``client.<resource>.<method>(...)``; ``client.aio.<resource>.<method>(...)`` in async code.
    """

    @cached_property
    def auth(self) -> AuthResource:
        """auth: refresh_token."""
        from .resources.auth import AuthResource

        return AuthResource(self)

    @cached_property
    def exports(self) -> ExportsResource:
        """exports: create, get."""
        from .resources.exports import ExportsResource

        return ExportsResource(self)

    @cached_property
    def meetings(self) -> MeetingsResource:
        """meetings: list, list_all, get."""
        from .resources.meetings import MeetingsResource

        return MeetingsResource(self)

    @cached_property
    def phone_calls(self) -> PhoneCallsResource:
        """phone_calls: list, list_all, create, get."""
        from .resources.phone_calls import PhoneCallsResource

        return PhoneCallsResource(self)

    @cached_property
    def transcripts(self) -> TranscriptsResource:
        """transcripts: get."""
        from .resources.transcripts import TranscriptsResource

        return TranscriptsResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """users: list, list_all."""
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def aio(self) -> AsyncView:
        """This client for async code: the same resources, whose methods are coroutines (``await client.aio.x.get()``)."""
        return AsyncView(self)


class AsyncView:
    """A client's resources for async code (``client.aio``): every method is a coroutine, and auto-paging methods
    return an ``AsyncPager`` (``async for``). It shares the client's connection pools, credentials and options;
    ``async with client.aio:`` closes the running event loop's pool at the end, as ``async with client:`` does.
    """

    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{self.client!r}.aio"

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """auth: refresh_token."""
        from .resources.auth import AsyncAuthResource

        return AsyncAuthResource(self.client)

    @cached_property
    def exports(self) -> AsyncExportsResource:
        """exports: create, get."""
        from .resources.exports import AsyncExportsResource

        return AsyncExportsResource(self.client)

    @cached_property
    def meetings(self) -> AsyncMeetingsResource:
        """meetings: list, list_all, get."""
        from .resources.meetings import AsyncMeetingsResource

        return AsyncMeetingsResource(self.client)

    @cached_property
    def phone_calls(self) -> AsyncPhoneCallsResource:
        """phone_calls: list, list_all, create, get."""
        from .resources.phone_calls import AsyncPhoneCallsResource

        return AsyncPhoneCallsResource(self.client)

    @cached_property
    def transcripts(self) -> AsyncTranscriptsResource:
        """transcripts: get."""
        from .resources.transcripts import AsyncTranscriptsResource

        return AsyncTranscriptsResource(self.client)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """users: list, list_all."""
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self.client)

    async def aclose(self) -> None:
        """Close the running event loop's connection pool, if one was opened."""
        await self.client.aclose()

    async def __aenter__(self) -> Self:
        await self.client.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.client.__aexit__(exc_type, exc_value, traceback)
