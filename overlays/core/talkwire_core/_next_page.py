"""The position of paging style ``url``: the next page's URL, as a response names it.

A response names its next page in a body field (Twilio's ``meta.next_page_url``) or in an RFC 8288 ``Link`` header
(``<https://api.example/v1/calls?page=2>; rel="next"``). The URL is requested as it is, credentials included, so it
must stay on the client's server: a URL on another scheme, host or port, or outside the client's base path, is
refused rather than followed. A relative reference is resolved against the client's server (``/v2/Transcripts?...``);
one relative to the page's own path (``?page=2``) cannot be, and is refused too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

import httpx

from talkwire_core._redact import redact
from talkwire_core.errors import PagingError

# One link-value of a Link header: `<target>` and its `;`-separated parameters (RFC 8288 section 3).
_LINK_VALUE = re.compile(r"<(?P<target>[^>]*)>(?P<parameters>(?:\s*;\s*[^;,]+)*)")
_LINK_PARAMETER = re.compile(r"""\s*;\s*(?P<name>[^=;,\s]+)\s*=\s*(?:"(?P<quoted>[^"]*)"|(?P<token>[^;,\s]+))""")


def link_targets(header_values: Iterable[str], relation: str) -> list[str]:
    """The targets of every link with relation type `relation` (case-insensitive; a `rel` may list several)."""
    wanted = relation.lower()
    targets = []
    for header in header_values:
        for link in _LINK_VALUE.finditer(header):
            for parameter in _LINK_PARAMETER.finditer(link.group("parameters")):
                if parameter.group("name").lower() != "rel":
                    continue
                relations = (parameter.group("quoted") or parameter.group("token") or "").lower().split()
                if wanted in relations:
                    targets.append(link.group("target").strip())
    return targets


class NextPageUrl:
    """Reads the next page's URL of an operation's responses and checks that it may be followed; a URL that must
    not be followed raises PagingError, naming the operation and the URL, redacted."""

    def __init__(
        self,
        *,
        operation: str,
        base_url: str,
        read_body_field: Callable[[Any], Any] | None,
        link_relation: str | None,
    ) -> None:
        self.operation = operation
        self.base = httpx.URL(base_url)
        self.read_body_field = read_body_field
        self.link_relation = link_relation

    def _refused(self, message: str) -> PagingError:
        return PagingError(message, operation=self.operation)

    def after(self, parsed: Any, headers: httpx.Headers | None) -> str | None:
        """The absolute URL of the page after this one, or None on the last page."""
        reference = self._reference(parsed, headers)
        if reference is None or reference == "":
            return None
        if not isinstance(reference, str):
            raise self._refused(f"{self.operation}: the next page's URL is a {type(reference).__name__}, not a URL")
        return self._followable(reference)

    def _reference(self, parsed: Any, headers: httpx.Headers | None) -> Any:
        if self.read_body_field is not None:
            return self.read_body_field(parsed)
        if headers is None or self.link_relation is None:
            return None
        targets = link_targets(headers.get_list("link"), self.link_relation)
        return targets[0] if targets else None

    def _followable(self, reference: str) -> str:
        try:
            target = httpx.URL(reference)
        except httpx.InvalidURL as exc:
            raise self._refused(
                f"{self.operation}: the next page's URL {redact(reference)!r} is not a URL: {exc}"
            ) from None
        if target.is_relative_url:
            if not urlsplit(reference).path.startswith("/"):
                raise self._refused(
                    f"{self.operation}: the next page's URL {redact(reference)!r} is relative to a page whose URL "
                    "the walk does not know; only absolute URLs and paths from the server's root can be followed"
                )
            target = self.base.join(reference)
        base_path = self.base.path if self.base.path.endswith("/") else self.base.path + "/"
        same_server = (target.scheme, target.host, target.port) == (self.base.scheme, self.base.host, self.base.port)
        if not same_server or not (target.path + "/").startswith(base_path):
            raise self._refused(
                f"{self.operation}: the next page's URL {redact(str(target))!r} is not on the client's server "
                f"{redact(str(self.base))!r}; it is not followed (the request would carry the client's credentials)"
            )
        return str(target)
