"""talkwire_core.testing: a fake of a vendor, checked against the vendor's spec, for testing integrations offline.

Installed with an extra (``pip install talkwire-<vendor>[testing]``): it needs openapi-core, which production
installs do not. Each vendor package declares its fake over ``VendorFake`` (``talkwire_<vendor>.testing``) and a
pytest fixture (``<vendor>_fake``). See talkwire-core's README, "Testing your integration".
"""

try:
    import openapi_core  # noqa: F401 (only to say which extra is missing)
except ImportError as missing:  # pragma: no cover - exercised by the publish step's install without the extra
    raise ImportError(
        "talkwire's testing fakes need the `testing` extra: pip install 'talkwire-<vendor>[testing]'"
    ) from missing

from talkwire_core.testing._fake import (
    Answer,
    ErrorFields,
    FakeTransport,
    OperationStub,
    RecordedCall,
    RequestRefusedError,
    Resource,
    VendorFake,
    jsonable,
)
from talkwire_core.testing._server import ServedFake
from talkwire_core.testing._spec import SpecLoadError, SpecOperation, VendorSpec, packaged_spec
from talkwire_core.testing._tokens import TokenStore
from talkwire_core.testing._webhooks import SignedDelivery

__all__ = [
    "Answer",
    "ErrorFields",
    "FakeTransport",
    "OperationStub",
    "RecordedCall",
    "RequestRefusedError",
    "Resource",
    "ServedFake",
    "SignedDelivery",
    "SpecLoadError",
    "SpecOperation",
    "TokenStore",
    "VendorFake",
    "VendorSpec",
    "jsonable",
    "packaged_spec",
]
