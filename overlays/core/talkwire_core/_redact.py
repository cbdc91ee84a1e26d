"""One redaction function for every place a secret could surface: log records, error messages, reprs.

Two layers: values registered by clients (the actual tokens, passwords, client secrets) are replaced wherever
they appear, and well-known secret carriers (query parameters such as ``token=``, ``Authorization`` headers,
``"password": "..."`` in JSON) are masked even when their value was never registered.
"""

from __future__ import annotations

import re
import threading

MASK = "***"

# Query-string and form keys whose values are secrets.
SECRET_KEYS = (
    "token",
    "access_token",
    "refresh_token",
    "id_token",
    "client_secret",
    "password",
    "api_key",
    "apikey",
    "secret",
    "signature",
    "sig",
)
_KEY_ALTERNATION = "|".join(re.escape(key) for key in SECRET_KEYS)
_QUERY_PATTERN = re.compile(rf"(?i)([?&;](?:{_KEY_ALTERNATION})=)[^&#\s\"'<>]*")
_JSON_PATTERN = re.compile(rf'(?i)("(?:{_KEY_ALTERNATION}|accessToken|refreshToken|clientSecret)"\s*:\s*")[^"]*(")')
_HEADER_PATTERN = re.compile(
    r"(?i)\b((?:authorization|proxy-authorization)\s*[:=]\s*['\"]?)(?:bearer\s+|basic\s+)?[^\s'\",}]+"
)
_BEARER_PATTERN = re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}")

# Shorter values would mask innocent text; real tokens are much longer.
_MIN_SECRET_LENGTH = 6


class _SecretRegistry:
    """Process-wide set of secret values to mask; clients register theirs as they learn them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: frozenset[str] = frozenset()
        self._pattern: re.Pattern[str] | None = None

    def add(self, *values: str | None) -> None:
        new = {value for value in values if value and len(value) >= _MIN_SECRET_LENGTH}
        if not new or new <= self._values:
            return
        with self._lock:
            self._values = self._values | new
            ordered = sorted(self._values, key=len, reverse=True)
            self._pattern = re.compile("|".join(re.escape(value) for value in ordered))

    def mask(self, text: str) -> str:
        pattern = self._pattern
        return pattern.sub(MASK, text) if pattern is not None else text


_registry = _SecretRegistry()


def register_secret(*values: str | None) -> None:
    """Mask these values wherever redact() runs from now on (tokens, passwords, client secrets)."""
    _registry.add(*values)


def redact(text: object) -> str:
    """`text` as a string with every known secret and every secret-looking parameter masked."""
    result = _registry.mask(str(text))
    result = _QUERY_PATTERN.sub(rf"\1{MASK}", result)
    result = _JSON_PATTERN.sub(rf"\1{MASK}\2", result)
    result = _HEADER_PATTERN.sub(rf"\1{MASK}", result)
    return _BEARER_PATTERN.sub(rf"\1{MASK}", result)
