"""The `mode` fixture: each integration test runs against the fake in process and against the served fake."""

from __future__ import annotations

import pytest

from tests.fake.connect import MODES


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)
