"""A program written against talkwire's surface as a user would write it, for all five vendors: resources, typed
auto-paging, per-call options, raw responses and typed errors, sync and async.

It is not run: tests/surface/test_user_program.py type-checks it with ``mypy --strict`` and compares every
``reveal_type`` with the type the comment above it names (``# revealed: ...``), none of which may be ``Any``.
"""

from __future__ import annotations

import asyncio
from typing import reveal_type

from talkwire_diga import DigaClient
from talkwire_diio import DiioClient, NotFoundError, RateLimitError
from talkwire_dstny import APITimeoutError, DstnyClient, PagingError
from talkwire_vida import VidaClient
from talkwire_vida_api.models.list_conversation_logs_format import ListConversationLogsFormat
from talkwire_vocelio import VocelioClient


def diio_meetings(diio: DiioClient) -> None:
    first = diio.meetings.list(page=1, limit=50)
    # revealed: talkwire_diio_api.models.meeting_list.MeetingList
    reveal_type(first)
    pager = diio.meetings.list_all(limit=100, max_items=500)
    # revealed: talkwire_core._pager.Pager[talkwire_diio_api.models.meeting_summary.MeetingSummary, talkwire_diio_api.models.meeting_list.MeetingList]
    reveal_type(pager)
    for summary in pager:
        # revealed: talkwire_diio_api.models.meeting_summary.MeetingSummary
        reveal_type(summary)
        quick = diio.with_options(timeout=5, max_retries=0, headers={"X-Request-Id": "sync-42"})
        # revealed: talkwire_diio._client.DiioClient
        reveal_type(quick)
        try:
            meeting = quick.meetings.get(summary.id)
        except NotFoundError as missing:
            # revealed: int
            reveal_type(missing.status_code)
            continue
        except RateLimitError as limited:
            # revealed: float | None
            reveal_type(limited.retry_after)
            return
        # revealed: talkwire_diio_api.models.meeting.Meeting
        reveal_type(meeting)
    for page in diio.meetings.list_all().pages():
        # revealed: talkwire_diio_api.models.meeting_list.MeetingList
        reveal_type(page)
    raw = diio.meetings.with_raw_response.list(page=2)
    # revealed: http.HTTPStatus
    reveal_type(raw.status_code)
    # revealed: talkwire_diio_api.models.meeting_list.MeetingList
    reveal_type(raw.parsed)


def dstny_conversations(dstny: DstnyClient) -> None:
    for conversation in dstny.conversations.list_all(limit=25):
        # revealed: talkwire_dstny_api.models.conversation_list_item.ConversationListItem
        reveal_type(conversation)
        transcript = dstny.transcripts.get_conversation_transcript(conversation.id)
        # revealed: talkwire_dstny_api.models.conversation_transcript.ConversationTranscript
        reveal_type(transcript)
    bounded = dstny.with_options(deadline=30.0, query={"trace": "on"})
    try:
        detail = bounded.conversations.get(bounded.conversations.list().conversations[0].id)
        # revealed: talkwire_dstny_api.models.conversation_detail.ConversationDetail
        reveal_type(detail)
    except (APITimeoutError, PagingError) as failed:
        # revealed: talkwire_core.errors.APITimeoutError | talkwire_core.errors.PagingError
        reveal_type(failed)


def vocelio_calls(vocelio: VocelioClient) -> None:
    for call in vocelio.calls.list_all(limit=50):
        # revealed: talkwire_vocelio_api.models.call.Call
        reveal_type(call)
    envelope = vocelio.campaigns.get("cmp_1")
    # revealed: talkwire_vocelio_api.models.campaign_envelope.CampaignEnvelope
    reveal_type(envelope)


def vida_tasks(vida: VidaClient) -> None:
    for task in vida.tasks.list_all(limit=100):
        # revealed: talkwire_vida_api.models.list_tasks_response_200_tasks_item.ListTasksResponse200TasksItem
        reveal_type(task)
    # Vida documents its task as JSON or XML: the XML comes back as its text.
    task_detail = vida.with_options(timeout=10).tasks.get("task-1")
    # revealed: talkwire_vida_api.models.get_task_response_200.GetTaskResponse200 | str
    reveal_type(task_detail)
    if not isinstance(task_detail, str):
        # revealed: talkwire_vida_api.models.get_task_response_200.GetTaskResponse200
        reveal_type(task_detail)
    export = vida.logs.list_conversation_logs(format_=ListConversationLogsFormat.CSV)
    # revealed: talkwire_vida_api.models.list_conversation_logs_response_200.ListConversationLogsResponse200 | str
    reveal_type(export)
    # The walk is over the JSON pages (a CSV page would raise PagingError).
    for page in vida.logs.list_all_conversation_logs(page_size=100).pages():
        # revealed: talkwire_vida_api.models.list_conversation_logs_response_200.ListConversationLogsResponse200
        reveal_type(page)


async def diga_calls(diga: DigaClient) -> None:
    async with diga.aio as aio:
        page = await aio.calls.list(limit=50)
        # revealed: talkwire_diga_api.models.call_page.CallPage
        reveal_type(page)
        async for call in aio.calls.list_all(limit=50, max_pages=3):
            # revealed: talkwire_diga_api.models.call.Call
            reveal_type(call)
            detail = await diga.with_options(max_retries=4).aio.calls.get(call.id)
            # revealed: talkwire_diga_api.models.call.Call
            reveal_type(detail)
        agents = await aio.agents.list(limit=1)
        raw = await aio.agents.with_raw_response.get(agents.data[0].agent_id)
        # revealed: talkwire_diga_api.models.agent.Agent
        reveal_type(raw.parsed)


def main() -> None:
    asyncio.run(diga_calls(DigaClient(api_key="sk-example")))
