"""The fake refuses, naming the operation and the violation, a request the vendor's spec forbids: one per vendor,
sent as user code sends it (through the client's own httpx client, or a hand-made one)."""

from __future__ import annotations

import httpx
import pytest
from talkwire_core.testing import RequestRefusedError, VendorFake
from talkwire_diga.testing import DigaFake
from talkwire_diio.testing import DiioFake
from talkwire_dstny.testing import DstnyFake
from talkwire_vida.testing import VidaFake
from talkwire_vocelio.testing import VocelioFake


def refusal_of(fake: VendorFake, send: object) -> str:
    assert callable(send)
    with pytest.raises(RequestRefusedError) as refused:
        send()
    with pytest.raises(RequestRefusedError, match="refused 1 request"):
        fake.check()  # kept, so the fixture fails the test even if the code under test swallowed it
    return str(refused.value)


def test_diio_refuses_an_export_without_its_required_file_type() -> None:
    fake = DiioFake()
    with fake.client() as diio:
        message = refusal_of(fake, lambda: diio.get_httpx_client().post("/v1/exports", json={"model": "meeting"}))
    assert "diio create_export (POST /v1/exports" in message
    assert "file_type" in message and "required" in message


def test_dstny_refuses_a_limit_that_is_not_an_integer() -> None:
    fake = DstnyFake()
    with fake.client() as dstny:
        message = refusal_of(
            fake, lambda: dstny.get_httpx_client().get("/rest/conversations", params={"limit": "many"})
        )
    assert "list_conversations (GET /rest/conversations" in message
    assert "limit" in message


def test_vida_refuses_its_token_in_the_authorization_header() -> None:
    fake = VidaFake()
    with httpx.Client(transport=fake.transport, base_url=fake.base_url) as raw:
        message = refusal_of(
            fake, lambda: raw.get("/api/v2/context", headers={"Authorization": f"Bearer {fake.token}"})
        )
    assert "the token is in the authorization header; Vida expects it in the query parameter 'token'" in message
    assert fake.token not in message


def test_vocelio_refuses_an_api_version_it_does_not_document() -> None:
    # The spec leaves X-API-Version optional (Vocelio does not say it is required) with `v1` its only value.
    fake = VocelioFake()
    token = fake.tokens.issue()
    headers = {"Authorization": f"Bearer {token}", "X-API-Version": "v2"}
    with httpx.Client(transport=fake.transport, base_url=fake.base_url) as raw:
        message = refusal_of(fake, lambda: raw.get("/api/calls", headers=headers))
    assert "list_calls (GET /api/calls" in message
    assert "X-API-Version" in message and "'v2' is not one of ['v1']" in message


def test_diga_refuses_a_request_without_credentials() -> None:
    fake = DigaFake()
    with httpx.Client(transport=fake.transport, base_url=fake.base_url) as raw:
        message = refusal_of(fake, lambda: raw.get("/v1/agent/"))
    assert "(GET /v1/agent/" in message
    assert "no credentials in the Authorization header (Bearer)" in message


def test_a_request_to_no_operation_is_refused_by_method_and_path() -> None:
    fake = DiioFake()
    with fake.client() as diio:
        message = refusal_of(fake, lambda: diio.get_httpx_client().delete("/v1/meetings"))
    assert "DELETE /v1/meetings is no operation (that path takes GET)" in message


def test_the_served_fake_answers_a_refused_request_400_and_keeps_the_refusal() -> None:
    fake = DstnyFake()
    with fake.serve() as served, httpx.Client(base_url=served.base_url) as raw:
        response = raw.get("/rest/conversations", params={"limit": "many"}, headers={"Authorization": "Bearer x"})
    assert response.status_code == 400
    assert "list_conversations" in response.json()["talkwire_fake_refused"]
    assert len(fake.refusals) == 1
