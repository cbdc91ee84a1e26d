"""One redaction function for every place a secret could surface: log records, error messages, reprs, pickles.

Two layers:

- values clients register (tokens, passwords, client secrets, and their URL- and JSON-encoded spellings) are masked
  wherever they appear, and so is a prefix of one left at the very end of a text, where a cut would leave it;
- well-known secret carriers (query parameters such as ``token=``, ``Authorization`` headers, ``"password": "..."``
  in JSON, the password of a URL's ``user:password@``) are masked even when their value was never registered.

A caller may also pass values to mask in one text only (``redact(text, also=...)``): the credentials one request
carried, such as a header parameter that no client registered; an error spells them once for all its texts
(``ExtraSecrets``).

Registered values are looked up through an index of their short substrings, not through one regular expression over
all of them: registering or releasing a value touches a few index entries, and masking a text costs about the same
with one value registered or thousands.

What is registered is what live clients hold (``OwnedSecrets``): a client's credentials while it lives, its two most
recent access tokens, and so on; ``register_secret`` registers a value for the rest of the process.
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from collections import deque
from collections.abc import Iterable
from functools import cache
from typing import Any
from urllib.parse import quote, quote_plus

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
# A value that is already exactly the mask is left alone, so that redacting twice changes nothing.
_ALREADY_MASKED = r"(?!\*\*\*(?:[&#\s\"'<>:,;}]|\Z))"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The query, JSON, header, bearer and userinfo patterns, compiled on first use: compiling them costs about a
    millisecond, which importing a client should not pay (most programs never redact anything)."""
    return (
        re.compile(rf"(?i)([?&;](?:{_KEY_ALTERNATION})=){_ALREADY_MASKED}[^&#\s\"'<>]*"),
        # A value cut off before its closing quote (the end of a truncated body) is masked to the end.
        re.compile(rf'(?i)("(?:{_KEY_ALTERNATION}|accessToken|refreshToken|clientSecret)"\s*:\s*")[^"]*("|\Z)'),
        re.compile(
            rf"(?i)\b((?:authorization|proxy-authorization)\s*[:=]\s*['\"]?){_ALREADY_MASKED}"
            rf"(?:bearer\s+|basic\s+)?[^\s'\",}}]+"
        ),
        re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
        # The password of a URL's userinfo (`https://user:password@host/`); the user name is kept.
        re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^\s/?#@:]*:)[^\s/?#@]+@"),
    )


# The index: every registered value is filed under its GRAM-character substrings at offsets 0 .. STRIDE-1, and a
# text is probed at every STRIDE-th position. An occurrence of a value starting anywhere has a probe within its first
# STRIDE characters, and the GRAM characters there lie inside the value as long as it is at least
# GRAM + STRIDE - 1 characters long: so every occurrence is found, and so is every prefix of that length.
_GRAM = 4
_STRIDE = 3
# Shorter values would mask innocent text (and real secrets are much longer); also the shortest prefix of a secret
# masked at the end of a text.
MIN_SECRET_LENGTH = _GRAM + _STRIDE - 1

# How many values a rotating slot of an OwnedSecrets keeps masked: the current token and the one before it, which
# requests still in flight when it was replaced may yet print.
ROTATION_KEPT = 2


def spellings(value: str) -> set[str]:
    """`value` as it may appear in a text: as is, URL-encoded (path or query), JSON-escaped, and as the repr of its
    bytes shows it (h11 quotes an illegal header value that way: ``b'Bearer sk-1\\r\\n'``)."""
    forms = {
        value,
        quote(value, safe=""),
        quote_plus(value, safe=""),
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
        repr(value.encode())[2:-1],
    }
    return {form for form in forms if len(form) >= MIN_SECRET_LENGTH}


class _SecretRegistry:
    """Every value to mask, with how many holders each has; a value leaves the index when its last holder lets go."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders: dict[str, int] = {}
        # gram -> (offset of the gram in the value, length of the value) -> values
        self._index: dict[str, dict[tuple[int, int], set[str]]] = {}
        self._permanent: set[str] = set()
        # What finalizers let go of, released by the next call that takes the lock: garbage collection runs a
        # finalizer in whatever thread allocates, possibly one that holds the lock already.
        self._let_go: deque[dict[str, list[str]]] = deque()

    def __len__(self) -> int:
        with self._lock:
            self._release_let_go()
            return len(self._holders)

    # --- holding (callers hold self._lock) ------------------------------------------------------------------------
    def _acquire(self, value: str) -> None:
        for form in spellings(value):
            count = self._holders.get(form, 0)
            self._holders[form] = count + 1
            if count == 0:
                for offset in range(_STRIDE):
                    slot = self._index.setdefault(form[offset : offset + _GRAM], {})
                    slot.setdefault((offset, len(form)), set()).add(form)

    def _release(self, value: str) -> None:
        for form in spellings(value):
            count = self._holders.get(form, 0)
            if count > 1:
                self._holders[form] = count - 1
                continue
            self._holders.pop(form, None)
            for offset in range(_STRIDE):
                gram = form[offset : offset + _GRAM]
                slot = self._index.get(gram, {})
                values = slot.get((offset, len(form)), set())
                values.discard(form)
                if not values:
                    slot.pop((offset, len(form)), None)
                if not slot:
                    self._index.pop(gram, None)

    def _release_let_go(self) -> None:
        while self._let_go:
            self._release_held(self._let_go.popleft())

    def _release_held(self, held: dict[str, list[str]]) -> None:
        for values in held.values():
            for value in values:
                self._release(value)
        held.clear()

    def acquire_for_good(self, values: Iterable[str]) -> None:
        """Hold these until the process ends (once each, however often they are registered)."""
        with self._lock:
            self._release_let_go()
            for value in values:
                if value not in self._permanent:
                    self._permanent.add(value)
                    self._acquire(value)

    def hold(self, held: dict[str, list[str]], slot: str, value: str, keep: int | None) -> None:
        """Add `value` to `held[slot]`; when `keep` is given, release what the slot holds beyond its `keep` newest."""
        with self._lock:
            self._release_let_go()
            values = held.setdefault(slot, [])
            if keep is not None and values and values[-1] == value:
                return
            self._acquire(value)
            values.append(value)
            while keep is not None and len(values) > keep:
                self._release(values.pop(0))

    def release_all(self, held: dict[str, list[str]]) -> None:
        with self._lock:
            self._release_let_go()
            self._release_held(held)

    def let_go(self, held: dict[str, list[str]]) -> None:
        """release_all, for finalizers: without taking the lock (see _let_go)."""
        self._let_go.append(held)

    # --- masking --------------------------------------------------------------------------------------------------
    def mask(self, text: str) -> str:
        index = self._index
        # Lock-free: a dict lookup is atomic, and most texts hit nothing.
        probes = [at for at in range(0, len(text) - _GRAM + 1, _STRIDE) if text[at : at + _GRAM] in index]
        if not probes:
            return text
        with self._lock:
            self._release_let_go()
            spans = [span for at in probes for span in self._spans_at(text, at)]
        return _masked(text, spans)

    def _spans_at(self, text: str, at: int) -> Iterable[tuple[int, int]]:
        for (offset, length), values in self._index.get(text[at : at + _GRAM], {}).items():
            start = at - offset
            if start < 0:
                continue
            end = start + length
            if end <= len(text):
                if text[start:end] in values:
                    yield start, end
            elif len(text) - start >= MIN_SECRET_LENGTH and any(value.startswith(text[start:]) for value in values):
                # The text ends inside this value: a cut left its prefix (at least MIN_SECRET_LENGTH long here).
                yield start, len(text)


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span, overlapping ones merged, replaced by one MASK."""
    pieces = []
    cursor = 0
    for start, end in sorted(spans):
        if end <= cursor:
            continue
        if start > cursor:
            pieces.append(text[cursor:start])
            pieces.append(MASK)
        elif not pieces or pieces[-1] != MASK:
            pieces.append(MASK)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


_registry = _SecretRegistry()


class OwnedSecrets:
    """The secrets one object (an auth flow, a client) registered: masked while it holds them, released when it is
    garbage-collected or a newer value replaces one in a rotating slot."""

    def __init__(self) -> None:
        self._held: dict[str, list[str]] = {}
        # The finalizer holds the dict, not self: released when self is collected, whoever still holds the dict.
        weakref.finalize(self, _registry.let_go, self._held)

    def hold(self, *values: str | None) -> None:
        """Mask these for as long as this object lives (client secrets, passwords, API keys)."""
        for value in values:
            if value and len(value) >= MIN_SECRET_LENGTH:
                _registry.hold(self._held, "", value, keep=None)

    def rotate(self, slot: str, value: str | None) -> None:
        """Mask `value` as the newest of `slot` (an access token, a rotating refresh token); the slot keeps the
        ROTATION_KEPT newest values masked and releases older ones."""
        if value and len(value) >= MIN_SECRET_LENGTH:
            _registry.hold(self._held, slot, value, keep=ROTATION_KEPT)

    def release(self) -> None:
        """Stop masking everything held here (also done when this object is garbage-collected)."""
        _registry.release_all(self._held)


def register_secret(*values: str | None) -> None:
    """Mask these values wherever redact() runs, for the rest of the process (clients hold theirs in an
    OwnedSecrets, released with the client)."""
    _registry.acquire_for_good(value for value in values if value and len(value) >= MIN_SECRET_LENGTH)


def _spelled(values: Iterable[str]) -> tuple[str, ...]:
    """Every spelling of each of `values` long enough to mask, value by value, the longest spelling of each first."""
    return tuple(
        form
        for value in values
        if len(value) >= MIN_SECRET_LENGTH
        for form in sorted(spellings(value), key=len, reverse=True)
    )


class ExtraSecrets:
    """Values to mask in some texts only (the credentials one failed request carried), spelled once: every text of
    one error is masked with ``redact(text, also=extra)`` without working out the spellings again.

    Made for one error and dropped with it (it holds secrets, so nothing keeps it: its repr shows no value, and it
    refuses to be pickled)."""

    __slots__ = ("_forms",)

    def __init__(self, values: Iterable[str] | ExtraSecrets = ()) -> None:
        self._forms: tuple[str, ...] = values._forms if isinstance(values, ExtraSecrets) else _spelled(values)

    def extended(self, values: Iterable[str]) -> ExtraSecrets:
        """These and `values` (only the new values are spelled)."""
        more = _spelled(values)
        if not more:
            return self
        extended = ExtraSecrets()
        extended._forms = self._forms + more
        return extended

    def mask(self, text: str) -> str:
        for form in self._forms:
            text = text.replace(form, MASK)
        return text

    def __repr__(self) -> str:
        return f"ExtraSecrets({len(self._forms)} spellings)"

    def __reduce__(self) -> Any:
        raise TypeError("ExtraSecrets holds secrets: it is not pickled")


def redact(text: object, *, also: Iterable[str] | ExtraSecrets = ()) -> str:
    """`text` as a string with every registered secret (and a prefix of one at its end) and every secret-looking
    parameter masked; `also`: more values to mask in this text only, in every spelling (at least MIN_SECRET_LENGTH
    long, like registered ones), or an ExtraSecrets with them spelled already."""
    result = _registry.mask(str(text))
    if isinstance(also, ExtraSecrets):
        result = also.mask(result)
    elif also != ():  # the default costs nothing: most texts are log lines, with nothing extra to mask
        for form in _spelled(also):
            result = result.replace(form, MASK)
    # Each pattern runs only where its literal part occurs: the case-insensitive ones cost as much as the registry
    # lookup on texts that could never match them, which are nearly all texts.
    lowered = result.lower()
    query, json_member, header, bearer, userinfo = _patterns()
    if "=" in result:
        result = query.sub(rf"\1{MASK}", result)
    if '"' in result:
        result = json_member.sub(rf"\1{MASK}\2", result)
    if "authorization" in lowered:
        result = header.sub(rf"\1{MASK}", result)
    if "bearer" in lowered:
        result = bearer.sub(rf"\1{MASK}", result)
    if "://" in result and "@" in result:
        result = userinfo.sub(rf"\1{MASK}@", result)
    return result
