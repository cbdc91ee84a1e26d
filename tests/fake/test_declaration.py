"""What a vendor's fake declares, and what talkwire_core.testing works out for it: the generated package that ships the
spec follows from the vendor's distribution, and the credential exchanges (diio's refresh, Vocelio's login) check what
a call presents with one helper (``RecordedCall.presents``)."""

from __future__ import annotations

from typing import Any

import pytest
from talkwire_core import AuthenticationError
from talkwire_core.testing import RecordedCall, VendorFake
from talkwire_diga import DigaClient
from talkwire_diga._client import DIGA
from talkwire_vocelio import VocelioClient
from talkwire_vocelio.testing import VocelioFake

from scripts.registry import load_registry
from tests.fake.vendors import FAKES


@pytest.mark.parametrize("vendor", sorted(FAKES))
def test_each_fake_reads_the_spec_of_the_package_the_pipeline_generates(vendor: str) -> None:
    assert FAKES[vendor].api_package == load_registry().vendors[vendor].api_package


def test_a_fake_declared_with_only_its_vendor_finds_its_spec_and_answers() -> None:
    class BareDigaFake(VendorFake):
        vendor = DIGA

        def make_client(self, base_url: str, **options: Any) -> DigaClient:
            return DigaClient("sk-bare-fake-key", base_url=base_url, **options)

    fake = BareDigaFake()
    fake.tokens.accept("sk-bare-fake-key")
    with fake, fake.client() as diga:
        diga.agents.list()
    assert fake.recorded_calls and fake.spec.operations


def _call(body: Any) -> RecordedCall:
    return RecordedCall("login", "auth", "login", "POST", "/auth/login", {}, {}, body)


@pytest.mark.parametrize(
    ("body", "presented"),
    [
        ({"email": "dev@example.com", "password": "pw-1"}, True),
        ({"email": "dev@example.com", "password": "pw-1", "remember": True}, True),  # other fields are no concern
        ({"email": "dev@example.com", "password": "pw-2"}, False),
        ({"email": "dev@example.com"}, False),
        ({"email": "dev@example.com", "password": None}, False),
        ([["email", "dev@example.com"]], False),
        (b"email=dev@example.com&password=pw-1", False),
        (None, False),
    ],
)
def test_a_call_presents_credentials_only_with_each_field_at_its_value(body: Any, presented: bool) -> None:
    assert _call(body).presents({"email": "dev@example.com", "password": "pw-1"}) is presented


def test_vocelios_fake_refuses_a_login_with_another_password() -> None:
    fake = VocelioFake()
    client = VocelioClient(
        email=fake.email, password="another-password", base_url=fake.base_url, transport=fake.transport
    )
    with client, pytest.raises(AuthenticationError) as refused:
        client.calls.list()
    assert refused.value.vendor_code == "AUTH_001" and "login" in refused.value.url
