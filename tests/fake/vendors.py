"""The five vendor fakes by registry key, for tests that go over all of them."""

from __future__ import annotations

from talkwire_core.testing import VendorFake
from talkwire_diga.testing import DigaFake
from talkwire_diio.testing import DiioFake
from talkwire_dstny.testing import DstnyFake
from talkwire_vida.testing import VidaFake
from talkwire_vocelio.testing import VocelioFake

FAKES: dict[str, type[VendorFake]] = {
    "diio": DiioFake,
    "vocelio": VocelioFake,
    "diga": DigaFake,
    "dstny": DstnyFake,
    "vida": VidaFake,
}
