"""A vendor's overlaid spec, as the fake reads it: the document the generated package ships and its operation table.

Every generated package carries the overlaid spec it was generated from (``talkwire_<vendor>_api/openapi.json`` in its
wheel, ``openapi.json`` beside the package in the source tree) and
its operation table (``_operations.OPERATIONS``, keyed by the generated module name). ``VendorSpec`` puts the two
side by side: each ``SpecOperation`` is a table entry with its operation object of the document, its parameters
(path-level ones merged, each schema inlined) and its security, so that a check or an answer names the operation by
the key users know it by (``list_meetings``).
"""

from __future__ import annotations

import copy
import functools
import importlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from talkwire_core.testing import _schemas

# The name of the overlaid spec inside a generated package (scripts/generation writes it there).
PACKAGED_SPEC = "openapi.json"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header, cookie
    required: bool
    schema: Any = field(repr=False)  # inlined, the parameter's example first among its examples


@dataclass(frozen=True)
class SpecOperation:
    """One operation: its table entry's facts beside its operation object in the document."""

    vendor: str  # who it belongs to, for messages
    key: str  # the generated module name, the key of OPERATIONS
    operation_id: str
    method: str  # upper case
    path: str  # the spec's path template, relative to the server
    node: dict[str, Any] = field(repr=False)
    parameters: tuple[Parameter, ...] = field(repr=False)
    security: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ()
    entry: Mapping[str, Any] = field(default_factory=dict, repr=False)  # the table entry, as generated

    def __str__(self) -> str:
        return f"{self.vendor} {self.key} ({self.method} {self.path}, operationId {self.operation_id})"

    @property
    def pagination(self) -> Mapping[str, Any] | None:
        """The operation's paging declaration, or None when it does not page."""
        declared = self.entry.get("pagination")
        return declared if isinstance(declared, Mapping) else None


class SpecLoadError(LookupError):
    """The spec and the operation table do not fit together (a package generated from another spec)."""


def operation_nodes(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation object) of every operation of the document."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            node = item.get(method)
            if isinstance(node, dict):
                yield path, method, node


class VendorSpec:
    """The overlaid spec `document` and the operation table `operations` (a generated ``OPERATIONS``), checked to
    fit: every table entry names an operation of the document by method and path. ``label`` names the vendor in
    messages."""

    def __init__(self, document: dict[str, Any], operations: Mapping[str, Mapping[str, Any]], *, label: str) -> None:
        self.document = document
        self.label = label
        self.operations: dict[str, SpecOperation] = {}
        paths = document.get("paths") or {}
        for key, entry in sorted(operations.items()):
            path, method = str(entry["path"]), str(entry["method"]).lower()
            node = (paths.get(path) or {}).get(method)
            if not isinstance(node, dict):
                raise SpecLoadError(
                    f"{label}: {key} is {method.upper()} {path} in the operation table, which the spec does not have "
                    "(the package was generated from another spec: regenerate it)"
                )
            self.operations[key] = SpecOperation(
                vendor=label,
                key=key,
                operation_id=str(entry.get("operation_id", node.get("operationId", key))),
                method=method.upper(),
                path=path,
                node=node,
                parameters=_parameters(document, path, node),
                security=tuple(entry.get("security", ())),
                scopes=tuple(entry.get("scopes", ())),
                entry=entry,
            )

    def __repr__(self) -> str:
        return f"VendorSpec({self.label!r}, {len(self.operations)} operations)"

    @functools.cached_property
    def server_path(self) -> str:
        """The path part of the spec's first server (Dstny's ``/api/v1``; empty for a server at the root)."""
        servers = self.document.get("servers") or [{"url": "/"}]
        url = str(servers[0].get("url", "/"))
        for name, variable in (servers[0].get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", name)))
        return urlsplit(url).path.rstrip("/")

    @functools.cached_property
    def security_schemes(self) -> dict[str, dict[str, Any]]:
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}
        return {name: _schemas.resolve(self.document, scheme) for name, scheme in schemes.items()}

    def document_for(self, base_url: str) -> dict[str, Any]:
        """The document with its servers replaced by `base_url`, so request validation matches our host: the
        document's own, and those a path or an operation names (Twilio repeats its server on every path)."""
        document = copy.copy(self.document)
        document["servers"] = [{"url": base_url}]
        paths: dict[str, Any] = {}
        for path, item in (document.get("paths") or {}).items():
            item = {key: value for key, value in item.items() if key != "servers"}
            for method, operation in item.items():
                if isinstance(operation, dict) and "servers" in operation:
                    item[method] = {key: value for key, value in operation.items() if key != "servers"}
            paths[path] = item
        document["paths"] = paths
        return document

    def is_credential(self, name: str, location: str) -> bool:
        """Whether a parameter carries credentials (the auth flow's business, not the caller's)."""
        for scheme in self.security_schemes.values():
            if scheme.get("type") == "apiKey" and scheme.get("name") == name and scheme.get("in") == location:
                return True
        return location == "header" and name.lower() == "authorization"


def _parameters(document: dict[str, Any], path: str, operation: dict[str, Any]) -> tuple[Parameter, ...]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(document["paths"][path].get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = _schemas.resolve(document, raw)
        merged[(parameter["name"], parameter["in"])] = parameter
    return tuple(
        Parameter(
            name=name,
            location=location,
            required=bool(parameter.get("required", location == "path")),
            schema=_parameter_schema(document, parameter),
        )
        for (name, location), parameter in merged.items()
    )


def _parameter_schema(document: dict[str, Any], parameter: dict[str, Any]) -> Any:
    schema = _schemas.inline(document, parameter.get("schema", {"type": "string"}))
    example = parameter.get("example")
    if example is None and isinstance(parameter.get("examples"), dict):
        first = next(iter(parameter["examples"].values()), None)
        example = (_schemas.resolve(document, first) or {}).get("value") if first else None
    if example is not None and isinstance(schema, dict):
        schema = {**schema, "examples": [example, *schema.get("examples", [])]}
    return schema


@functools.cache
def packaged_spec(api_package: str, *, label: str) -> VendorSpec:
    """The spec a generated package ships, beside its operation table (read once per process): inside the package
    in a wheel (the build puts it there), beside it in a source tree or an editable install."""
    package = resources.files(api_package)
    for candidate in (package.joinpath(PACKAGED_SPEC), package.joinpath("..", PACKAGED_SPEC)):
        try:
            text = candidate.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            continue
        break
    else:
        raise SpecLoadError(
            f"{api_package} ships no {PACKAGED_SPEC}: install a release of it that does (talkwire packages carry "
            "their spec since the testing extra was introduced)"
        )
    table = importlib.import_module(f"{api_package}._operations").OPERATIONS
    return VendorSpec(json.loads(text), table, label=label)
