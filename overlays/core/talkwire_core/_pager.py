"""Typed auto-paging: what a resource's ``list_all`` returns (``for meeting in diio.meetings.list_all(limit=50)``).

A ``Pager[Item, Page]`` is the walk of one list operation with its arguments, not yet started: iterating it walks
every page lazily (talkwire-core's paging engine, ``_paging``: the operation's ``x-pagination``, repetition checks,
``max_pages`` / ``max_items``) and yields the items, typed; ``pages()`` yields the parsed pages instead. Each
iteration is a new walk from the first page. ``AsyncPager`` is the async twin (``async for``), for ``client.aio``.

The generated resource says which types these are (the item model of the page's item list, the page model); the
engine is the one ``client.paginate(op)`` uses, so both walk the same way.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from types import ModuleType
from typing import Any, Generic, TypeVar, cast

from talkwire_core._paging import PageSpec, PagingClient, _bound, aiterate_pages, apaginate, iterate_pages, paginate

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")


class _Walk:
    """One list operation, its arguments and bounds: checked when the pager is made, walked when it is iterated."""

    def __init__(
        self,
        client: object,
        operation: ModuleType,
        arguments: Mapping[str, Any],
        *,
        max_pages: int | None,
        max_items: int | None,
    ) -> None:
        self.client = cast(PagingClient, client)
        self.operation = operation
        self.arguments = dict(arguments)
        self.max_pages = _bound(max_pages, "max_pages")
        self.max_items = _bound(max_items, "max_items")
        PageSpec.of(self.client, operation)  # a PagingError now, not at the first iteration

    def bounds(self) -> dict[str, Any]:
        return {"max_pages": self.max_pages, "max_items": self.max_items, **self.arguments}

    def __repr__(self) -> str:
        return f"{self.operation.__name__.rsplit('.', 1)[-1]}({', '.join(sorted(self.arguments))})"


class Pager(Generic[ItemT, PageT]):
    """Every ``ItemT`` of every page of a list operation, fetched lazily: ``for item in pager``; ``pager.pages()``
    for the pages (``PageT``). Raises ``PagingError`` when the server breaks paging (see talkwire-core's README)."""

    def __init__(
        self,
        client: object,
        operation: ModuleType,
        arguments: Mapping[str, Any],
        *,
        max_pages: int | None = None,
        max_items: int | None = None,
    ) -> None:
        self._walk = _Walk(client, operation, arguments, max_pages=max_pages, max_items=max_items)

    def __iter__(self) -> Iterator[ItemT]:
        items: Iterator[ItemT] = paginate(self._walk.client, self._walk.operation, **self._walk.bounds())
        return items

    def pages(self) -> Iterator[PageT]:
        """Each page's parsed response, fetched when the previous one has been consumed."""
        pages: Iterator[PageT] = iterate_pages(self._walk.client, self._walk.operation, **self._walk.bounds())
        return pages

    def __repr__(self) -> str:
        return f"Pager({self._walk!r})"


class AsyncPager(Generic[ItemT, PageT]):
    """The async twin of ``Pager``: ``async for item in pager``; ``async for page in pager.pages()``."""

    def __init__(
        self,
        client: object,
        operation: ModuleType,
        arguments: Mapping[str, Any],
        *,
        max_pages: int | None = None,
        max_items: int | None = None,
    ) -> None:
        self._walk = _Walk(client, operation, arguments, max_pages=max_pages, max_items=max_items)

    def __aiter__(self) -> AsyncIterator[ItemT]:
        items: AsyncIterator[ItemT] = apaginate(self._walk.client, self._walk.operation, **self._walk.bounds())
        return items

    def pages(self) -> AsyncIterator[PageT]:
        """Each page's parsed response, fetched when the previous one has been consumed."""
        pages: AsyncIterator[PageT] = aiterate_pages(self._walk.client, self._walk.operation, **self._walk.bounds())
        return pages

    def __repr__(self) -> str:
        return f"AsyncPager({self._walk!r})"
