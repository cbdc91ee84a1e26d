"""What every vendor client adds to its generated client: paging and a repr that shows no secret."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

from talkwire_core._paging import aiterate_pages, apaginate, iterate_pages, paginate
from talkwire_core._redact import redact


class VendorClientMixin:
    """Mixed into each overlay's client class, ahead of the generated ``AuthenticatedClient``."""

    base_url: str

    def paginate(self, operation: ModuleType, **kwargs: Any) -> Iterator[Any]:
        """Every item of every page of a list operation, fetched lazily (``for x in client.paginate(op)``)."""
        return paginate(self, operation, **kwargs)

    def iterate_pages(self, operation: ModuleType, **kwargs: Any) -> Iterator[Any]:
        """Every page's parsed response of a list operation, fetched lazily."""
        return iterate_pages(self, operation, **kwargs)

    def apaginate(self, operation: ModuleType, **kwargs: Any) -> AsyncIterator[Any]:
        """Async twin of ``paginate`` (``async for x in client.apaginate(op)``)."""
        return apaginate(self, operation, **kwargs)

    def aiterate_pages(self, operation: ModuleType, **kwargs: Any) -> AsyncIterator[Any]:
        return aiterate_pages(self, operation, **kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={redact(self.base_url)!r})"
