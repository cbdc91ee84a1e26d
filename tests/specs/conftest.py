"""The real repository's vendors and their overlaid specs, loaded once per test session."""

from __future__ import annotations

from functools import cache
from typing import Any

from scripts.registry import load_registry
from scripts.spec.load import load_spec
from scripts.spec.model import Spec

REGISTRY = load_registry()
VENDORS = list(REGISTRY.vendors)


@cache
def spec_model(vendor: str) -> Spec:
    """The vendor's spec model: its spec with the overlay document applied, validated (what the generator gets)."""
    return load_spec(REGISTRY.vendors[vendor])


def overlaid_spec(vendor: str) -> dict[str, Any]:
    """The vendor's overlaid spec document."""
    return spec_model(vendor).document
