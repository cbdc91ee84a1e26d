"""The base of every vendor client: a vendor's client class is its declaration plus its credentials.

```python
class DiioClient(VendorClient, AuthenticatedClient):   # AuthenticatedClient: the generated package's
    vendor = DIIO                                       # a talkwire_core.Vendor

    def __init__(self, *, client_id: str, ..., base_url: str | None = None, **options: Unpack[ClientOptions]):
        base_url = base_url or DIIO.server_url(subdomain=subdomain)
        super().__init__(DiioRefreshAuth(base_url=base_url, ...), base_url=base_url, **options)
```

Everything else is here, the same for every vendor: the client stack (``ClientAssembly``), one async connection pool
per event loop (so one client serves several ``asyncio.run()`` in a row), paging, per-call options (``with_options``:
a view sharing the client's pools) and a repr without secrets.
"""

from __future__ import annotations

import inspect
import sys
import weakref
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Self, Unpack

import httpx

from talkwire_core._options import ClientOptions
from talkwire_core._redact import redact

if TYPE_CHECKING:
    from talkwire_core._assembly import ClientAssembly
    from talkwire_core._call_options import CallOptions, QueryValue
    from talkwire_core._retry_policy import RetryPolicy
    from talkwire_core._vendor import Vendor

# The client stack (_assembly), per-call options and paging are imported where they are first used: importing a
# vendor package declares its client class, and only building a client (or a view, or a walk) needs them.


def _running_loop() -> object | None:
    """The running asyncio event loop, or None (no loop, or another async library: they share one pool)."""
    asyncio = sys.modules.get("asyncio")  # no running asyncio loop is possible before asyncio is imported
    if asyncio is None:
        return None
    try:
        loop: object = asyncio.get_running_loop()
    except RuntimeError:
        return None
    return loop


def _constructor_signature(init: Callable[..., None]) -> inspect.Signature:
    """A client class's ``__init__`` signature with ``**options`` spelled out as the ClientOptions keywords, so
    that ``help()``, ``inspect.signature`` and tools that bind arguments see every option by name."""
    signature = inspect.signature(init)
    parameters: list[inspect.Parameter] = []
    for parameter in list(signature.parameters.values())[1:]:
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            parameters += [
                inspect.Parameter(
                    name,
                    inspect.Parameter.KEYWORD_ONLY,
                    default=None,
                    annotation=getattr(annotation, "__forward_arg__", annotation),
                )
                for name, annotation in ClientOptions.__annotations__.items()
            ]
        else:
            parameters.append(parameter)
    return signature.replace(parameters=parameters)


_CACHED_ATTRIBUTES: dict[type, frozenset[str]] = {}


def _cached_attributes(cls: type) -> frozenset[str]:
    """The ``cached_property`` names of `cls` (its resources, its async view): a view computes its own."""
    names = _CACHED_ATTRIBUTES.get(cls)
    if names is None:
        names = _CACHED_ATTRIBUTES[cls] = frozenset(
            name for klass in cls.__mro__ for name, value in vars(klass).items() if isinstance(value, cached_property)
        )
    return names


class VendorClient:
    """Mixed in ahead of the generated ``AuthenticatedClient``; subclasses set ``vendor``.

    ``auth`` (kept as ``auth_flow``: a client attribute `auth` may be a resource) goes on every request except those of operations whose spec security is empty. ``base_url`` defaults
    to the vendor's server (when it has no ``{parts}`` to fill). ``options``: see ``ClientOptions``.
    """

    vendor: ClassVar[Vendor]
    # A view's options and the client it was made from (``with_options``); None on a client built by its constructor.
    _call_options: CallOptions | None = None
    _view_of: VendorClient | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        init = vars(cls).get("__init__")
        if init is not None:  # a subclass without its own __init__ inherits its parent's signature
            setattr(cls, "__signature__", _constructor_signature(init))  # noqa: B010 (mypy does not know __signature__)

    def __init__(
        self, auth: httpx.Auth | None, *, base_url: str | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        base_url = self.vendor.server_url() if base_url is None else base_url
        from talkwire_core._assembly import ClientAssembly

        self.auth_flow = auth  # the httpx.Auth flow; `auth` may be a resource (diio.auth.refresh_token)
        self._assembly: ClientAssembly = ClientAssembly(self.vendor, base_url=base_url, auth=auth, **options)
        self._async_clients: weakref.WeakKeyDictionary[object, httpx.AsyncClient] = weakref.WeakKeyDictionary()
        self._loopless_async_client: httpx.AsyncClient | None = None
        self._pinned_async_client: httpx.AsyncClient | None = None
        # The generated client (next in the MRO) holds the sync httpx client and hands it to the operations.
        super().__init__(base_url, httpx_client_factory=self._assembly.sync_client)  # type: ignore[call-arg]

    base_url: str

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={redact(self.base_url)!r})"

    # --- per-call options ------------------------------------------------------------------------------------------
    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, QueryValue] | None = None,
    ) -> Self:
        """This client with other options for the calls made through it: a cheap view sharing its connection pools,
        credentials and token renewal (``client.with_options(timeout=5).meetings.get(id)``).

        ``timeout``: seconds or an ``httpx.Timeout`` (each network operation); ``deadline``: seconds each call may take
        in all; ``retry``: a ``RetryPolicy``, or ``max_retries``: the retry count alone; ``headers`` and ``query``:
        added to every request (an idempotency key, a tracing header), the view's value winning over the
        operation's. None keeps what the client has; options of a view of a view add up. Checked here: a
        ``ClientOptionError`` names the option at fault. Closing a view closes the pools it shares.
        """
        from talkwire_core._call_options import call_options

        current = self._call_options
        options = call_options(
            timeout=timeout,
            deadline=deadline,
            retry=retry,
            max_retries=max_retries,
            headers=headers,
            query=query,
            current_retry=(current.retry if current is not None else None) or self._assembly.options.retry,
            client_headers=self._assembly.options.client_args["headers"],
            required_headers=self.vendor.headers,
        ).over(current)
        view = object.__new__(type(self))
        cached = _cached_attributes(type(self))
        view.__dict__.update((name, value) for name, value in self.__dict__.items() if name not in cached)
        view._call_options = options
        view._view_of = self._view_of or self
        return view

    def call_args(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The generated operations' hook: their request arguments, with this view's options (if it is one)."""
        return kwargs if self._call_options is None else self._call_options.apply(kwargs)

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client sync calls go through (a view's is its client's), built on first use."""
        if self._view_of is not None:
            return self._view_of.get_httpx_client()
        client: httpx.Client = super().get_httpx_client()  # type: ignore[misc]
        return client

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for sync calls (of the client and of every view of it)."""
        if self._view_of is not None:
            self._view_of.set_httpx_client(client)
        else:
            super().set_httpx_client(client)  # type: ignore[misc]
        return self

    def close(self) -> None:
        """Close the sync connection pool, if one was opened (a view's is its client's)."""
        if self._view_of is not None:
            self._view_of.close()
        else:
            super().close()  # type: ignore[misc]

    # --- async: one httpx.AsyncClient per event loop ------------------------------------------------------------
    def _async_client_for_loop(self, *, create: bool) -> httpx.AsyncClient | None:
        if self._view_of is not None:
            return self._view_of._async_client_for_loop(create=create)
        if self._pinned_async_client is not None:
            return self._pinned_async_client
        loop = _running_loop()
        if loop is None:
            if self._loopless_async_client is None and create:
                self._loopless_async_client = self._assembly.async_client()
            return self._loopless_async_client
        client = self._async_clients.get(loop)
        if client is None and create:
            # A pool's connections belong to the loop that opened them: a pool of its own for each loop.
            client = self._async_clients[loop] = self._assembly.async_client()
        return client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient for the running event loop, built on first use in that loop."""
        client = self._async_client_for_loop(create=True)
        assert client is not None
        return client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient for async calls in every event loop (you own its loop affinity)."""
        (self._view_of or self)._pinned_async_client = async_client
        return self

    async def aclose(self) -> None:
        """Close the running event loop's connection pool, if one was opened."""
        client = self._async_client_for_loop(create=False)
        if client is not None:
            await client.aclose()

    # --- paging ---------------------------------------------------------------------------------------------------
    def paginate(self, operation: ModuleType, **kwargs: Any) -> Iterator[Any]:
        """Every item of every page of a list operation, fetched lazily (``for x in client.paginate(op)``)."""
        from talkwire_core._paging import paginate

        return paginate(self, operation, **kwargs)

    def iterate_pages(self, operation: ModuleType, **kwargs: Any) -> Iterator[Any]:
        """Every page's parsed response of a list operation, fetched lazily."""
        from talkwire_core._paging import iterate_pages

        return iterate_pages(self, operation, **kwargs)

    def apaginate(self, operation: ModuleType, **kwargs: Any) -> AsyncIterator[Any]:
        """Async twin of ``paginate`` (``async for x in client.apaginate(op)``)."""
        from talkwire_core._paging import apaginate

        return apaginate(self, operation, **kwargs)

    def aiterate_pages(self, operation: ModuleType, **kwargs: Any) -> AsyncIterator[Any]:
        """Async twin of ``iterate_pages``."""
        from talkwire_core._paging import aiterate_pages

        return aiterate_pages(self, operation, **kwargs)
