"""Webhook deliveries signed the vendor's way, for the user's webhook endpoint.

The payload is the test's event, or the example the spec documents for the webhook (else its minimal valid body);
it is signed with talkwire-core's webhook signing, by the vendor's ``SignatureScheme``: in the payload for a vendor
that signs there (Vocelio), else in headers (Dstny's ``X-Webhook-Signature`` and timestamp, diga's).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from talkwire_core.testing import _schemas
from talkwire_core.testing._spec import VendorSpec
from talkwire_core.webhooks import VendorWebhooks, compact_json


@dataclass(frozen=True)
class SignedDelivery:
    """One delivery: its headers and exact body bytes; send it with ``send`` or build it with ``request``."""

    event: str  # the webhook's name in the spec
    headers: Mapping[str, str]
    body: bytes = field(repr=False)

    def request(self, url: str) -> httpx.Request:
        return httpx.Request("POST", url, headers=dict(self.headers), content=self.body)

    def send(self, url: str, *, client: httpx.Client | None = None) -> httpx.Response:
        """POST it to `url` (your endpoint; through `client` when given, e.g. one over your ASGI or WSGI app)."""
        if client is not None:
            return client.send(self.request(url))
        with httpx.Client() as own:
            return own.send(self.request(url))


def webhook_payload(spec: VendorSpec, name: str | None) -> tuple[str, Any, dict[str, str]]:
    """(name, payload, headers) of the spec's webhook `name` (its first when None): its documented example, else
    its minimal valid body, and a value for each header it requires (the signature's are replaced when signing)."""
    webhooks = spec.document.get("webhooks") or {}
    if not webhooks:
        raise ValueError(f"{spec.label} documents no webhooks")
    chosen = name if name is not None else next(iter(webhooks))
    if chosen not in webhooks:
        raise ValueError(f"{spec.label} documents no webhook {chosen!r} (it has {', '.join(webhooks)})")
    item = _schemas.resolve(spec.document, webhooks[chosen])
    operation = next(value for key, value in item.items() if key in ("post", "put"))
    headers = {}
    for raw in operation.get("parameters") or []:
        parameter = _schemas.resolve(spec.document, raw)
        if parameter.get("in") == "header" and parameter.get("required"):
            schema = _schemas.inline(spec.document, parameter.get("schema", {"type": "string"}))
            example = parameter.get("example")
            headers[parameter["name"]] = str(example if example is not None else _schemas.sample(schema))
    body = _schemas.resolve(spec.document, operation.get("requestBody")) or {}
    media = (body.get("content") or {}).get("application/json") or {}
    schema = _schemas.inline(spec.document, media.get("schema", {}))
    examples = [media["example"]] if "example" in media else []
    examples += [
        _schemas.resolve(spec.document, example).get("value") for example in (media.get("examples") or {}).values()
    ]
    for example in examples:
        if example is not None and _schemas.is_valid(schema, example):
            return chosen, example, headers
    return chosen, _schemas.minimal(schema), headers


def signed_delivery(
    webhooks: VendorWebhooks[Any],
    spec: VendorSpec,
    payload: Any,
    *,
    name: str | None,
    secret: str,
    timestamp: float | str | None,
) -> SignedDelivery:
    chosen, documented, headers = webhook_payload(spec, name)
    payload = documented if payload is None else payload
    headers["Content-Type"] = "application/json"
    if webhooks.scheme.signature_field is not None:
        body = webhooks.signed_body(payload, secret)
    else:
        body = compact_json(payload)
        headers.update(webhooks.signed_headers(body, secret, timestamp=timestamp))
    return SignedDelivery(chosen, headers, body)
