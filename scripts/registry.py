"""The vendor registry: which vendors exist and where their inputs live, read from pyproject.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class RegistryError(ValueError):
    """pyproject.toml's [tool.talkwire] table is missing something or names a file that does not exist."""


@dataclass(frozen=True)
class Vendor:
    """One vendor: its spec, its overlay document, and the names of its distributions."""

    key: str
    title: str
    spec: Path
    overlay: Path | None
    org_prefix: str
    # The version of the first release; later ones are recorded under releases/ (scripts/release/state.py).
    first_version: str = "0.1.0"
    upstream: str | None = None

    @property
    def api_distribution(self) -> str:
        return f"{self.org_prefix}-{self.key}-api"

    @property
    def api_package(self) -> str:
        return self.api_distribution.replace("-", "_")

    @property
    def client_distribution(self) -> str:
        return f"{self.org_prefix}-{self.key}"

    @property
    def client_package(self) -> str:
        return self.client_distribution.replace("-", "_")

    @property
    def client_class(self) -> str:
        """The overlay package's client class, by convention `<Vendor>Client`."""
        return f"{self.key.capitalize()}Client"


@dataclass(frozen=True)
class Registry:
    root: Path
    org_prefix: str
    templates: Path
    vendors: dict[str, Vendor]

    def select(self, names: list[str]) -> list[Vendor]:
        """The vendors named (all when none are), in registry order; an unknown name is an error."""
        if not names:
            return list(self.vendors.values())
        unknown = [name for name in names if name not in self.vendors]
        if unknown:
            raise RegistryError(
                f"unknown vendor(s) {', '.join(unknown)}; known: {', '.join(self.vendors)} (pyproject.toml)"
            )
        return [self.vendors[name] for name in names]

    @property
    def generated_dir(self) -> Path:
        return self.root / "generated"

    @property
    def core_dir(self) -> Path:
        return self.root / "overlays" / "core"

    @property
    def core_distribution(self) -> str:
        return f"{self.org_prefix}-core"


def load_registry(root: Path = ROOT) -> Registry:
    """Read [tool.talkwire] from root/pyproject.toml."""
    pyproject = root / "pyproject.toml"
    with pyproject.open("rb") as handle:
        table = tomllib.load(handle).get("tool", {}).get("talkwire")
    if not isinstance(table, dict):
        raise RegistryError(f"{pyproject}: no [tool.talkwire] table")
    prefix = table.get("org_prefix", "talkwire")
    vendors: dict[str, Vendor] = {}
    for key, entry in table.get("vendors", {}).items():
        if "spec" not in entry:
            raise RegistryError(f"{pyproject}: [tool.talkwire.vendors.{key}] has no `spec`")
        overlay = entry.get("overlay")
        vendors[key] = Vendor(
            key=key,
            title=entry.get("title", key),
            spec=root / entry["spec"],
            overlay=root / overlay if overlay else None,
            org_prefix=prefix,
            first_version=str(entry.get("version", "0.1.0")),
            upstream=entry.get("upstream"),
        )
    return Registry(
        root=root,
        org_prefix=prefix,
        templates=root / table.get("templates", "scripts/templates"),
        vendors=vendors,
    )
