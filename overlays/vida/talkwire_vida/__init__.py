"""talkwire-vida: a configured client for every operation of Vida's API (``talkwire_vida_api``).

from talkwire_vida import VidaClient
from talkwire_vida_api.api.authorization import list_tokens

with VidaClient(token="…") as vida:
    tokens = list_tokens.sync(client=vida)
"""

from talkwire_core import surface
from talkwire_core.surface import *  # noqa: F403 (every talkwire error, RetryPolicy, ClientOptions, RateLimit)

from talkwire_vida._auth import QueryTokenAuth
from talkwire_vida._client import VIDA, AsyncVidaClient, VidaClient

__all__ = [*surface.__all__, "VIDA", "AsyncVidaClient", "QueryTokenAuth", "VidaClient"]
