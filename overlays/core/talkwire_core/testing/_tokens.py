"""The credentials a fake vendor knows: tokens it issued or was given, when each expires and what scopes it carries.

A token is valid, expired, or unknown (never issued, or revoked). ``expire_all`` ends every token's life at once, so
a test can make "the access token expired between two pages" happen exactly where it wants.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Literal

TokenState = Literal["valid", "expired", "unknown"]


@dataclass(frozen=True)
class KnownToken:
    value: str
    expires_at: float | None  # None: never expires
    scopes: frozenset[str] | None  # None: every scope


class TokenStore:
    """Tokens by value, thread-safe (the served fake answers from several threads)."""

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._tokens: dict[str, KnownToken] = {}
        self._lock = threading.Lock()
        self._serial = itertools.count(1)

    def __repr__(self) -> str:
        return f"TokenStore({len(self._tokens)} tokens)"

    def accept(self, value: str, *, expires_in: float | None = None, scopes: Iterable[str] | None = None) -> str:
        """Know `value` as a valid token (for `expires_in` seconds, with `scopes`; by default forever, every scope)."""
        expires_at = None if expires_in is None else self._clock() + expires_in
        with self._lock:
            self._tokens[value] = KnownToken(value, expires_at, None if scopes is None else frozenset(scopes))
        return value

    def issue(
        self,
        *,
        prefix: str = "fake-token-",
        expires_in: float | None = None,
        jwt: bool = False,
        scopes: Iterable[str] | None = None,
    ) -> str:
        """A new token, valid for `expires_in` seconds; with `jwt`, an unsigned JWT whose ``exp`` says so (clients
        read it to schedule renewal)."""
        serial = next(self._serial)
        value = f"{prefix}{serial}"
        if jwt:
            claims: dict[str, object] = {"sub": value, "iat": int(self._clock())}
            if expires_in is not None:
                claims["exp"] = int(self._clock() + expires_in)
            header: dict[str, object] = {"alg": "none", "typ": "JWT"}
            value = f"{_b64(header)}.{_b64(claims)}.fake-signature"
        return self.accept(value, expires_in=expires_in, scopes=scopes)

    def revoke(self, value: str) -> None:
        with self._lock:
            self._tokens.pop(value, None)

    def expire_all(self) -> None:
        """Every token known so far is expired from now on (tokens issued later are not)."""
        past = self._clock() - 1
        with self._lock:
            self._tokens = {value: replace(token, expires_at=past) for value, token in self._tokens.items()}

    def state(self, value: str) -> TokenState:
        with self._lock:
            token = self._tokens.get(value)
        if token is None:
            return "unknown"
        if token.expires_at is not None and token.expires_at <= self._clock():
            return "expired"
        return "valid"

    def missing_scopes(self, value: str, required: Iterable[str]) -> list[str]:
        """The scopes of `required` the token does not carry."""
        with self._lock:
            token = self._tokens.get(value)
        granted = None if token is None else token.scopes
        return [] if granted is None else [scope for scope in required if scope not in granted]

    def known(self) -> list[str]:
        with self._lock:
            return list(self._tokens)


def _b64(part: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(part, separators=(",", ":")).encode()).decode().rstrip("=")
