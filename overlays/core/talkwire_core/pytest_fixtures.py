"""The pytest fixtures of the vendor packages' fakes, made one way (each vendor package registers its own through a
``pytest11`` entry point, so installing it is all a project does to get ``<vendor>_fake``).

This module imports nothing beyond pytest: a vendor package installed without its ``testing`` extra still loads its
plugin in every pytest run, and only a test that asks for the fixture is told to install the extra.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest


def vendor_fake_fixture(name: str, factory: str, distribution: str) -> Callable[..., Any]:
    """A fixture called `name` that yields ``factory()`` (``"module:Class"``) and, after the test, fails it when the
    fake refused any request (even one the code under test caught)."""
    module_name, _, class_name = factory.partition(":")

    def fake() -> Iterator[Any]:
        try:
            module = importlib.import_module(module_name)
        except ImportError as missing:
            pytest.fail(f"{name} needs the testing extra: pip install '{distribution}[testing]' ({missing})")
        with getattr(module, class_name)() as instance:
            yield instance

    fake.__name__ = name
    fake.__doc__ = f"A fresh {factory} for the test (talkwire's spec-checked fake)."
    return pytest.fixture(name=name)(fake)
