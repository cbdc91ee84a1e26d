"""talkwire-dstny: a configured client for every operation of Dstny CI 2.0's REST API (``talkwire_dstny_api``).

from talkwire_dstny import DstnyClient
from talkwire_dstny_api.api.conversations import list_conversations

with DstnyClient(token="mt_…", host="ci.example.com") as dstny:
    for conversation in dstny.paginate(list_conversations):
        ...

Webhooks: ``talkwire_dstny.webhooks.verify_and_parse``.
"""

from talkwire_core import surface
from talkwire_core.surface import *  # noqa: F403 (every talkwire error, RetryPolicy, ClientOptions, RateLimit)

from talkwire_dstny._client import DSTNY, AsyncDstnyClient, DstnyClient

__all__ = [*surface.__all__, "DSTNY", "AsyncDstnyClient", "DstnyClient"]
