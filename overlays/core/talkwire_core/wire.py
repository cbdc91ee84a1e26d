"""What generated operations call at run time to put a body on the wire and to read one (a contract with our
templates, scripts/templates/endpoint_module.py.jinja).

- ``form_fields``: an ``application/x-www-form-urlencoded`` body's fields as the text the form carries.
- ``response_media_type``: which of an operation's documented media types a response is, so that a status that can
  answer JSON or CSV (Vida's conversation logs) is read as what came back.
- ``upload_content``: the bytes of a request body sent as it is (``application/octet-stream``, ``audio/*``, a
  ``text/csv`` upload), so that the same call works through the sync and the async client and a retry can send it
  again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import IO, Any

import httpx

FormFields = dict[str, str | list[str]]


def form_fields(fields: Mapping[str, Any]) -> FormFields:
    """The fields of a form body (a generated model's ``to_dict()``) as the text each field carries.

    A form has no null: a ``None`` field is left out. Booleans are ``true``/``false`` (JSON's spelling, not Python's),
    a list is the field repeated (OpenAPI's default ``explode`` for forms), and an object (or a list holding one) is
    its JSON text, which is what vendors that take structured form fields read (Twilio's ``Channel``); Python's
    ``repr`` of a dict never goes on the wire.
    """
    encoded: FormFields = {}
    for name, value in fields.items():
        if value is None:
            continue
        if isinstance(value, list | tuple) and not any(isinstance(item, dict | list | tuple) for item in value):
            encoded[name] = [_form_text(item) for item in value if item is not None]
        else:
            encoded[name] = _form_text(value)
    return encoded


def _form_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def essence(media_type: str) -> str:
    """The media type without its parameters, lower case: ``text/csv; charset=utf-8`` gives ``text/csv``."""
    return media_type.split(";", 1)[0].strip().lower()


def response_media_type(response: httpx.Response, documented: Sequence[str]) -> str:
    """Which of `documented` (an operation's media types for the response's status, in spec order) the response is:
    the one its ``Content-Type`` names (``audio/*`` covers ``audio/mpeg``), else the first documented one (a server
    that sends no type, or one the spec does not list, is read as the spec's first)."""
    sent = essence(response.headers.get("content-type", ""))
    for media_type in documented:
        if media_type == sent:
            return media_type
    for media_type in documented:
        kind, _, subtype = media_type.partition("/")
        if subtype == "*" and (kind == "*" or sent.startswith(f"{kind}/")):
            return media_type
    return documented[0]


def upload_content(payload: IO[bytes] | bytes | str) -> bytes:
    """The bytes of a body sent as it is: a file's remaining content, read once (httpx cannot send a sync file
    through the async client, nor send a consumed stream again when a retry repeats the request), or a text (a CSV
    upload) as UTF-8."""
    if isinstance(payload, str):
        return payload.encode()
    return payload if isinstance(payload, bytes) else payload.read()
