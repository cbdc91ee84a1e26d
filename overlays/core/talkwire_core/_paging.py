"""Walk any list operation page by page, lazily, from the paging declared in its spec (`x-pagination`).

The declaration is read from the operation table the client's vendor declared (the generated ``_operations.py``,
written from the overlaid spec at generation time). Four styles: ``page`` (a page number goes in, from ``first_page`` (default 1) on, or the number
the response names as next), ``offset`` (the count of items seen so far goes in), ``cursor`` (a token taken from
the response goes in) and ``url`` (the next page's URL, from a body field or the ``Link`` header, is requested as it
is, on the client's own server only; see ``_next_page``). A walk ends on an empty page, ``has_more`` false or a
missing next token, and where the caller bounds it (``max_pages``, ``max_items``).

A server that breaks paging never ends a walk silently, as if the list were complete, nor keeps it going forever: the
walk raises ``PagingError``, naming the operation and the page, when a page names as the next position one the walk
has been at (a repeated cursor, an A→B→A cycle), when a page has the same items as an earlier one (a server that
ignores the page number or offset), or when a page says more pages follow but is empty or names no next position.
Repetition is found in constant memory: exactly within the last RECENT_PAGES pages, and for a cycle of any length
by Brent's algorithm (within about twice its length). Only one page is held at a time, so memory does not grow with
the number of pages.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import AsyncIterator, Hashable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

from talkwire_core._next_page import NextPageUrl
from talkwire_core._operations import POSITION_PARAMETER, operation_key
from talkwire_core.errors import PagingError

if TYPE_CHECKING:
    from talkwire_core._vendor import Vendor


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


# How many recent positions and page contents a walk remembers exactly (longer cycles are found by _Repetition's
# Brent step); bounded so that memory does not grow with the number of pages.
RECENT_PAGES = 256


class _Repetition:
    """Finds a value seen before in a sequence, in constant memory: exactly among the last RECENT_PAGES values, and
    for a cycle of any length by Brent's algorithm (a saved value, re-saved at each power of two, met again)."""

    def __init__(self) -> None:
        self._recent: dict[Hashable, int] = {}
        self._order: deque[Hashable] = deque()
        self._saved: tuple[Hashable, int] | None = None
        self._power = 1
        self._steps = 0

    def seen(self, value: Hashable, page: int) -> int | None:
        """Record `value` as page `page`'s; the page that had it before, or None."""
        earlier = self._recent.get(value)
        if earlier is None and self._saved is not None and self._saved[0] == value:
            earlier = self._saved[1]
        if earlier is not None:
            return earlier
        self._recent[value] = page
        self._order.append(value)
        if len(self._order) > RECENT_PAGES:
            self._recent.pop(self._order.popleft(), None)
        self._steps += 1
        if self._saved is None or self._steps == self._power:
            self._saved, self._power, self._steps = (value, page), self._power * 2, 0
        return None


# How many of a page's items its fingerprint reads (evenly spaced, the first and the last among them).
FINGERPRINT_ITEMS = 64


def _fingerprint(items: list[Any]) -> bytes:
    """A digest of a page's length and of up to FINGERPRINT_ITEMS of its items, evenly spaced (all of a page that
    short): generated models' reprs list every field, so equal reprs are equal items.

    A page that repeats an earlier one has the same digest, whatever its length. Reading every item instead cost
    more than the page's parse (an attrs repr is about a microsecond per item): pages of real records (ids,
    timestamps) never agree in 64 evenly spaced places unless they are the same page.
    """
    count = len(items)
    if count > FINGERPRINT_ITEMS:
        step = (count - 1) / (FINGERPRINT_ITEMS - 1)
        items = [items[round(index * step)] for index in range(FINGERPRINT_ITEMS)]
    return hashlib.blake2b(f"{count}:{items!r}".encode(), digest_size=16).digest()


def _bound(value: int | None, name: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ValueError(f"{name} must be a whole number of at least 1 (or None), got {value!r}")
    return value


class _Walk:
    """The decisions of a walk, shared by the sync and async loops."""

    def __init__(
        self, spec: PageSpec, kwargs: dict[str, Any], *, max_pages: int | None = None, max_items: int | None = None
    ) -> None:
        self.spec = spec
        self.kwargs = dict(kwargs)
        self.max_pages = _bound(max_pages, "max_pages")
        self.max_items = _bound(max_items, "max_items")
        self.page = 0  # pages received so far; the number of the current one
        self.item_count = 0
        self._positions = _Repetition()
        self._contents = _Repetition()
        self.headers: Any = None  # the last page's response headers (style url reads the Link header)
        if spec.style == "page":
            self.kwargs.setdefault(spec.token_arg, spec.first_page)
        elif spec.style == "offset":
            self.kwargs.setdefault(spec.token_arg, 0)
        self._positions.seen(self._position(), 0)

    def _position(self) -> Any:
        return self.kwargs.get(self.spec.token_arg)

    def _where(self, page: int | None = None) -> str:
        return f"page {self.page if page is None else page} of {self.spec.operation}"

    def _fail(self, problem: str) -> PagingError:
        return PagingError(f"{self.spec.operation}: {problem}", operation=self.spec.operation, page=self.page)

    def read(self, response: Any) -> Any:
        """The parsed page of a generated operation's ``Response``, its headers kept for ``advance``."""
        self.headers = response.headers
        return response.parsed

    def items_of(self, parsed: Any) -> list[Any]:
        if isinstance(parsed, str | bytes):
            # A list that can also answer an export (Vida's logs with format=csv): no item list to walk, and an
            # empty walk would hide the export.
            kind = "text" if isinstance(parsed, str) else "bytes"
            raise self._fail(
                f"page {self.page} is {kind}, not a page of items: auto-paging walks the JSON pages (ask for an "
                "export, such as CSV, with the operation itself)"
            )
        items = _lookup(parsed, self.spec.items_attr, self.spec.unset)
        if items is None:
            return []
        if not isinstance(items, list):
            raise PagingError(f"{self.spec.operation}: `{self.spec.items_attr}` is not a list in the response")
        return items

    def received(self, parsed: Any) -> list[Any]:
        """Check a page as it arrives, before anything of it reaches the caller; its items."""
        self.page += 1
        items = self.items_of(parsed)
        if not items and self._has_more(parsed) is True:
            raise self._fail(f"page {self.page} is empty, yet `{self.spec.has_more_attr}` says more pages follow")
        if items:
            earlier = self._contents.seen(_fingerprint(items), self.page)
            if earlier is not None:
                position = f"{self.spec.token_arg}={self._position()!r}"
                raise self._fail(
                    f"page {self.page} ({position}) has the same items as page {earlier}: the server ignores the "
                    "position asked for, and the walk would never end"
                )
        self.item_count += len(items)
        return items

    def _has_more(self, parsed: Any) -> Any:
        return None if self.spec.has_more_attr is None else _lookup(parsed, self.spec.has_more_attr, self.spec.unset)

    def advance(self, parsed: Any, items: list[Any]) -> bool:
        """Set up the next request; False when this was the last page (or the caller's bound is reached)."""
        has_more = self._has_more(parsed)
        if not items or has_more is False:
            return False
        if self.max_pages is not None and self.page >= self.max_pages:
            return False
        if self.max_items is not None and self.item_count >= self.max_items:
            return False
        current: Any = self._position()
        upcoming: Any
        if self.spec.next_page_url is not None:
            upcoming = self.spec.next_page_url.after(parsed, self.headers)
            if upcoming is None:
                return False
        elif self.spec.next_attr is not None:
            upcoming = _lookup(parsed, self.spec.next_attr, self.spec.unset)
            if upcoming is None or upcoming == "":
                if has_more is True:
                    raise self._fail(
                        f"page {self.page} says more pages follow (`{self.spec.has_more_attr}`) but names no next "
                        f"position (`{self.spec.next_attr}`)"
                    )
                return False
        elif self.spec.style == "page":
            upcoming = int(current) + 1
        else:  # offset: a cursor declaration always names where the next cursor is (checked with the table)
            upcoming = int(current) + len(items)
        earlier = self._positions.seen(upcoming if isinstance(upcoming, Hashable) else repr(upcoming), self.page)
        if earlier is not None:
            asked = "the first page" if earlier == 0 else f"page {earlier + 1}"
            raise self._fail(
                f"page {self.page} names {self.spec.token_arg}={upcoming!r} as the next position, which {asked} was "
                "asked for with already: the walk would go round in a cycle"
            )
        self.kwargs[self.spec.token_arg] = upcoming
        return True


def _walked(walk: _Walk, client: PagingClient, operation: ModuleType | _Operation) -> Iterator[tuple[Any, list[Any]]]:
    """Each page of `walk` as (parsed response, its items, checked), fetched only when the previous one has been
    consumed."""
    while True:
        parsed = walk.read(operation.sync_detailed(client=client, **walk.kwargs))
        items = walk.received(parsed)
        yield parsed, items
        more = walk.advance(parsed, items)
        # Dropped before the next page is fetched and parsed, so that its models die young: held through the next
        # parse, they would be moved to the oldest garbage-collector generation and set off full collections of
        # the whole heap (about three per 100,000 items).
        del parsed, items
        if not more:
            return


async def _awalked(
    walk: _Walk, client: PagingClient, operation: ModuleType | _Operation
) -> AsyncIterator[tuple[Any, list[Any]]]:
    """Async twin of ``_walked``."""
    while True:
        parsed = walk.read(await operation.asyncio_detailed(client=client, **walk.kwargs))
        items = walk.received(parsed)
        yield parsed, items
        more = walk.advance(parsed, items)
        del parsed, items  # see _walked
        if not more:
            return


def iterate_pages(
    client: PagingClient,
    operation: ModuleType | _Operation,
    *,
    max_pages: int | None = None,
    max_items: int | None = None,
    **kwargs: Any,
) -> Iterator[Any]:
    """Each page's parsed response, fetched only when the previous one has been consumed; at most `max_pages`
    pages, and no page fetched once `max_items` items have arrived."""
    walk = _Walk(PageSpec.of(client, operation), kwargs, max_pages=max_pages, max_items=max_items)
    for parsed, items in _walked(walk, client, operation):
        yield parsed
        del parsed, items  # see _walked


def paginate(
    client: PagingClient,
    operation: ModuleType | _Operation,
    *,
    max_pages: int | None = None,
    max_items: int | None = None,
    **kwargs: Any,
) -> Iterator[Any]:
    """Every item of every page, lazily; at most `max_items` items from at most `max_pages` pages."""
    walk = _Walk(PageSpec.of(client, operation), kwargs, max_pages=max_pages, max_items=max_items)
    remaining = walk.max_items
    for page, items in _walked(walk, client, operation):
        del page  # nothing of a page but its items is held while they are handed out (see _walked)
        if remaining is not None:
            items, remaining = items[:remaining], remaining - min(remaining, len(items))
        yield from items
        del items


async def aiterate_pages(
    client: PagingClient,
    operation: ModuleType | _Operation,
    *,
    max_pages: int | None = None,
    max_items: int | None = None,
    **kwargs: Any,
) -> AsyncIterator[Any]:
    """Async twin of ``iterate_pages``."""
    walk = _Walk(PageSpec.of(client, operation), kwargs, max_pages=max_pages, max_items=max_items)
    async for parsed, items in _awalked(walk, client, operation):
        yield parsed
        del parsed, items


async def apaginate(
    client: PagingClient,
    operation: ModuleType | _Operation,
    *,
    max_pages: int | None = None,
    max_items: int | None = None,
    **kwargs: Any,
) -> AsyncIterator[Any]:
    """Async twin of ``paginate``."""
    walk = _Walk(PageSpec.of(client, operation), kwargs, max_pages=max_pages, max_items=max_items)
    remaining = walk.max_items
    async for page, items in _awalked(walk, client, operation):
        del page  # see paginate
        if remaining is not None:
            items, remaining = items[:remaining], remaining - min(remaining, len(items))
        for item in items:
            yield item
        del items
