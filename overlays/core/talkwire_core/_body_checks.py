"""The vendor's body checks: the transport layer right above the network, below retries, auth and the typed check.

It reads the body of every error response (so that a retry's wait and the final typed error can still use it after
the retry layer has closed the response), and, for a vendor that reports errors in the body of a 2xx response
(``{"success": false, "error": {...}}`` with HTTP 200), gives such a response the status its body implies. Left
alone, retries, token renewal and the typed-error check would all take it for a success and the generated code
would fail to parse it; with the implied status an expired-token code triggers the one renewal a 401 would, a
rate-limit code waits and retries like a 429, and the caller gets the typed error for it. The status that came over
the wire is kept in the response's extensions (``WIRE_STATUS``) and named in the error message.

What a body implies is the vendor's knowledge: its declaration gives a function from the decoded JSON body to a
status (or None for "not an error").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from talkwire_core.errors import parse_json_body

# The key, in a response's extensions, of the status that came over the wire when the body implied another one.
WIRE_STATUS = "talkwire_wire_status"

ImpliedStatus = Callable[[Any], int | None]


def wire_status_of(response: httpx.Response) -> int:
    """The status the server actually sent (differs from ``status_code`` when the body implied an error)."""
    wire = response.extensions.get(WIRE_STATUS)
    return wire if isinstance(wire, int) else response.status_code


def _is_json(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return content_type == "application/json" or content_type.endswith("+json")


class BodyCheckTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Given the network transport (sync for the sync client, async for the async one; ``httpx.MockTransport`` is
    both), reads error bodies and applies ``implied_status`` (when the vendor declares one) to 2xx JSON bodies."""

    def __init__(
        self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, implied_status: ImpliedStatus | None
    ) -> None:
        self._inner = inner
        self._implied_status = implied_status

    def _apply_implied_status(self, response: httpx.Response) -> None:
        assert self._implied_status is not None
        status = self._implied_status(parse_json_body(response))
        if status is None or status == response.status_code:
            return
        extensions = {key: value for key, value in response.extensions.items() if key != "reason_phrase"}
        extensions[WIRE_STATUS] = response.status_code
        response.extensions = extensions
        response.status_code = status

    def _reads_body(self, response: httpx.Response) -> bool:
        if response.status_code >= 400:
            return True
        return self._implied_status is not None and response.is_success and _is_json(response)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        response = self._inner.handle_request(request)
        if self._reads_body(response):
            response.read()
            if response.is_success:
                self._apply_implied_status(response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        response = await self._inner.handle_async_request(request)
        if self._reads_body(response):
            await response.aread()
            if response.is_success:
                self._apply_implied_status(response)
        return response

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()
