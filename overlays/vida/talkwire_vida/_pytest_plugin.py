"""The ``vida_fake`` pytest fixture (registered by the ``pytest11`` entry point of talkwire-vida)."""

from talkwire_core.pytest_fixtures import vendor_fake_fixture

vida_fake = vendor_fake_fixture("vida_fake", "talkwire_vida.testing:VidaFake", "talkwire-vida")
