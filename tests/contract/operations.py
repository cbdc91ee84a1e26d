"""Every operation of every vendor, as the contract tests see it: the overlaid spec's operation object beside the
generated module that calls it.

The list comes from two sources that must agree: OPERATIONS in ``talkwire_<vendor>_api/_operations.py`` (what the
generated package offers) and the overlaid spec (what the contract says). An operation in one and not the other
fails loudly in ``load_contract``. A registered vendor whose contract cannot be loaded (its spec does not load, its
package was never generated or no longer matches the spec) is not tested: ``not_generated`` says why, a test reports
it, and every other vendor is still tested.

The vendors are those of the repository's registry, or of the registry at ``TALKWIRE_CONTRACT_ROOT`` (a directory
laid out as this repository, with its own pyproject.toml: tests/realworld runs the suite over published specs that
way, their generated packages on the PYTHONPATH).

Each operation's parameters, the server path and the document served under another origin are talkwire-core's
reading of the spec (``talkwire_core.testing._spec.VendorSpec``, the fake's), built once the two sources agree.
"""

from __future__ import annotations

import functools
import importlib
import os
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from talkwire_core.testing._spec import Parameter, VendorSpec

from scripts.registry import ROOT, Registry, Vendor, load_registry
from scripts.spec.load import load_spec
from scripts.spec.model import Spec
from scripts.spec.source import SpecError

# The host every in-process request goes to; the transport answers it, nothing leaves the process.
IN_PROCESS_HOST = "http://contract.test"


@dataclass(frozen=True)
class Operation:
    vendor: str
    name: str  # python name, the key of OPERATIONS
    operation_id: str
    method: str  # upper case
    path: str
    module: ModuleType
    spec: dict[str, Any] = field(repr=False)
    parameters: tuple[Parameter, ...] = field(repr=False)
    security: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.vendor}.{self.name}"

    def __str__(self) -> str:
        return f"{self.vendor} {self.name} ({self.method} {self.path}, operationId {self.operation_id})"


@dataclass
class Contract:
    """One vendor's overlaid spec, ready for the contract tests."""

    vendor: Vendor
    spec: VendorSpec  # the document and the generated operation table, read as the fake reads them
    operations: dict[str, Operation]

    @property
    def document(self) -> dict[str, Any]:
        return self.spec.document

    @property
    def key(self) -> str:
        return self.vendor.key

    @property
    def server_path(self) -> str:
        """The path part of the spec's first server (Dstny: /api/v1)."""
        return self.spec.server_path

    @property
    def in_process_base_url(self) -> str:
        return IN_PROCESS_HOST + self.server_path

    def document_for(self, base_url: str) -> dict[str, Any]:
        """The document with its servers replaced by `base_url` (see ``VendorSpec.document_for``)."""
        return self.spec.document_for(base_url)


# A repository root (its pyproject.toml's registry) whose vendors the suite tests instead of this repository's.
REGISTRY_ROOT_ENV = "TALKWIRE_CONTRACT_ROOT"


def contract_registry() -> Registry:
    """The registry whose vendors the contract tests exercise."""
    root = os.environ.get(REGISTRY_ROOT_ENV)
    return load_registry(Path(root) if root else ROOT)


def vendor_keys() -> list[str]:
    """Every registered vendor, tested or not (see ``generated_vendor_keys``)."""
    return list(contract_registry().vendors)


def generated_vendor_keys() -> list[str]:
    """The registered vendors whose contract loads: the ones the suite calls operations of."""
    return [vendor for vendor in vendor_keys() if vendor not in not_generated()]


@functools.cache
def not_generated() -> dict[str, str]:
    """{vendor: why its contract cannot be loaded} for each registered vendor the suite cannot test."""
    reasons: dict[str, str] = {}
    for vendor in vendor_keys():
        try:
            load_contract(vendor)
        except (SpecError, ImportError, LookupError) as exc:
            reasons[vendor] = f"{type(exc).__name__}: {exc}"
    return reasons


# "vendor=path,vendor=path": specs that replace the registered ones for this run (test_negative.py runs the
# contract tests against a deliberately broken copy this way).
SPEC_OVERRIDE_ENV = "TALKWIRE_CONTRACT_SPECS"


def _spec_overrides() -> dict[str, Path]:
    pairs = [item.split("=", 1) for item in os.environ.get(SPEC_OVERRIDE_ENV, "").split(",") if "=" in item]
    return {vendor.strip(): Path(path.strip()) for vendor, path in pairs}


def load_contract(vendor_key: str) -> Contract:
    """The vendor's contract, from its registered spec or the one ``TALKWIRE_CONTRACT_SPECS`` names."""
    return _load_contract(vendor_key, _spec_overrides().get(vendor_key))


@functools.cache
def _load_contract(vendor_key: str, spec_path: Path | None) -> Contract:
    vendor = contract_registry().vendors[vendor_key]
    if spec_path is not None:
        vendor = Vendor(
            key=vendor.key,
            title=vendor.title,
            spec=spec_path,
            overlay=vendor.overlay,
            org_prefix=vendor.org_prefix,
            first_version=vendor.first_version,
        )
    spec, operations = _operations(vendor, load_spec(vendor).document)
    return Contract(vendor=vendor, spec=spec, operations=operations)


def generated_operations(vendor: Vendor) -> dict[str, dict[str, Any]]:
    module = importlib.import_module(f"{vendor.api_package}._operations")
    operations: dict[str, dict[str, Any]] = module.OPERATIONS
    return operations


def _operation_modules(vendor: Vendor) -> dict[str, ModuleType]:
    api = importlib.import_module(f"{vendor.api_package}.api")
    modules: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            modules[info.name.rsplit(".", 1)[-1]] = module
    return modules


def _operations(vendor: Vendor, document: dict[str, Any]) -> tuple[VendorSpec, dict[str, Operation]]:
    """The spec as talkwire-core reads it and the operations, once the generated table and the spec agree."""
    declared = generated_operations(vendor)
    modules = _operation_modules(vendor)
    by_id = {op.operation_id: (op.path, op.method) for op in Spec.of(document).operations}
    for name, meta in sorted(declared.items()):
        if meta["operation_id"] not in by_id:
            raise LookupError(
                f"{vendor.key}: {name} (operationId {meta['operation_id']}) is in the generated package but not in "
                f"{vendor.spec.name}: regenerate, or restore the operation"
            )
        if name not in modules:
            raise LookupError(f"{vendor.key}: {name} is declared in _operations.py but has no module under api/")
        path, method = by_id[meta["operation_id"]]
        if (path, method.upper()) != (meta["path"], meta["method"]):
            raise LookupError(
                f"{vendor.key}: {name} is {meta['method']} {meta['path']} in the generated package but "
                f"{method.upper()} {path} in the spec: regenerate"
            )
    missing = sorted(str(key) for key in set(by_id) - {meta["operation_id"] for meta in declared.values()})
    if missing:
        raise LookupError(f"{vendor.key}: operations in the spec without generated code: {', '.join(missing)}")
    spec = VendorSpec(document, declared, label=vendor.key)
    operations = {
        name: Operation(
            vendor=vendor.key,
            name=name,
            operation_id=operation.operation_id,
            method=operation.method,
            path=operation.path,
            module=modules[name],
            spec=operation.node,
            parameters=operation.parameters,
            security=operation.security,
        )
        for name, operation in spec.operations.items()
    }
    return spec, operations
