"""talkwire-vocelio: a configured client for every operation of Vocelio's API (``talkwire_vocelio_api``).

from talkwire_vocelio import VocelioClient

with VocelioClient(email="ops@example.com", password="…") as vocelio:
    call = vocelio.calls.get("call_12345").data

Webhooks: ``talkwire_vocelio.webhooks.verify_and_parse``.
"""

from typing import TYPE_CHECKING

from talkwire_core import Token, surface

from talkwire_vocelio._auth import API_VERSION, VocelioLoginAuth
from talkwire_vocelio._client import ENVIRONMENTS, VOCELIO, AsyncVocelioClient, Environment, VocelioClient

if TYPE_CHECKING:
    from talkwire_core.surface import *  # noqa: F403 (every talkwire error, RetryPolicy, ClientOptions, RateLimit)

    from talkwire_vocelio._envelope import Unwrapped, unwrap
    from talkwire_vocelio._uploads import clone_voice_request, file_part, upload_leads_request

__all__ = [
    *surface.__all__,
    "API_VERSION",
    "ENVIRONMENTS",
    "VOCELIO",
    "AsyncVocelioClient",
    "Environment",
    "Token",
    "Unwrapped",
    "VocelioClient",
    "VocelioLoginAuth",
    "clone_voice_request",
    "file_part",
    "unwrap",
    "upload_leads_request",
]

# The surface's names and the envelope and upload helpers are imported on first use; the client loads with the
# package.
__getattr__, __dir__ = surface.reexported_by(
    __name__,
    {
        "Unwrapped": "talkwire_vocelio._envelope",
        "unwrap": "talkwire_vocelio._envelope",
        "clone_voice_request": "talkwire_vocelio._uploads",
        "file_part": "talkwire_vocelio._uploads",
        "upload_leads_request": "talkwire_vocelio._uploads",
    },
)
