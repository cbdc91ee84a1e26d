"""The real repository's vendors and their overlaid specs, loaded once per test session."""

from __future__ import annotations

from functools import cache
from typing import Any

from scripts.registry import load_registry
from scripts.specs import load_vendor_spec

REGISTRY = load_registry()
VENDORS = list(REGISTRY.vendors)


@cache
def overlaid_spec(vendor: str) -> dict[str, Any]:
    """The vendor's spec with its overlay document applied and validated: what the generator is given."""
    return load_vendor_spec(REGISTRY.vendors[vendor]).document
