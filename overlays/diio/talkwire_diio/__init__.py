"""talkwire-diio: a configured client for every operation of diio's API (``talkwire_diio_api``).

from talkwire_diio import DiioClient

with DiioClient(subdomain="acme", client_id=..., client_secret=..., refresh_token=...) as diio:
    first = diio.meetings.list(page=1, limit=50)
    for meeting in diio.meetings.list_all(limit=50):  # every page, lazily, each a typed meeting
        ...
"""

from typing import TYPE_CHECKING

from talkwire_core import Token, surface

from talkwire_diio._auth import DiioRefreshAuth
from talkwire_diio._client import DIIO, AsyncDiioClient, DiioClient, ExportFailedError, ExportTimeoutError

if TYPE_CHECKING:
    from talkwire_core.surface import *  # noqa: F403 (every talkwire error, RetryPolicy, ClientOptions, RateLimit)

__all__ = [
    *surface.__all__,
    "DIIO",
    "AsyncDiioClient",
    "DiioClient",
    "DiioRefreshAuth",
    "ExportFailedError",
    "ExportTimeoutError",
    "Token",
]

# The surface's names are imported on first use; the client loads with the package.
__getattr__, __dir__ = surface.reexported_by(__name__)
