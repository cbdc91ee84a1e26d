"""talkwire-vida: a configured client for every operation of Vida's API (``talkwire_vida_api``).

from talkwire_vida import VidaClient

with VidaClient(token="…") as vida:
    tokens = vida.authorization.list_tokens()
"""

from typing import TYPE_CHECKING

from talkwire_core import surface

from talkwire_vida._auth import QueryTokenAuth
from talkwire_vida._client import VIDA, AsyncVidaClient, VidaClient

if TYPE_CHECKING:
    from talkwire_core.surface import *  # noqa: F403 (every talkwire error, RetryPolicy, ClientOptions, RateLimit)

__all__ = [
    *surface.__all__,
    "VIDA",
    "AsyncVidaClient",
    "QueryTokenAuth",
    "VidaClient",
]

# The surface's names are imported on first use; the client loads with the package.
__getattr__, __dir__ = surface.reexported_by(__name__)
