"""The operation table: the one contract between a generated package and talkwire-core.

A generated package writes ``OPERATIONS`` in its ``_operations.py``: one entry per operation (``Operation``),
keyed by the short name of the module that implements it (``list_meetings`` for
``talkwire_diio_api.api.meetings.list_meetings``, see ``operation_key``), and every request a generated operation
builds carries that same key in its extensions under ``OPERATION_EXTENSION``. A vendor hands its table to core once,
in its declaration (``Vendor(operations=OPERATIONS, ...)``), where it is checked against this contract; core then
reads it for auth (operations whose security is empty go without credentials), for the scopes a 403 names, and
for paging. ``resource`` and ``resource_method`` say where the operation is on a client
(``client.<resource>.<resource_method>``, by the rule of docs/operation-names.md).
"""

# No `from __future__ import annotations` here: a TypedDict turns each annotation written as a string into a
# ForwardRef, compiling it, and these two have thirty keys (a third of a millisecond of every program's start).
from collections.abc import Mapping
from types import ModuleType
from typing import Any, Final, Literal, NotRequired, Protocol, Required, TypedDict, cast

import httpx

from talkwire_core.errors import TalkwireError

# The request extension a generated operation sets to its key (scripts/templates/endpoint_module.py.jinja).
OPERATION_EXTENSION: Final = "talkwire_operation"

PagingStyle = Literal["page", "offset", "cursor", "url"]
# Where the position goes, per style: its ``<name>_arg`` twin names the generated argument. For ``page``, ``offset``
# and ``cursor`` that is a query parameter of the spec; for ``url`` it is the ``page_url`` argument our templates give
# the functions of an operation that pages by next-page URL (the URL is requested as it is).
POSITION_PARAMETER: Final[Mapping[str, str]] = {
    "page": "page_param",
    "offset": "offset_param",
    "cursor": "cursor_param",
    "url": "page_url",
}


class Pagination(TypedDict, total=False):
    """An operation's ``x-pagination``, with the generated names beside the wire names.

    ``*_attr`` are dotted attribute paths into the generated response model (``items_attr`` empty: the body is the
    item list); ``*_arg`` are the generated function's argument names; the plain keys are the spec's JSON paths and
    query parameters. Style ``url`` reads the next page's URL from ``next_attr`` (a body field) or from the response's
    RFC 8288 ``Link`` header under the relation ``next_link``, and passes it as ``page_url_arg``.
    """

    style: Required[PagingStyle]
    items: str
    items_attr: Required[str]
    next: str
    next_attr: str
    next_link: str
    page_url_arg: str
    has_more: str
    has_more_attr: str
    total: str
    total_attr: str
    page_param: str
    page_param_arg: str
    offset_param: str
    offset_param_arg: str
    cursor_param: str
    cursor_param_arg: str
    limit_param: str
    limit_param_arg: str
    first_page: int


class Operation(TypedDict):
    """One entry of ``OPERATIONS``."""

    method: str
    operation_id: str
    path: str
    scopes: list[str]
    security: list[str]
    tag: str
    resource: str  # the client attribute of the operation's tag (``meetings`` of ``diio.meetings.list``)
    resource_method: str  # the resource's method (``list``)
    # A declaration, ``False`` when the spec says the operation cannot be paged (``x-pagination: false``), or absent.
    pagination: NotRequired[Pagination | Literal[False]]


OperationTable = Mapping[str, Operation]


class OperationTableError(TalkwireError):
    """A generated operation table does not fit the contract (a generator or template change broke it)."""


class _Named(Protocol):
    __name__: str


def operation_key(operation: ModuleType | _Named) -> str:
    """The table key of a generated operation module: its short name."""
    return operation.__name__.rsplit(".", 1)[-1]


def operation_of(request: httpx.Request) -> str | None:
    """The key of the generated operation that built this request, or None for a request built by hand."""
    operation = request.extensions.get(OPERATION_EXTENSION)
    return operation if isinstance(operation, str) else None


_FIELDS: Mapping[str, type | tuple[type, ...]] = {
    "method": str,
    "operation_id": str,
    "path": str,
    "scopes": list,
    "security": list,
    "tag": str,
    "resource": str,
    "resource_method": str,
}


def _check_pagination(where: str, pagination: object) -> None:
    if pagination is False:
        return
    if not isinstance(pagination, Mapping):
        raise OperationTableError(f"{where}: `pagination` is {type(pagination).__name__}, not a declaration or False")
    style = pagination.get("style")
    position_parameter = POSITION_PARAMETER.get(style) if isinstance(style, str) else None
    if position_parameter is None:
        raise OperationTableError(
            f"{where}: pagination `style` is {style!r}, not one of {', '.join(POSITION_PARAMETER)}"
        )
    position = f"{position_parameter}_arg"
    if not isinstance(pagination.get("items_attr"), str):
        raise OperationTableError(f"{where}: {style} paging needs `items_attr`")
    if not isinstance(pagination.get(position), str) or not pagination[position]:
        raise OperationTableError(f"{where}: {style} paging needs `{position}`")
    if style == "cursor" and not pagination.get("next_attr"):
        raise OperationTableError(f"{where}: cursor paging needs `next_attr` (where the next cursor is read)")
    if style == "url" and bool(pagination.get("next_attr")) == bool(pagination.get("next_link")):
        raise OperationTableError(
            f"{where}: url paging needs one of `next_attr` (a body field) and `next_link` (a Link header relation)"
        )


def operation_table(raw: Mapping[str, Mapping[str, Any]], *, source: str) -> OperationTable:
    """``raw`` (a generated ``OPERATIONS``) checked against the contract, typed; ``source`` names it in errors."""
    for key, entry in raw.items():
        where = f"{source}[{key!r}]"
        for field, kind in _FIELDS.items():
            if not isinstance(entry.get(field), kind):
                raise OperationTableError(f"{where}: `{field}` is missing or not a {getattr(kind, '__name__', kind)}")
        if "pagination" in entry:
            _check_pagination(where, entry["pagination"])
    return cast(OperationTable, raw)
