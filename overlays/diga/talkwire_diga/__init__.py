"""talkwire-diga: a configured client for every operation of diga's API (``talkwire_diga_api``).

from talkwire_diga import DigaClient

with DigaClient(api_key="…") as diga:
    for call in diga.calls.list_all():  # every page, lazily
        ...

Webhooks: ``talkwire_diga.webhooks.verify_and_parse``.
"""

from typing import TYPE_CHECKING

from talkwire_core import surface

from talkwire_diga._client import DIGA, AsyncDigaClient, DigaClient
from talkwire_diga._errors import IntegrationServerError

if TYPE_CHECKING:
    from talkwire_core.surface import *  # noqa: F403 (every talkwire error, RetryPolicy, ClientOptions, RateLimit)

__all__ = [
    *surface.__all__,
    "DIGA",
    "AsyncDigaClient",
    "DigaClient",
    "IntegrationServerError",
]

# The surface's names are imported on first use; the client loads with the package.
__getattr__, __dir__ = surface.reexported_by(__name__)
