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
        max_pages: int | None = None,
        max_items: int | None = None,
    ) -> None:
        self._client = cast(PagingClient, client)
        self._operation = operation
        self._arguments = dict(arguments)
        self._max_pages = _bound(max_pages, "max_pages")
        self._max_items = _bound(max_items, "max_items")
        PageSpec.of(self._client, operation)  # a PagingError now, not at the first iteration

    def _bounds(self) -> dict[str, Any]:
        return {"max_pages": self._max_pages, "max_items": self._max_items, **self._arguments}

    def __repr__(self) -> str:
        operation = self._operation.__name__.rsplit(".", 1)[-1]
        return f"{type(self).__name__}({operation}({', '.join(sorted(self._arguments))}))"


class Pager(_Walk, Generic[ItemT, PageT]):
    """Every ``ItemT`` of every page of a list operation, fetched lazily: ``for item in pager``; ``pager.pages()``
    for the pages (``PageT``). Raises ``PagingError`` when the server breaks paging (see talkwire-core's README)."""

    def __iter__(self) -> Iterator[ItemT]:
        items: Iterator[ItemT] = paginate(self._client, self._operation, **self._bounds())
        return items

    def pages(self) -> Iterator[PageT]:
        """Each page's parsed response, fetched when the previous one has been consumed."""
        pages: Iterator[PageT] = iterate_pages(self._client, self._operation, **self._bounds())
        return pages


class AsyncPager(_Walk, Generic[ItemT, PageT]):
    """The async twin of ``Pager``: ``async for item in pager``; ``async for page in pager.pages()``."""

    def __aiter__(self) -> AsyncIterator[ItemT]:
        items: AsyncIterator[ItemT] = apaginate(self._client, self._operation, **self._bounds())
        return items

    def pages(self) -> AsyncIterator[PageT]:
        """Each page's parsed response, fetched when the previous one has been consumed."""
        pages: AsyncIterator[PageT] = aiterate_pages(self._client, self._operation, **self._bounds())
        return pages
