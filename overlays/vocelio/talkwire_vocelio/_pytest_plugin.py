"""The ``vocelio_fake`` pytest fixture (registered by the ``pytest11`` entry point of talkwire-vocelio)."""

from talkwire_core.pytest_fixtures import vendor_fake_fixture

vocelio_fake = vendor_fake_fixture("vocelio_fake", "talkwire_vocelio.testing:VocelioFake", "talkwire-vocelio")
