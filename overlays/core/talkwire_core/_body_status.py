"""Errors a vendor reports in the body of a 2xx response, given the status their body implies.

Some vendors wrap every answer in an envelope and may report a failure as HTTP 200 with an error inside
(``{"success": false, "error": {...}}``). Left alone, retries, token renewal and the typed-error check would all
take such a response for a success, and the generated code would then fail to parse it. This transport sits under
all three (inside the retry transport) and gives the response the status its body implies, so that an
expired-token code triggers the one renewal a 401 would, a rate-limit code waits and retries like a 429, and the
caller gets the typed error for it. The status that came over the wire is kept in the response's extensions
(``WIRE_STATUS``) and named in the error message.

What a body implies is the vendor's knowledge: the overlay passes a function from the decoded JSON body to a
status (or None for "not an error").
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx

from talkwire_core.errors import error_from_response, parse_json_body

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


class BodyStatusTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the network transport (or a caller's, e.g. ``httpx.MockTransport``); reads the JSON body of 2xx
    responses and, when ``implied_status`` names an error status for it, gives the response that status.

    Usable by both the sync and the async client: the side a given ``transport`` does not serve falls back to
    httpx's network transport, created on first use (as ``ClientSettings`` does).
    """

    def __init__(
        self,
        implied_status: ImpliedStatus,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._implied_status = implied_status
        self._sync = transport if isinstance(transport, httpx.BaseTransport) else None
        self._async = transport if isinstance(transport, httpx.AsyncBaseTransport) else None
        self._create_lock = threading.Lock()

    def _sync_transport(self) -> httpx.BaseTransport:
        if self._sync is None:  # checked again under the lock: two threads must not both open a pool
            with self._create_lock:
                if self._sync is None:
                    self._sync = httpx.HTTPTransport()
        return self._sync

    def _async_transport(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            with self._create_lock:
                if self._async is None:
                    self._async = httpx.AsyncHTTPTransport()
        return self._async

    def _apply_implied_status(self, response: httpx.Response) -> None:
        status = self._implied_status(parse_json_body(response))
        if status is None or status == response.status_code:
            return
        extensions = {key: value for key, value in response.extensions.items() if key != "reason_phrase"}
        extensions[WIRE_STATUS] = response.status_code
        response.extensions = extensions
        response.status_code = status

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._sync_transport().handle_request(request)
        if response.is_success and _is_json(response):
            response.read()
            self._apply_implied_status(response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._async_transport().handle_async_request(request)
        if response.is_success and _is_json(response):
            await response.aread()
            self._apply_implied_status(response)
        return response

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


def raise_for_api_error_noting_wire_status(response: httpx.Response) -> None:
    """The default typed-error check, whose message also says when the error came with a 2xx status."""
    if response.is_success:
        return
    wire = wire_status_of(response)
    hint = None
    if wire != response.status_code:
        hint = f"sent with HTTP {wire}; its body reports an error, treated as {response.status_code}"
    raise error_from_response(response, hint=hint)
