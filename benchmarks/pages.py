"""1000-item list pages built from the vendors' documented examples, for the parse benchmarks.

Each page starts from an example the spec documents (``generated/<vendor>/openapi.json``, the overlaid spec the
package was generated from) and repeats its item with the ids and timestamps varied the way real data varies: a
UUID of the example's version (a version-1 id keeps its node and clock sequence and moves its time field, any other
becomes a fresh random version-4 id), a timestamp shifted back by some minutes and written in the example's own
spelling (fraction digits, ``Z`` or offset, or none for a zone-less one). Where an example holds a documentation
placeholder (``<string>``), the value is what the spec's description says goes there. Deterministic: the same seed
gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from benchmarks.environment import ROOT
from benchmarks.server import tasks_page

ITEMS = 1000
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TIMESTAMP = re.compile(
    r"(?P<base>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?P<fraction>\.\d+)?(?P<zone>Z|[+-]\d{2}:\d{2})?"
)


@dataclass(frozen=True)
class DocumentedPage:
    """One benchmark page: which operation parses it, and how to build its body."""

    vendor: str
    operation: str
    module: str
    source: str
    body: Callable[[int], dict[str, Any]]

    @property
    def label(self) -> str:
        return f"{self.vendor} {self.operation}"

    def page_bytes(self, items: int = ITEMS) -> bytes:
        return json.dumps(self.body(items)).encode()


def _spec(vendor: str) -> dict[str, Any]:
    with (ROOT / "generated" / vendor / "openapi.json").open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle)
    return document


def documented_example(vendor: str, operation_id: str, status: str, name: str) -> Any:
    """The `name`d example of `operation_id`'s `status` JSON response, as the spec documents it."""
    for path_item in _spec(vendor)["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                media = operation["responses"][status]["content"]["application/json"]
                return json.loads(json.dumps(media["examples"][name]["value"]))
    raise LookupError(f"{vendor}: no operation {operation_id}")


class Variation:
    """Varies ids and timestamps of a documented item, one item index at a time."""

    def __init__(self, seed: str) -> None:
        self.random = random.Random(seed)

    def uuid_like(self, example: str, index: int) -> str:
        original = uuid.UUID(example)
        if original.version == 1:
            # A version-1 id: the same node and clock sequence, later time fields (ids minted one after another).
            time_low = (original.time_low + index * 7919) % (1 << 32)
            return str(uuid.UUID(fields=(time_low, *original.fields[1:])))
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    def timestamp_like(self, example: str, index: int) -> str:
        match = _TIMESTAMP.fullmatch(example)
        assert match is not None
        shifted = dt.datetime.fromisoformat(match["base"]) - dt.timedelta(
            minutes=index * 37, seconds=self.random.randrange(60)
        )
        text = shifted.isoformat(timespec="seconds")
        if match["fraction"]:
            digits = len(match["fraction"]) - 1
            text += "." + str(self.random.randrange(10**digits)).zfill(digits)
        return text + (match["zone"] or "")

    def items(self, example: Any, count: int, finish: Callable[[Any, int], None] | None = None) -> list[Any]:
        """`count` varied copies of `example`; `finish(item, index)` adjusts what the generic variation cannot."""
        varied = []
        for index in range(count):
            item = self.item(example, index)
            if finish is not None:
                finish(item, index)
            varied.append(item)
        return varied

    def item(self, value: Any, index: int) -> Any:
        """A copy of `value` with every UUID and timestamp string varied for item `index`."""
        if isinstance(value, dict):
            return {key: self.item(inner, index) for key, inner in value.items()}
        if isinstance(value, list):
            return [self.item(inner, index) for inner in value]
        if isinstance(value, str):
            if _UUID.fullmatch(value):
                return self.uuid_like(value, index)
            if _TIMESTAMP.fullmatch(value):
                return self.timestamp_like(value, index)
        return value


def dstny_conversations(items: int) -> dict[str, Any]:
    """listConversations' documented page, its one conversation repeated `items` times."""
    page = documented_example("dstny", "listConversations", "200", "lastPage")
    page["conversations"] = Variation("dstny").items(page["conversations"][0], items)
    page["pagination"] = {"has_more": True, "next_cursor": page["conversations"][-1]["date"], "limit": items}
    return page


def diio_meetings(items: int) -> dict[str, Any]:
    """listMeetings' documented first page (zone-less timestamps, version-1 ids), its meeting repeated."""
    page = documented_example("diio", "listMeetings", "200", "firstPage")
    page["meetings"] = Variation("diio").items(page["meetings"][0], items)
    page["total"] = items * 10
    return page


def diga_calls(items: int) -> dict[str, Any]:
    """A listCalls page (`CallPage`) of the call getCall documents (the only documented call object)."""
    call = documented_example("diga", "getCall", "200", "diga_get_call_page")
    # The vendor page's `<string>` placeholders, filled with what the spec's descriptions say goes there.
    call["contact"]["identifier"] = "+34600000000"
    call["end_reason"] = "hangup"
    vary = Variation("diga")

    def finish(item: dict[str, Any], index: int) -> None:
        item["contact"]["identifier"] = f"+346{vary.random.randrange(10**8):08d}"
        item["recording_url"] = f"https://recordings.diga.example/{item['id']}.mp3"

    calls = vary.items(call, items, finish)
    return {
        "data": calls,
        "has_more": True,
        "first_id": calls[0]["id"],
        "last_id": calls[-1]["id"],
        "current_page": None,
        "total_pages": None,
    }


def vocelio_calls(items: int) -> dict[str, Any]:
    """listCalls' documented page; each call also carries what getCall (analysis, transcription) and initiateCall
    (Twilio SID, creation time) document for a call."""
    page = documented_example("vocelio", "listCalls", "200", "calls")
    details = documented_example("vocelio", "getCall", "200", "completed")["data"]
    initiated = documented_example("vocelio", "initiateCall", "200", "initiated")["data"]
    call = {**page["data"][0], **details, "twilio_call_sid": initiated["twilio_call_sid"]}
    call["created_at"] = initiated["created_at"]
    vary = Variation("vocelio")

    def finish(item: dict[str, Any], index: int) -> None:
        item["call_id"] = f"call_{12345 + index}"
        item["recording_url"] = f"https://recordings.vocelio.ai/{item['call_id']}.mp3"
        item["twilio_call_sid"] = f"CA{vary.random.getrandbits(128):032x}"

    calls = vary.items(call, items, finish)
    page["data"] = calls
    page["pagination"] = {**page["pagination"], "limit": items, "total": items * 25, "pages": 25}
    return page


def vida_tasks(items: int) -> dict[str, Any]:
    """Vida's list_tasks page as the fake server sends it (five flat fields per task)."""
    return tasks_page(0, items, items)


PAGES = [
    DocumentedPage(
        "vida",
        "list_tasks",
        "talkwire_vida_api.api.tasks.list_tasks",
        "flat: five fields, no ids or timestamps",
        vida_tasks,
    ),
    DocumentedPage(
        "dstny",
        "list_conversations",
        "talkwire_dstny_api.api.conversations.list_conversations",
        "listConversations example: 3 UUIDs, 1 timestamp, 2 nested objects, an enum per item",
        dstny_conversations,
    ),
    DocumentedPage(
        "diio",
        "list_meetings",
        "talkwire_diio_api.api.meetings.list_meetings",
        "listMeetings example: 3 UUIDs, 3 zone-less timestamps, attendees with 2 nested lists per item",
        diio_meetings,
    ),
    DocumentedPage(
        "diga",
        "list_calls",
        "talkwire_diga_api.api.calls.list_calls",
        "getCall example as a CallPage: 5 UUIDs (4 nullable), 4 timestamps, a nested contact, 3 enums per item",
        diga_calls,
    ),
    DocumentedPage(
        "vocelio",
        "list_calls",
        "talkwire_vocelio_api.api.calls.list_calls",
        "listCalls + getCall + initiateCall examples: 1 timestamp, a nested analysis, an enum per item",
        vocelio_calls,
    ),
]
