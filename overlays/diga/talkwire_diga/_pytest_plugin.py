"""The ``diga_fake`` pytest fixture (registered by the ``pytest11`` entry point of talkwire-diga)."""

from talkwire_core.pytest_fixtures import vendor_fake_fixture

diga_fake = vendor_fake_fixture("diga_fake", "talkwire_diga.testing:DigaFake", "talkwire-diga")
