"""The resources of a generated package: one per tag on the client (`client.meetings`), with a method per operation
(`list`, `get`) and a typed auto-paging method per operation that declares paging (`list_all`), named by the rule of
scripts/spec/method_names.py.

This module computes them from the spec model and the generator's parsed endpoints, and refuses, every problem at
once and each located at the operation (or its `x-talkwire-method`), what would make a client ambiguous: two methods
of one resource with one name, a name the client or a resource already uses, an `x-talkwire-method` that is not a
method name, and a paging declaration whose item list the response model does not have. The templates
(`client.py.jinja`, `resource.py.jinja`, `reference.md.jinja`) write what this computes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scripts.spec import pointer
from scripts.spec.method_names import (
    METHOD_EXTENSION,
    auto_paging_name,
    method_name,
    method_name_problem,
)
from scripts.spec.model import Operation, Spec, python_name
from scripts.spec.paging import PAGE_URL_ARGUMENT, URL_STYLE
from scripts.spec.source import InvalidSpecError, SpecError

if TYPE_CHECKING:
    from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
    from openapi_python_client.strings import PythonIdentifier

# Attributes a vendor client already has (the generated client's, talkwire-core's VendorClient's and the async
# view's): a resource of one of these names would hide it. tests/surface checks this list against the classes.
CLIENT_ATTRIBUTES = frozenset(
    {
        "aclose",
        "aio",
        "aiterate_pages",
        "apaginate",
        "auth_flow",
        "base_url",
        "call_args",
        "client",
        "close",
        "get_async_httpx_client",
        "get_httpx_client",
        "iterate_pages",
        "paginate",
        "raise_on_unexpected_status",
        "set_async_httpx_client",
        "set_httpx_client",
        "vendor",
        "with_options",
    }
)
# What every resource has besides its methods.
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response"})


@dataclass(frozen=True)
class Paging:
    """A method's auto-paging twin: its name, the argument the walk sets, the type of the items it yields and of
    the pages it walks (the JSON body: a list that can also answer an export, as text or bytes, is walked only as
    JSON, and talkwire-core's walk refuses a page that is not)."""

    name: str
    position: str
    item_type: str
    item_imports: tuple[str, ...]
    page_type: str


@dataclass(frozen=True)
class Method:
    name: str
    operation: str  # the generated module's name, the key of the operation table
    endpoint: Endpoint
    paging: Paging | None

    @property
    def names(self) -> list[str]:
        """The resource attributes it gives: its name, and its auto-paging twin's."""
        return [self.name, *([self.paging.name] if self.paging else [])]


@dataclass(frozen=True)
class Resource:
    attribute: str  # the client attribute and the `api.<tag>` package
    class_name: str  # `PhoneCalls`: the resource classes are PhoneCallsResource, AsyncPhoneCallsResource, ...
    tag: str  # as the spec spells it
    methods: tuple[Method, ...]

    @property
    def attribute_names(self) -> list[str]:
        return [name for method in self.methods for name in method.names]


def resources(spec: Spec, collections: Mapping[PythonIdentifier, EndpointCollection]) -> list[Resource]:
    """Every resource of the package, sorted by attribute; an InvalidSpecError lists every naming problem."""
    by_module = {operation.python_name: operation for operation in spec.operations}
    problems: list[SpecError] = []
    found: list[Resource] = []
    for attribute, collection in sorted(collections.items()):
        methods: list[Method] = []
        taken: dict[str, Operation | None] = dict.fromkeys(RESOURCE_ATTRIBUTES)
        for endpoint in collection.endpoints:
            operation = by_module[python_name(str(endpoint.name))]
            method = _method(spec, operation, endpoint, problems)
            if method is None:
                continue
            for name in method.names:
                problem = _name_taken(attribute, name, taken)
                if problem is not None:
                    problems.append(spec.error(_named_at(operation), problem))
                taken.setdefault(name, operation)
            methods.append(method)
        first = by_module[python_name(str(collection.endpoints[0].name))]
        if attribute in CLIENT_ATTRIBUTES:
            problems.append(
                spec.error(
                    pointer_of_tag(first),
                    f"tag {first.tag!r} would be the client attribute `{attribute}`, which the client already "
                    "has: rename the tag in the overlay document",
                )
            )
        found.append(Resource(attribute, _class_name(attribute), first.tag, tuple(methods)))
    if problems:
        raise InvalidSpecError(problems)
    return found


def _method(spec: Spec, operation: Operation, endpoint: Endpoint, problems: list[SpecError]) -> Method | None:
    override = operation.node.get(METHOD_EXTENSION)
    if override is not None:
        problem = method_name_problem(override)
        if problem is not None:
            problems.append(spec.error(pointer.child(operation.pointer, METHOD_EXTENSION), problem))
            return None
    name = method_name(operation)
    paging = None
    declared = operation.node.get("x-pagination")
    if isinstance(declared, dict):
        try:
            paging = _paging(name, declared, endpoint)
        except ValueError as problem:
            problems.append(spec.error(pointer.child(operation.pointer, "x-pagination"), str(problem)))
            return None
    return Method(name, operation.python_name, endpoint, paging)


def _name_taken(resource: str, name: str, taken: Mapping[str, Operation | None]) -> str | None:
    if name not in taken:
        return None
    holder = taken[name]
    if holder is None:
        return f"its method would be `{resource}.{name}`, which every resource has: set {METHOD_EXTENSION}"
    return (
        f"its method would be `{resource}.{name}`, which is also {holder} ({holder.python_name})'s: give one of "
        f"them {METHOD_EXTENSION} in the spec or overlay document"
    )


def _named_at(operation: Operation) -> str:
    """Where the operation's method name comes from: its `x-talkwire-method`, else the operation."""
    if METHOD_EXTENSION in operation.node:
        return pointer.child(operation.pointer, METHOD_EXTENSION)
    return operation.pointer


def pointer_of_tag(operation: Operation) -> str:
    return pointer.child(operation.pointer, "tags", 0) if operation.node.get("tags") else operation.pointer


def _class_name(attribute: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in attribute.split("_") if part)


# --- the item type of a paged operation ----------------------------------------------------------------------------


def _paging(method: str, declared: dict[str, Any], endpoint: Endpoint) -> Paging:
    """The auto-paging twin of `method`; ValueError saying what the response model lacks."""
    style = declared.get("style")
    # Style url: the walk sets the next page's URL, the argument the generated functions add for it.
    position = PAGE_URL_ARGUMENT if style == URL_STYLE else declared.get(f"{style}_param")
    if not isinstance(position, str):
        raise ValueError(f"style {style!r} names no position parameter")
    items = str(declared.get("items", ""))
    page = _page_property(endpoint)
    inner = _item_property(page, items)
    imports = tuple(sorted({*inner.get_imports(prefix=".."), *inner.get_lazy_imports(prefix="..")}))
    item_type = inner.get_type_string().as_unembedded_code()
    page_type = page.get_type_string().as_unembedded_code()
    return Paging(auto_paging_name(method), python_name(position), item_type, imports, page_type)


def _page_property(endpoint: Endpoint) -> Any:
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if low >= 200 and high <= 299 and _unwrapped(response.prop) is not None:
            return _unwrapped(response.prop)
    raise ValueError("the operation documents no 2xx response with a body to page through")


def _unwrapped(prop: Any) -> Any:
    """A property without its nullability (`X | None` is X); None for a property that is no value."""
    kind = type(prop).__name__
    if kind == "NoneProperty":
        return None
    if kind == "UnionProperty":
        values = [inner for inner in prop.inner_properties if type(inner).__name__ != "NoneProperty"]
        return values[0] if len(values) == 1 else prop
    return prop


def _item_property(page: Any, items: str) -> Any:
    """The property of one item of the list at the dotted path `items` of the page model (empty: the page is the
    list)."""
    current = page
    walked: list[str] = []
    for part in filter(None, items.split(".")):
        fields = {field.python_name: field for field in _fields(current)}
        field = fields.get(python_name(part))
        if field is None:
            where = ".".join(walked) or "the response"
            raise ValueError(f"`items: {items}`: {where} has no field `{part}`")
        current = _unwrapped(field)
        walked.append(part)
    if type(current).__name__ != "ListProperty":
        raise ValueError(f"`items: {items}` is not a list in the response")
    return current.inner_property


def _fields(model: Any) -> Sequence[Any]:
    if type(model).__name__ != "ModelProperty":
        return []
    return [*(model.required_properties or []), *(model.optional_properties or [])]
