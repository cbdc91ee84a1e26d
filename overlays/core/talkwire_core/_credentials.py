"""The check every credential a client is given goes through, before it is held or sent (and the control-character
rule it shares with the caller's headers, see _headers)."""

from __future__ import annotations


def checked_credential(value: object, what: str, *, password: bool = False) -> str:
    """`value` when it is a usable credential; else a ValueError naming `what`, never quoting the value.

    Refused: anything but a non-empty str (a missing one, None or blank, "is required"), surrounding whitespace (a
    pasted token with a trailing newline would otherwise fail as an opaque 401) and control characters (a CR or LF
    inside a header value would be refused by the HTTP layer with the value quoted in its error, or inject a
    header). A `password` is chosen by a person and may begin or end with spaces: only one that is blank or holds a
    control character (a pasted line break among them) is refused.
    """
    if value is None:
        raise ValueError(f"{what} is required (got None)")
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{what} is required (got an empty one)")
    if not password and value != value.strip():
        raise ValueError(f"{what} has leading or trailing whitespace")
    if has_control_character(value):
        raise ValueError(f"{what} contains a control character (a line break, a tab, ...)")
    return value


def has_control_character(value: str) -> bool:
    """Whether `value` holds a C0 control character or DEL: never in a credential or a header value we send."""
    return any(ord(char) < 0x20 or ord(char) == 0x7F for char in value)
