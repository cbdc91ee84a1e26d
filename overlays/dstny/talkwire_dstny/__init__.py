"""talkwire-dstny: a configured client for every operation of Dstny CI 2.0's REST API (``talkwire_dstny_api``).

from talkwire_dstny import DstnyClient

with DstnyClient(token="mt_…", host="ci.example.com") as dstny:
    for conversation in dstny.conversations.list_all():  # every page, lazily
        ...

Webhooks: ``talkwire_dstny.webhooks.verify_and_parse``.
"""

from typing import TYPE_CHECKING

from talkwire_core import surface

from talkwire_dstny._client import DSTNY, AsyncDstnyClient, DstnyClient

if TYPE_CHECKING:
    from talkwire_core.surface import *  # noqa: F403 (every talkwire error, RetryPolicy, ClientOptions, RateLimit)

__all__ = [
    *surface.__all__,
    "DSTNY",
    "AsyncDstnyClient",
    "DstnyClient",
]

# The surface's names are imported on first use; the client loads with the package.
__getattr__, __dir__ = surface.reexported_by(__name__)
