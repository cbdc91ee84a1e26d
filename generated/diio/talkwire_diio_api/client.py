"""The client object every operation of this package sends its requests through.

talkwire's overlay packages (``talkwire-diio``) subclass ``AuthenticatedClient`` and
hand it httpx clients configured with the vendor's auth flow, retries, timeouts and typed errors. This plain
version works on its own for quick experiments: pass ``base_url`` and any httpx options.
"""

from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

import httpx


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
    """A Client whose httpx clients carry credentials (an ``httpx.Auth`` flow set up by the overlay package)."""
