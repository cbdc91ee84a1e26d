"""The payload of Vocelio's `{success, data, meta}` envelope, with its metadata and rate limit beside it.

The generated operations already type the envelope (`get_call.sync(...)` returns a `CallEnvelope` whose `data`
is a `Call`), and error envelopes never reach them (they raise first), so `.data` is all most callers need.
`unwrap` is for callers who also want `meta` and the rate-limit headers: it takes a `*_detailed` response and
returns the typed payload with both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from talkwire_core import RateLimit

if TYPE_CHECKING:
    from talkwire_vocelio_api.models.meta import Meta
    from talkwire_vocelio_api.models.pagination import Pagination

PayloadT = TypeVar("PayloadT")
PayloadT_co = TypeVar("PayloadT_co", covariant=True)
EnvelopeT_co = TypeVar("EnvelopeT_co", covariant=True)


class Envelope(Protocol[PayloadT_co]):
    """Any generated `*Envelope` model: `data` typed, `meta` optional."""

    @property
    def data(self) -> PayloadT_co: ...

    @property
    def meta(self) -> Any: ...


class DetailedResponse(Protocol[EnvelopeT_co]):
    """What the generated `sync_detailed` / `asyncio_detailed` return."""

    @property
    def parsed(self) -> EnvelopeT_co | None: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def status_code(self) -> int: ...


@dataclass(frozen=True)
class Unwrapped(Generic[PayloadT]):
    """The envelope's typed `data`, its `meta` (request id, timestamp) and `pagination` when present, and the
    response's `X-RateLimit-*` state."""

    data: PayloadT
    meta: Meta | None
    pagination: Pagination | None
    rate_limit: RateLimit | None
    status_code: int


def unwrap(response: DetailedResponse[Envelope[PayloadT]]) -> Unwrapped[PayloadT]:
    """``unwrap(vocelio.calls.with_raw_response.get("call_1")).data`` is a ``Call``."""
    # Imported on the first unwrap, not with the client (issue 16's cold-import goal).
    from talkwire_vocelio_api.models.meta import Meta
    from talkwire_vocelio_api.models.pagination import Pagination

    envelope = response.parsed
    if envelope is None:
        raise ValueError("the response has no parsed body to unwrap")
    meta = envelope.meta
    pagination = getattr(envelope, "pagination", None)
    return Unwrapped(
        data=envelope.data,
        meta=meta if isinstance(meta, Meta) else None,
        pagination=pagination if isinstance(pagination, Pagination) else None,
        rate_limit=RateLimit.from_headers(response.headers),
        status_code=int(response.status_code),
    )
