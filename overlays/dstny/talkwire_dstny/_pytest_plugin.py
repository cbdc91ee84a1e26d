"""The ``dstny_fake`` pytest fixture (registered by the ``pytest11`` entry point of talkwire-dstny)."""

from talkwire_core.pytest_fixtures import vendor_fake_fixture

dstny_fake = vendor_fake_fixture("dstny_fake", "talkwire_dstny.testing:DstnyFake", "talkwire-dstny")
