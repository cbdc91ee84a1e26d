"""The caller's headers, client-wide (``httpx_args={"headers": ...}``) or per call (``with_options(headers=...)``),
checked by one set of rules.

A header name is a non-empty ASCII token; a value is a str without control characters (a CR/LF would inject a header,
and the HTTP layer would refuse it at the first request, quoting the value); a header the vendor requires keeps its
required value; a ``User-Agent`` goes in front of talkwire's. Per call, credential headers are refused too: those are
the client's auth's (client-wide, a gateway's key is the caller's to add). A refusal is a ``ClientOptionError``
naming the header as the caller spelled it, never quoting its value, which may be a secret.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from talkwire_core._credentials import has_control_character
from talkwire_core._scrub import CREDENTIAL_HEADERS
from talkwire_core.errors import ClientOptionError


def checked_headers(
    caller: Iterable[tuple[object, object]],
    *,
    option: str,
    user_agent: str,
    required: Mapping[str, str],
    credentials_allowed: bool,
) -> list[tuple[str, str]]:
    """The caller's (name, value) pairs as they are to be sent, in order; `option` names where they were given
    (``headers``, ``httpx_args['headers']``), `user_agent` is the one a caller's goes in front of."""
    required_values = {name.lower(): value for name, value in required.items()}
    checked: list[tuple[str, str]] = []
    for name, value in caller:
        at = f"{option}[{name!r}]"
        if not isinstance(name, str) or not name or not name.isascii() or not name.isprintable() or " " in name:
            raise ClientOptionError(at, "a header name is a non-empty ASCII token")
        if not isinstance(value, str):
            raise ClientOptionError(at, f"must be a str, got {type(value).__name__}")
        if has_control_character(value):
            raise ClientOptionError(at, "contains a control character (a line break, a tab, ...)")
        lowered = name.lower()
        if not credentials_allowed and lowered in CREDENTIAL_HEADERS:
            raise ClientOptionError(
                at, "credentials are the client's own (its auth sets them): make a client with those credentials"
            )
        if lowered in required_values and value != required_values[lowered]:
            raise ClientOptionError(at, f"the vendor requires {required_values[lowered]!r} on every request")
        if lowered == "user-agent":
            value = f"{value} {user_agent}".rstrip()
        checked.append((name, value))
    return checked
