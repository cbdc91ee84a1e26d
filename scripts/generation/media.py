"""The media types of an operation's responses, and what the generated code makes of each (docs/spec-conventions.md,
"Responses that are not JSON").

A response body is read by its documented media type, not by its schema:

- JSON (``application/json``, any ``+json``): the schema's model, as the generator parses it;
- text (``text/*``: CSV, plain text, subtitles, event streams read whole; XML and YAML): ``str``, decoded with the
  charset the response names;
- anything else (``application/octet-stream``, ``application/zip``, ``audio/*``, ``image/*``, ``*/*``): ``bytes``.

Where one status documents several media types (Vida's logs: JSON, or CSV with ``format=csv``), the generated code
reads the one the response's ``Content-Type`` names (talkwire-core's ``response_media_type``). Every request carries
an ``Accept`` header listing the media types the operation documents for its responses, successes first; where a
success can be JSON, the other types are given ``q=0.9``, so that a server that negotiates answers JSON unless the
request asks for something else (a ``format=csv`` parameter).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from scripts.spec.model import Operation, Spec

MediaKind = Literal["json", "text", "binary"]

# application/* types that are text: read as `str`.
_TEXT_APPLICATION_TYPES = frozenset(
    {
        "application/xml",
        "application/yaml",
        "application/x-yaml",
        "application/javascript",
        "application/x-ndjson",
        "application/jsonl",
        "application/csv",
        "application/x-www-form-urlencoded",
    }
)
# The media types openapi-python-client builds a response for; each other one is handed to it as one of these (the
# `content_type_overrides` of its config), so that it parses the operation, and our templates read the body by kind.
_GENERATOR_STAND_IN: dict[MediaKind, str] = {
    "json": "application/json",
    "text": "text/plain",
    "binary": "application/octet-stream",
}
# A less preferred media type in an Accept header beside JSON (RFC 9110 quality value).
LESS_PREFERRED = "q=0.9"


def essence(media_type: str) -> str:
    """The media type without its parameters, lower case: ``text/csv; charset=utf-8`` gives ``text/csv``."""
    return media_type.split(";", 1)[0].strip().lower()


def media_kind(media_type: str) -> MediaKind:
    """How a body of this media type is read: parsed JSON, text (``str``) or bytes."""
    kind = essence(media_type)
    if kind == "application/json" or kind.endswith("+json"):
        return "json"
    if kind.startswith("text/") or kind.endswith("+xml") or kind in _TEXT_APPLICATION_TYPES:
        return "text"
    return "binary"


@dataclass(frozen=True)
class OperationMedia:
    """What the generated code of one operation needs to know about media types."""

    # The Accept header value, or None when no response documents a body (httpx then sends `*/*`).
    accept: str | None
    # Per 2xx status key (as the spec writes it: "200", "2XX"): its media types and their kinds, in spec order.
    success: dict[str, tuple[tuple[str, MediaKind], ...]] = field(default_factory=dict)


def operation_media(operation: Operation) -> OperationMedia:
    success: dict[str, tuple[tuple[str, MediaKind], ...]] = {}
    success_types: list[str] = []
    other_types: list[str] = []
    for response in operation.responses:
        media_types = [essence(media_type) for media_type in response.content]
        if response.is_success:
            success[response.status] = tuple((media_type, media_kind(media_type)) for media_type in media_types)
            success_types += media_types
        else:
            other_types += media_types
    ordered = list(dict.fromkeys([*success_types, *other_types]))
    prefer_json = any(media_kind(media_type) == "json" for media_type in success_types)
    return OperationMedia(accept=accept_header(ordered, prefer_json=prefer_json), success=success)


def accept_header(media_types: list[str], *, prefer_json: bool) -> str | None:
    """``Accept`` for these documented media types (see the module docstring), or None for none."""
    if not media_types:
        return None
    return ", ".join(
        media_type if not prefer_json or media_kind(media_type) == "json" else f"{media_type};{LESS_PREFERRED}"
        for media_type in media_types
    )


def content_type_overrides(spec: Spec) -> dict[str, str]:
    """{media type: the one openapi-python-client knows that stands in for it}, for every media type of a response
    or request body it does not know in that place (``application/xml``, ``audio/mpeg``, a ``text/csv`` upload...).
    Bodies keep their own media type on the wire: the templates send and read them by their documented one. A type
    it cannot take as a request body becomes ``application/octet-stream`` (a binary upload, and bytes it can read
    as a response too); one it cannot read as a response, the stand-in of its kind."""
    overrides: dict[str, str] = {}
    for operation in spec.operations:
        request_body = spec.deref(operation.node.get("requestBody"))
        for media_type in _content(request_body) if isinstance(request_body, dict) else []:
            if not _generator_takes_request(media_type):
                overrides[media_type] = _GENERATOR_STAND_IN["binary"]
    for operation in spec.operations:
        for response in operation.responses:
            for media_type in response.content:
                if media_type not in overrides and not _generator_reads_response(media_type):
                    overrides[media_type] = _GENERATOR_STAND_IN[media_kind(media_type)]
    return overrides


def _generator_takes_request(media_type: str) -> bool:
    kind = essence(media_type)
    known = ("application/octet-stream", "multipart/form-data", "application/x-www-form-urlencoded")
    return media_kind(kind) == "json" or kind in known


def _generator_reads_response(media_type: str) -> bool:
    kind = essence(media_type)
    return media_kind(kind) == "json" or kind == "application/octet-stream" or kind.startswith("text/")


def _content(body: dict[str, Any]) -> list[str]:
    content = body.get("content")
    return [str(media_type) for media_type in content] if isinstance(content, dict) else []
