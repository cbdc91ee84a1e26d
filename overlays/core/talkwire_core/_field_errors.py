"""``FieldError``: one invalid input of a 400/422 body, as ``talkwire_core.errors`` reports it (``APIError.field_errors``).

Kept apart from ``errors`` so that importing talkwire does not build this dataclass (see ``errors.__getattr__``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One invalid input, as FastAPI-style 422 bodies report it."""

    location: tuple[str | int, ...]
    message: str
    kind: str | None = None

    def __str__(self) -> str:
        where = ".".join(str(part) for part in self.location) or "(body)"
        return f"{where}: {self.message}"
