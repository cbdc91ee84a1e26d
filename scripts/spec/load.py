"""Load a vendor's spec: read the spec file and its overlay document once, apply the overlay, check the result.

The one entry to the spec stage for the later stages: `load_spec(vendor)` gives the `Spec` model of the overlaid
document (every operation named: by the spec, the overlay document, or the rule of naming.py), or raises SpecError
naming the file, the JSON pointer and the line at fault (InvalidSpecError: every problem of the spec at once).
"""

from __future__ import annotations

from pathlib import Path

from scripts.registry import Vendor
from scripts.spec.model import Spec
from scripts.spec.naming import operations_named
from scripts.spec.overlay import OverlayError, apply_overlay
from scripts.spec.source import SourceDocument, SpecError, read_source
from scripts.spec.validate import check_spec


def read_spec(path: Path) -> Spec:
    """A spec file as it is: no overlay document, not validated (a released spec, a file given to the lint)."""
    source = read_source(path)
    return Spec(source.data, source)


def overlaid(source: SourceDocument, overlay: SourceDocument | None) -> Spec:
    """The spec with the overlay document's actions applied, then every operation still without an operationId
    named by the rule of scripts/spec/naming.py (the source's data is left untouched)."""
    if overlay is None:
        return Spec(operations_named(source.data), source)
    try:
        result = apply_overlay(source.data, overlay.data, source=str(overlay.path))
    except OverlayError as exc:
        raise SpecError(overlay.location(exc.location), exc.reason) from None
    document = operations_named(result.document)
    return Spec(document, source, overlay, result.actions, result.unmatched)


def load_spec(vendor: Vendor) -> Spec:
    """The vendor's spec with its overlay document applied and checked (scripts/spec/validate.py): InvalidSpecError
    lists every problem found."""
    overlay = read_source(vendor.overlay) if vendor.overlay is not None else None
    spec = overlaid(read_source(vendor.spec), overlay)
    check_spec(spec)
    return spec


__all__ = ["check_spec", "load_spec", "overlaid", "read_spec"]
