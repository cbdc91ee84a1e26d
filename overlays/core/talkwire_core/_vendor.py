"""A vendor, declared in talkwire-core's terms: everything core needs to assemble that vendor's client.

The declaration says what is particular to the vendor and nothing else: its distribution name (the User-Agent), its
server (a base URL, or the spec's server template whose ``{parts}`` the caller fills), its generated operation table
and UNSET sentinel, the headers it requires on every request, its response checks (a body-status rule for error
envelopes sent as 2xx, and rules that pick the error class or add a hint from a vendor error code), and its default
retry policy. The auth flow is built by the vendor's client from its credentials; core decides where it applies.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from itertools import pairwise
from string import Formatter
from typing import TYPE_CHECKING, Any

from talkwire_core._operations import OperationTable, operation_table
from talkwire_core._retry_policy import RetryPolicy
from talkwire_core.errors import ClientOptionError

if TYPE_CHECKING:  # the response checks' types: their modules load with the client stack, when a client is built
    from talkwire_core._body_checks import ImpliedStatus
    from talkwire_core._http import ErrorClassRule, ErrorHintRule

# A server template's part (a subdomain, a tenant's host) is a DNS name, with a port at most: nothing that could move
# the request to another host or path (`/`, `@`, `?`, `#`, whitespace). A part written right before a dot of the
# template (diio's `{subdomain}.diio.com`) is one label: a dot in it would make it a host of its own choosing.
# Patterns as text, compiled (and cached by `re`) when a client is first built, not when one is imported.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST_PART = rf"(?=.{{1,253}}(?::|$)){_LABEL}(?:\.{_LABEL})*(?::\d{{1,5}})?"


class Vendor:
    """One vendor's declaration (see the module docstring).

    ``operations`` is the generated package's ``OPERATIONS``, checked against the table contract here (an
    ``OperationTableError`` names the entry at fault) and kept as a typed ``OperationTable``; ``unset`` its ``UNSET``.
    """

    def __init__(
        self,
        *,
        name: str,
        distribution: str,
        operations: Mapping[str, Mapping[str, Any]],
        unset: object,
        server: str | None = None,
        headers: Mapping[str, str] | None = None,
        implied_status: ImpliedStatus | None = None,
        error_class: ErrorClassRule | None = None,
        error_hint: ErrorHintRule | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.name = name
        self.distribution = distribution
        self.operations: OperationTable = operation_table(operations, source=f"{name}'s operation table")
        self.unset = unset
        self.server = server
        self.headers: Mapping[str, str] = dict(headers or {})
        self.implied_status = implied_status
        self.error_class = error_class
        self.error_hint = error_hint
        self.retry = retry or RetryPolicy()

    def __repr__(self) -> str:
        return f"Vendor(name={self.name!r}, distribution={self.distribution!r}, server={self.server!r})"

    @cached_property
    def public_operations(self) -> frozenset[str]:
        """The operations whose spec security is empty: they are sent without the client's credentials."""
        return frozenset(key for key, operation in self.operations.items() if not operation["security"])

    @cached_property
    def server_parts(self) -> tuple[str, ...]:
        """The ``{parts}`` of the server template the caller fills (diio's ``subdomain``, Dstny's ``host``)."""
        if self.server is None:
            return ()
        return tuple(part for _, part, _, _ in Formatter().parse(self.server) if part)

    @cached_property
    def label_parts(self) -> frozenset[str]:
        """The parts written right before a dot of the template: each must be a single DNS label."""
        pieces = list(Formatter().parse(self.server or ""))
        return frozenset(
            part for (_, part, _, _), (following, _, _, _) in pairwise(pieces) if part and following.startswith(".")
        )

    def server_url(self, **parts: Any) -> str:
        """The base URL, the server template filled with ``parts``; each must be a host name (or a label of one).

        Raises ClientOptionError naming the part that is missing or is not a host name (``evil.example/``,
        ``host@evil.example``), or not one label where the template wants a label (``evil.example`` for diio's
        ``{subdomain}.diio.com``), or asking for ``base_url=`` when the vendor declares no server.
        """
        if self.server is None:
            raise ClientOptionError("base_url", f"{self.name} has no public server: pass base_url=")
        for part in self.server_parts:
            value = parts.get(part)
            if value is None:
                raise ClientOptionError(part, f"{self.name}'s base URL is {self.server}: pass {part}= (or base_url=)")
            if part in self.label_parts:
                if not isinstance(value, str) or not re.fullmatch(_LABEL, value):
                    raise ClientOptionError(
                        part,
                        f"must be one DNS label (letters, digits, hyphens; no dot) such as 'acme', not {value!r} "
                        f"(it fills {self.server}; or pass base_url=)",
                    )
            elif not isinstance(value, str) or not re.fullmatch(_HOST_PART, value):
                raise ClientOptionError(
                    part, f"must be a host name such as 'ci.example.com', not {value!r} (or pass base_url=)"
                )
        return self.server.format(**{part: parts[part] for part in self.server_parts})
