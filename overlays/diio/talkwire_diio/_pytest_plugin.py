"""The ``diio_fake`` pytest fixture (registered by the ``pytest11`` entry point of talkwire-diio)."""

from talkwire_core.pytest_fixtures import vendor_fake_fixture

diio_fake = vendor_fake_fixture("diio_fake", "talkwire_diio.testing:DiioFake", "talkwire-diio")
