"""Per-call options: what ``client.with_options(...)`` changes for the calls made through the view it returns.

A view shares its client's connection pools, credentials and token renewal; only these differ, each applied where it
belongs when a generated operation sends its request (``VendorClient.call_args``, the hook every generated operation
calls), never by a second client stack:

- ``timeout``: httpx's own per-request timeout (each network operation);
- ``deadline``: the bound on a call as a whole, read by the typed-error client (``DEADLINE_EXTENSION``);
- ``retry`` / ``max_retries``: the retry policy, read by the retry transport (``RETRY_POLICY_EXTENSION``);
- ``headers`` and ``query``: added to every request (an idempotency key, a tracing header, an undocumented query
  parameter); on a name the operation sets too, the view's value wins.

Options are checked when the view is made, with a ``ClientOptionError`` naming the one at fault (never quoting a
header's value, which may be a secret); headers by the rules of the client's own (see _headers).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import httpx

from talkwire_core._deadline import checked_deadline
from talkwire_core._headers import checked_headers
from talkwire_core._options import checked_timeout
from talkwire_core._retry_policy import RetryPolicy
from talkwire_core.errors import ClientOptionError

# Request extensions the layers below read: a view's retry policy and its deadline in seconds.
RETRY_POLICY_EXTENSION: Final = "talkwire_retry_policy"
DEADLINE_EXTENSION: Final = "talkwire_deadline"

QueryValue = str | int | float | bool | Sequence[str | int | float | bool]


@dataclass(frozen=True)
class CallOptions:
    """A view's options, checked; None: as the client it was made from has it."""

    timeout: httpx.Timeout | None = None
    deadline: float | None = None
    retry: RetryPolicy | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, QueryValue] = field(default_factory=dict)

    def over(self, earlier: CallOptions | None) -> CallOptions:
        """These options applied over `earlier` (a view of a view): set values replace, headers and query merge."""
        if earlier is None:
            return self
        return CallOptions(
            timeout=self.timeout or earlier.timeout,
            deadline=self.deadline or earlier.deadline,
            retry=self.retry or earlier.retry,
            headers={**earlier.headers, **self.headers},
            query={**earlier.query, **self.query},
        )

    def apply(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """A generated operation's ``httpx.Client.request`` arguments, with these options."""
        applied = dict(kwargs)
        if self.headers:
            applied["headers"] = {**(kwargs.get("headers") or {}), **self.headers}
        if self.query:
            applied["params"] = {**(kwargs.get("params") or {}), **self.query}
        if self.timeout is not None:
            applied["timeout"] = self.timeout
        extensions = dict(kwargs.get("extensions") or {})
        if self.retry is not None:
            extensions[RETRY_POLICY_EXTENSION] = self.retry
        if self.deadline is not None:
            extensions[DEADLINE_EXTENSION] = self.deadline
        applied["extensions"] = extensions
        return applied


def call_options(
    *,
    timeout: httpx.Timeout | float | None,
    deadline: float | None,
    retry: RetryPolicy | None,
    max_retries: int | None,
    headers: Mapping[str, str] | None,
    query: Mapping[str, QueryValue] | None,
    current_retry: RetryPolicy,
    client_headers: httpx.Headers,
    required_headers: Mapping[str, str],
) -> CallOptions:
    """The options of ``with_options``, checked (a ClientOptionError naming the first at fault).

    ``max_retries`` replaces the count of ``retry`` (or of `current_retry`, the policy calls get now); a
    ``User-Agent`` goes in front of the client's, as the client option does; a header the vendor requires keeps its
    required value, and the client's credential headers are its auth's."""
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise ClientOptionError("retry", f"expected a RetryPolicy, got {type(retry).__name__}")
    if max_retries is not None:
        # RetryPolicy checks the count (a whole number of at least 0) and names the field.
        try:
            retry = dataclasses.replace(retry or current_retry, max_retries=max_retries)
        except ClientOptionError:
            raise ClientOptionError("max_retries", f"must be a whole number ≥ 0, got {max_retries!r}") from None
    return CallOptions(
        timeout=None if timeout is None else checked_timeout(timeout),
        deadline=checked_deadline(deadline),
        retry=retry,
        headers=_checked_headers(headers or {}, client_headers, required_headers),
        query=_checked_query(query or {}),
    )


def _checked_headers(
    headers: Mapping[str, str], client_headers: httpx.Headers, required: Mapping[str, str]
) -> dict[str, str]:
    if not isinstance(headers, Mapping):
        raise ClientOptionError("headers", f"must be a mapping of names to values, got {type(headers).__name__}")
    checked = checked_headers(
        headers.items(),
        option="headers",
        user_agent=client_headers.get("User-Agent", ""),
        required=required,
        credentials_allowed=False,
    )
    return dict(checked)


def _checked_query(query: Mapping[str, QueryValue]) -> dict[str, QueryValue]:
    if not isinstance(query, Mapping):
        raise ClientOptionError("query", f"must be a mapping of names to values, got {type(query).__name__}")
    scalar = str | int | float | bool
    for name, value in query.items():
        if not isinstance(name, str) or not name:
            raise ClientOptionError("query", f"parameter names are non-empty strs, got {name!r}")
        values = value if isinstance(value, Sequence) and not isinstance(value, str) else [value]
        if not all(isinstance(each, scalar) for each in values):
            raise ClientOptionError(f"query[{name!r}]", "must be a str, int, float, bool or a sequence of them")
    return dict(query)
