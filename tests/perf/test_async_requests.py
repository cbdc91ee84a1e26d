"""An async request through a talkwire client attempts no imports: httpcore looks sniffio up on every async request
(to tell asyncio from trio), and talkwire-core depends on sniffio so that the lookup is a dictionary hit rather than a
failed import that scans sys.path each time."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from tests.support.clients import core_async_client
from tests.support.servers import serve


class ImportAttempts(importlib.abc.MetaPathFinder):
    """Records every module name the import system is asked to find (asked only for names not yet imported)."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        self.names.append(fullname)
        return None


async def ok(scope: dict[str, Any], receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b"{}"})


async def test_async_requests_after_the_first_attempt_no_imports() -> None:
    attempts = ImportAttempts()
    with serve(ok) as url:
        async with core_async_client(url) as client:
            await client.get("/warm-up")
            sys.meta_path.insert(0, attempts)
            try:
                for _ in range(5):
                    await client.get("/again")
            finally:
                sys.meta_path.remove(attempts)
    assert attempts.names == []
