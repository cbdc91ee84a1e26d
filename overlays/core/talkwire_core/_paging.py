"""Walk any list operation page by page, lazily, from the paging declared in its spec (`x-pagination`).

The declaration is read from the operation table the client's vendor declared (the generated ``_operations.py``,
written from the overlaid spec at generation time). Four styles: ``page`` (a page number goes in, from ``first_page`` (default 1) on, or the number
the response names as next), ``offset`` (the count of items seen so far goes in), ``cursor`` (a token taken from
the response goes in) and ``url`` (the next page's URL, from a body field or the ``Link`` header, is requested as it
is; see ``_next_page``). A walk stops on an empty page, ``has_more`` false,
a missing next token, or a recent token seen again (a vendor bug would otherwise loop forever). Only one page is held at
a time, so memory does not grow with the number of pages.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

from talkwire_core._next_page import NextPageUrl
from talkwire_core._operations import POSITION_PARAMETER, operation_key

if TYPE_CHECKING:
    from talkwire_core._vendor import Vendor


class PagingError(TypeError):
    """The operation has no paging declared, or its declaration does not fit the response."""


class _Operation(Protocol):
    __name__: str

    def sync_detailed(self, *, client: Any, **kwargs: Any) -> Any: ...

    async def asyncio_detailed(self, *, client: Any, **kwargs: Any) -> Any: ...


class PagingClient(Protocol):
    """A vendor client: its declaration holds the operation table paging reads."""

    @property
    def vendor(self) -> Vendor: ...

    @property
    def base_url(self) -> str: ...


@dataclass(frozen=True)
class PageSpec:
    """The paging of one operation, with the generated code's argument and attribute names."""

    operation: str
    style: str
    token_arg: str
    items_attr: str
    next_attr: str | None
    has_more_attr: str | None
    limit_arg: str | None
    unset: object
    first_page: int = 1
    next_page_url: NextPageUrl | None = None  # style url: where the next page's URL is read, and its checks

    @classmethod
    def of(cls, client: PagingClient, operation: ModuleType | _Operation) -> PageSpec:
        vendor = getattr(client, "vendor", None)
        if vendor is None:
            raise PagingError(
                f"{type(client).__name__} is not a talkwire vendor client: paging reads its vendor's declaration"
            )
        key = operation_key(operation)
        # A generated operation module imports its own package's client class: another vendor's operation (whose
        # short name may well be in this table too) is refused rather than walked with the wrong declaration.
        own_client = getattr(operation, "AuthenticatedClient", None)
        entry = vendor.operations.get(key)
        if entry is None or (isinstance(own_client, type) and not isinstance(client, own_client)):
            raise PagingError(f"{operation.__name__} is not an operation of {vendor.name}")
        declared = entry.get("pagination")
        if declared is False:
            raise PagingError(
                f"{operation.__name__}: its spec declares that it cannot be paged through (x-pagination: false)"
            )
        if declared is None:
            raise PagingError(f"{operation.__name__} declares no paging (x-pagination) in its spec")
        # The table was checked against the contract when the vendor was declared: the position argument is there.
        style = declared["style"]
        next_page_url = None
        if style == "url":
            next_attr = declared.get("next_attr")
            next_page_url = NextPageUrl(
                operation=key,
                base_url=str(client.base_url),
                read_body_field=(lambda parsed: _lookup(parsed, next_attr, vendor.unset)) if next_attr else None,
                link_relation=declared.get("next_link"),
                refusal=PagingError,
            )
        return cls(
            operation=key,
            style=style,
            token_arg=str(declared.get(f"{POSITION_PARAMETER[style]}_arg")),
            items_attr=declared["items_attr"],
            next_attr=declared.get("next_attr"),
            has_more_attr=declared.get("has_more_attr"),
            limit_arg=declared.get("limit_param_arg"),
            unset=vendor.unset,
            first_page=int(declared.get("first_page", 1)),
            next_page_url=next_page_url,
        )


_MISSING = object()


def _lookup(value: Any, dotted: str, unset: object) -> Any:
    """Follow a dotted attribute path through models (attrs) and dicts; missing or ``unset`` parts give None.

    A field the model does not declare is looked up in its ``additional_properties`` (tolerant reader).
    """
    for part in filter(None, dotted.split(".")):  # an empty path is the value itself (a body that is the list)
        if value is None:
            return None
        if isinstance(value, dict):
            value = value.get(part)
            continue
        found = getattr(value, part, _MISSING)
        if found is _MISSING:
            found = getattr(value, "additional_properties", {}).get(part)
        value = None if found is _MISSING or found is unset else found
    return value


# How many recent page tokens a walk remembers to detect a vendor looping back; bounded so that memory does not
# grow with the number of pages (a cycle longer than this is not a failure mode seen in practice).
RECENT_TOKENS = 256


class _Walk:
    """The decisions of a walk, shared by the sync and async loops."""

    def __init__(self, spec: PageSpec, kwargs: dict[str, Any]) -> None:
        self.spec = spec
        self.kwargs = dict(kwargs)
        self.recent: deque[Any] = deque(maxlen=RECENT_TOKENS)
        self.headers: Any = None  # the last page's response headers (style url reads the Link header)
        if spec.style == "page":
            self.kwargs.setdefault(spec.token_arg, spec.first_page)
        elif spec.style == "offset":
            self.kwargs.setdefault(spec.token_arg, 0)

    def read(self, response: Any) -> Any:
        """The parsed page of a generated operation's ``Response``, its headers kept for ``advance``."""
        self.headers = response.headers
        return response.parsed

    def items_of(self, parsed: Any) -> list[Any]:
        items = _lookup(parsed, self.spec.items_attr, self.spec.unset)
        if items is None:
            return []
        if not isinstance(items, list):
            raise PagingError(f"{self.spec.operation}: `{self.spec.items_attr}` is not a list in the response")
        return items

    def advance(self, parsed: Any, items: list[Any]) -> bool:
        """Set up the next request; False when this was the last page."""
        if not items:
            return False
        if self.spec.has_more_attr is not None and _lookup(parsed, self.spec.has_more_attr, self.spec.unset) is False:
            return False
        current: Any = self.kwargs.get(self.spec.token_arg)
        self.recent.append(current)
        upcoming: Any
        if self.spec.next_page_url is not None:
            upcoming = self.spec.next_page_url.after(parsed, self.headers)
            if upcoming is None:
                return False
        elif self.spec.next_attr is not None:
            upcoming = _lookup(parsed, self.spec.next_attr, self.spec.unset)
            if upcoming is None or upcoming == "":
                return False
        elif self.spec.style == "page":
            upcoming = int(current) + 1
        else:  # offset: a cursor declaration always names where the next cursor is (checked with the table)
            upcoming = int(current) + len(items)
        if upcoming in self.recent:
            return False
        self.kwargs[self.spec.token_arg] = upcoming
        return True


def iterate_pages(client: PagingClient, operation: ModuleType | _Operation, **kwargs: Any) -> Iterator[Any]:
    """Each page's parsed response, fetched only when the previous one has been consumed."""
    walk = _Walk(PageSpec.of(client, operation), kwargs)
    while True:
        parsed = walk.read(operation.sync_detailed(client=client, **walk.kwargs))
        yield parsed
        if not walk.advance(parsed, walk.items_of(parsed)):
            return


def paginate(client: PagingClient, operation: ModuleType | _Operation, **kwargs: Any) -> Iterator[Any]:
    """Every item of every page, lazily."""
    spec = PageSpec.of(client, operation)
    for page in iterate_pages(client, operation, **kwargs):
        yield from _items(page, spec)


async def aiterate_pages(client: PagingClient, operation: ModuleType | _Operation, **kwargs: Any) -> AsyncIterator[Any]:
    walk = _Walk(PageSpec.of(client, operation), kwargs)
    while True:
        parsed = walk.read(await operation.asyncio_detailed(client=client, **walk.kwargs))
        yield parsed
        if not walk.advance(parsed, walk.items_of(parsed)):
            return


async def apaginate(client: PagingClient, operation: ModuleType | _Operation, **kwargs: Any) -> AsyncIterator[Any]:
    spec = PageSpec.of(client, operation)
    async for page in aiterate_pages(client, operation, **kwargs):
        for item in _items(page, spec):
            yield item


def _items(page: Any, spec: PageSpec) -> list[Any]:
    items = _lookup(page, spec.items_attr, spec.unset)
    return items if isinstance(items, list) else []
