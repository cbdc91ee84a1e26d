"""A vendor client connected to a fake both ways users connect one: in process (the fake as the client's transport)
and over HTTP on 127.0.0.1 (the served fake)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from talkwire_core.testing import VendorFake

MODES = ("in_process", "loopback")


@contextmanager
def connected(fake: VendorFake, mode: str, **options: Any) -> Iterator[Any]:
    if mode == "in_process":
        with fake.client(**options) as client:
            yield client
    else:
        with fake.serve() as served, served.client(**options) as client:
            yield client
