"""Walk any list operation page by page, lazily, from the paging declared in its spec (`x-pagination`).

The declaration is read from the generated package's ``_operations.py`` (written from the overlaid spec at
generation time). Three styles: ``page`` (a page number goes in, from ``first_page`` (default 1) on, or the number
the response names as next), ``offset`` (the count of items seen so far goes in) and ``cursor`` (a token taken from
the response goes in). A walk stops on an empty page, ``has_more`` false,
a missing next token, or a recent token seen again (a vendor bug would otherwise loop forever). Only one page is held at
a time, so memory does not grow with the number of pages.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from importlib import import_module
from types import ModuleType
from typing import Any, Protocol

# Which declared query parameter carries the position, per style.
_TOKEN_PARAMETER = {"page": "page_param", "cursor": "cursor_param", "offset": "offset_param"}


class PagingError(TypeError):
    """The operation has no paging declared, or its declaration does not fit the response."""


class _Operation(Protocol):
    __name__: str

    def sync_detailed(self, *, client: Any, **kwargs: Any) -> Any: ...

    async def asyncio_detailed(self, *, client: Any, **kwargs: Any) -> Any: ...


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
    first_page: int = 1

    @classmethod
    def of(cls, operation: ModuleType | _Operation) -> PageSpec:
        module_name = operation.__name__
        package, _, name = module_name.partition(".api.")
        short_name = name.rsplit(".", 1)[-1]
        try:
            declared = import_module(f"{package}._operations").OPERATIONS[short_name].get("pagination")
        except (ImportError, KeyError):
            declared = None
        if declared is False:
            raise PagingError(f"{module_name}: its spec declares that it cannot be paged through (x-pagination: false)")
        if not declared:
            raise PagingError(f"{module_name} declares no paging (x-pagination) in its spec")
        style = declared["style"]
        token_arg = declared.get(f"{_TOKEN_PARAMETER.get(style, '')}_arg")
        if not token_arg or not declared.get("items_attr"):
            raise PagingError(f"{module_name}: incomplete x-pagination declaration {declared!r}")
        return cls(
            operation=short_name,
            style=style,
            token_arg=token_arg,
            items_attr=declared["items_attr"],
            next_attr=declared.get("next_attr"),
            has_more_attr=declared.get("has_more_attr"),
            limit_arg=declared.get("limit_param_arg"),
            first_page=int(declared.get("first_page", 1)),
        )


_MISSING = object()


def _lookup(value: Any, dotted: str) -> Any:
    """Follow a dotted attribute path through models (attrs) and dicts; missing or UNSET parts give None.

    A field the model does not declare is looked up in its ``additional_properties`` (tolerant reader).
    """
    for part in dotted.split("."):
        if value is None:
            return None
        if isinstance(value, dict):
            value = value.get(part)
            continue
        found = getattr(value, part, _MISSING)
        if found is _MISSING:
            found = getattr(value, "additional_properties", {}).get(part)
        value = None if found is _MISSING or type(found).__name__ == "Unset" else found
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
        if spec.style == "page":
            self.kwargs.setdefault(spec.token_arg, spec.first_page)
        elif spec.style == "offset":
            self.kwargs.setdefault(spec.token_arg, 0)

    def items_of(self, parsed: Any) -> list[Any]:
        items = _lookup(parsed, self.spec.items_attr)
        if items is None:
            return []
        if not isinstance(items, list):
            raise PagingError(f"{self.spec.operation}: `{self.spec.items_attr}` is not a list in the response")
        return items

    def advance(self, parsed: Any, items: list[Any]) -> bool:
        """Set up the next request; False when this was the last page."""
        if not items:
            return False
        if self.spec.has_more_attr is not None and _lookup(parsed, self.spec.has_more_attr) is False:
            return False
        current: Any = self.kwargs.get(self.spec.token_arg)
        self.recent.append(current)
        if self.spec.next_attr is not None:
            upcoming = _lookup(parsed, self.spec.next_attr)
            if upcoming is None or upcoming == "":
                return False
        elif self.spec.style == "page":
            upcoming = int(current) + 1
        elif self.spec.style == "offset":
            upcoming = int(current) + len(items)
        else:
            raise PagingError(f"{self.spec.operation}: cursor paging needs a `next` path")
        if upcoming in self.recent:
            return False
        self.kwargs[self.spec.token_arg] = upcoming
        return True


def iterate_pages(client: Any, operation: ModuleType | _Operation, **kwargs: Any) -> Iterator[Any]:
    """Each page's parsed response, fetched only when the previous one has been consumed."""
    walk = _Walk(PageSpec.of(operation), kwargs)
    while True:
        parsed = operation.sync_detailed(client=client, **walk.kwargs).parsed
        yield parsed
        if not walk.advance(parsed, walk.items_of(parsed)):
            return


def paginate(client: Any, operation: ModuleType | _Operation, **kwargs: Any) -> Iterator[Any]:
    """Every item of every page, lazily."""
    spec = PageSpec.of(operation)
    for page in iterate_pages(client, operation, **kwargs):
        yield from _items(page, spec)


async def aiterate_pages(client: Any, operation: ModuleType | _Operation, **kwargs: Any) -> AsyncIterator[Any]:
    walk = _Walk(PageSpec.of(operation), kwargs)
    while True:
        parsed = (await operation.asyncio_detailed(client=client, **walk.kwargs)).parsed
        yield parsed
        if not walk.advance(parsed, walk.items_of(parsed)):
            return


async def apaginate(client: Any, operation: ModuleType | _Operation, **kwargs: Any) -> AsyncIterator[Any]:
    spec = PageSpec.of(operation)
    async for page in aiterate_pages(client, operation, **kwargs):
        for item in _items(page, spec):
            yield item


def _items(page: Any, spec: PageSpec) -> list[Any]:
    items = _lookup(page, spec.items_attr)
    return items if isinstance(items, list) else []
