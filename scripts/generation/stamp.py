"""What generated/<vendor>/ was generated from: the fingerprint of its inputs, and the stamp that records it.

The inputs are the spec, the overlay document, our templates, the pipeline code that shapes the output, the pinned
generator and formatters, and the vendor's settings. Nothing of a release (version, changelog) is among them: those
are stamped into the build copy (scripts/release/build.py), so a release never regenerates anything.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path

from scripts.fingerprint import STAMP, fingerprint, tree_fingerprint
from scripts.registry import Registry, Vendor

# The modules whose code shapes generated output (relative to scripts/); a change to any regenerates every vendor.
# tests/pipeline/test_generate.py checks that every module of scripts/spec and scripts/generation is here or in
# NOT_SHAPING_OUTPUT, so a new module cannot be forgotten.
GENERATION_CODE = (
    "spec/source.py",
    "spec/pointer.py",
    "spec/overlay.py",
    "spec/naming.py",
    "spec/method_names.py",
    "spec/model.py",
    "spec/paging.py",
    "spec/load.py",
    "generation/generate.py",
    "generation/project.py",
    "generation/operations.py",
    "generation/resources.py",
    "generation/raises.py",
    "generation/filters.py",
    "generation/media.py",
    "generation/webhooks.py",
    "generation/stamp.py",
    "generation/layout.py",
)
# The other modules of those packages (checks, entry points, package docs): editing them regenerates nothing.
NOT_SHAPING_OUTPUT = (
    "spec/__init__.py",
    "spec/validate.py",
    "spec/lint.py",
    "spec/formats.py",
    "spec/diff.py",
    "generation/__init__.py",
    "generation/__main__.py",
    "generation/drift.py",
)
# Pinned tools whose version shapes the output.
TOOLS = ("openapi-python-client", "ruff", "datamodel-code-generator")


@dataclass(frozen=True)
class Stamp:
    """generated/<vendor>/.talkwire-generated.json."""

    generator: str
    inputs: str  # input_fingerprint() when it was generated
    tree: str  # tree_fingerprint() of what was generated
    operations: int
    models: int


def core_requirement(registry: Registry) -> str:
    """`talkwire-core>=X.Y.Z,<next`: the runtime the generated errors module imports (from overlays/core)."""
    with (registry.core_dir / "pyproject.toml").open("rb") as handle:
        core_version = str(tomllib.load(handle)["project"]["version"])
    major, minor, *_ = (int(part) for part in core_version.split("."))
    upper = f"{major + 1}" if major > 0 else f"0.{minor + 1}"
    return f"{registry.core_distribution}>={core_version},<{upper}"


def input_fingerprint(registry: Registry, vendor: Vendor) -> str:
    """The fingerprint of everything generated/<vendor>/ is a function of."""
    files = [vendor.spec, *([vendor.overlay] if vendor.overlay is not None else [])]
    files += [path for path in registry.templates.rglob("*") if path.is_file()]
    files += [registry.root / "scripts" / name for name in GENERATION_CODE]
    settings = {tool: version(tool) for tool in TOOLS}
    settings |= {
        "api_distribution": vendor.api_distribution,
        "core_requirement": core_requirement(registry),
        "title": vendor.title,
    }
    return fingerprint([path for path in files if path.exists()], registry.root, settings)


def read_stamp(output_dir: Path) -> Stamp | None:
    try:
        data = json.loads((output_dir / STAMP).read_text(encoding="utf-8"))
        return Stamp(**{name: data[name] for name in Stamp.__dataclass_fields__})
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        return None


def write_stamp(output_dir: Path, stamp: Stamp) -> None:
    text = json.dumps(asdict(stamp), indent=2, sort_keys=True) + "\n"
    (output_dir / STAMP).write_text(text, encoding="utf-8")


def staleness(registry: Registry, vendor: Vendor, inputs: str | None = None) -> str | None:
    """Why generated/<vendor>/ is not what its inputs produce (their fingerprint: `inputs`), or None when it is."""
    output_dir = registry.generated_dir / vendor.key
    stamp = read_stamp(output_dir)
    if stamp is None:
        return f"generated/{vendor.key}/ is missing or has no {STAMP}"
    if stamp.inputs != (inputs or input_fingerprint(registry, vendor)):
        return "its inputs changed since it was generated (spec, overlay, templates, generator or settings)"
    if stamp.tree != tree_fingerprint(output_dir):
        return f"files under generated/{vendor.key}/ differ from what was generated (edited by hand?)"
    return None
