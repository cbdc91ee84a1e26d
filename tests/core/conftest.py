"""Fixtures of the runtime tests: a fake diio with single-use refresh tokens on loopback (tests/core/rotating_diio.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.core.rotating_diio import RotatingDiio
from tests.support.servers import serve


@pytest.fixture
def diio() -> Iterator[RotatingDiio]:
    fake = RotatingDiio()
    yield fake
    fake.released.set()


@pytest.fixture
def diio_url(diio: RotatingDiio) -> Iterator[str]:
    with serve(diio.app()) as url:
        yield url
        diio.released.set()  # let a hanging refresh answer, so the server stops at once
