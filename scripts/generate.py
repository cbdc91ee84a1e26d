"""Regenerate generated/<vendor>/ from the vendor's spec: overlay, validate, openapi-python-client, swap in.

Deterministic (same inputs give byte-identical trees), atomic (output is built in a temporary directory beside
generated/<vendor>/ and renamed into place only when everything succeeded, so a failure leaves the last good
output), and incremental (a vendor whose inputs hash to the fingerprint recorded in its stamp is skipped).
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.fingerprint import hash_inputs, hash_tree
from scripts.package_files import (
    core_requirement,
    render_operations_module,
    render_pyproject,
    render_readme,
)
from scripts.registry import Registry, Vendor
from scripts.release_state import changelog_path
from scripts.specs import LoadedSpec, SpecError, iter_operations, load_vendor_spec
from scripts.webhook_models import render_webhook_module, webhook_payload_schemas

STAMP = ".talkwire-generated.json"
OVERLAID_SPEC = "openapi.json"
# Pipeline modules whose code shapes the output; a change to any of them regenerates every vendor.
_PIPELINE_FILES = ("generate.py", "package_files.py", "overlay.py", "specs.py", "webhook_models.py")


class GenerationError(RuntimeError):
    """Generation of one vendor failed; the message names the file and location or the generator's warnings."""


@dataclass(frozen=True)
class GenerationResult:
    vendor: str
    status: str  # "generated" or "up to date"
    operations: int
    models: int
    seconds: float

    def line(self) -> str:
        return (
            f"{self.vendor:<8} {self.status:<10} {self.operations:>4} operations {self.models:>4} models "
            f"{self.seconds:6.2f}s"
        )


def _version_of(distribution: str) -> str:
    from importlib.metadata import version

    return version(distribution)


def generator_version() -> str:
    return _version_of("openapi-python-client")


def ruff_version() -> str:
    return _version_of("ruff")


def input_fingerprint(registry: Registry, vendor: Vendor) -> str:
    """Hash of the spec, overlay document, templates, pipeline code, generator and settings of this vendor."""
    files = [vendor.spec, *(path for path in [vendor.overlay] if path is not None)]
    files.append(changelog_path(registry.root, vendor.key))
    files += [path for path in registry.templates.rglob("*") if path.is_file()]
    files += [registry.root / "scripts" / name for name in _PIPELINE_FILES]
    settings = {
        "generator": generator_version(),
        "ruff": ruff_version(),
        "datamodel-code-generator": _version_of("datamodel-code-generator"),
        "api_distribution": vendor.api_distribution,
        "version": vendor.version,
        "core_requirement": core_requirement(registry),
        "title": vendor.title,
    }
    return hash_inputs(files, registry.root, settings)


def read_stamp(output_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((output_dir / STAMP).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_up_to_date(registry: Registry, vendor: Vendor) -> bool:
    """True when generated/<vendor>/ was produced from the current inputs and has not been edited since."""
    output_dir = registry.generated_dir / vendor.key
    stamp = read_stamp(output_dir)
    return (
        stamp is not None
        and stamp.get("inputs") == input_fingerprint(registry, vendor)
        and stamp.get("tree") == hash_tree(output_dir, exclude=frozenset({STAMP}))
    )


def generate_vendor(registry: Registry, vendor: Vendor, *, force: bool = False) -> GenerationResult:
    """Regenerate one vendor unless it is up to date (or `force`); raise GenerationError/SpecError on failure."""
    started = time.perf_counter()
    output_dir = registry.generated_dir / vendor.key
    if not force and is_up_to_date(registry, vendor):
        stamp = read_stamp(output_dir) or {}
        return GenerationResult(
            vendor.key,
            "up to date",
            stamp.get("operations", 0),
            stamp.get("models", 0),
            time.perf_counter() - started,
        )
    fingerprint = input_fingerprint(registry, vendor)
    loaded = load_vendor_spec(vendor)
    if loaded.overlay_warnings:
        # The spec moved under the overlay document: generating anyway would silently drop a fix or a name.
        raise GenerationError(
            "\n".join(
                [
                    f"{vendor.overlay}: {len(loaded.overlay_warnings)} action(s) matched nothing (warnings are errors here):"
                ]
                + [f"  - {warning}" for warning in loaded.overlay_warnings]
            )
        )
    registry.generated_dir.mkdir(parents=True, exist_ok=True)
    staging_root = Path(tempfile.mkdtemp(prefix=f".staging-{vendor.key}-", dir=registry.generated_dir))
    try:
        staged = staging_root / vendor.key
        models = _render_package(registry, loaded, staged)
        operations = len(iter_operations(loaded.document))
        stamp = {
            "generator": f"openapi-python-client {generator_version()}",
            "inputs": fingerprint,
            "models": models,
            "operations": operations,
            "tree": hash_tree(staged),
        }
        (staged / STAMP).write_text(json.dumps(stamp, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        _swap_into_place(staged, output_dir)
    finally:
        shutil.rmtree(staging_root, ignore_errors=True)
    return GenerationResult(vendor.key, "generated", operations, models, time.perf_counter() - started)


def _render_package(registry: Registry, loaded: LoadedSpec, staged: Path) -> int:
    """Write the whole distribution into `staged`; return the number of models."""
    vendor = loaded.vendor
    staged.mkdir(parents=True)
    spec_path = staged / OVERLAID_SPEC
    spec_path.write_text(json.dumps(loaded.document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # Written first: its [tool.ruff] table is the formatting config the generator's ruff hooks pick up, so the
    # output does not depend on whatever ruff config sits above generated/.
    has_webhooks = bool(webhook_payload_schemas(loaded.document))
    (staged / "pyproject.toml").write_text(render_pyproject(registry, vendor, has_webhooks), encoding="utf-8")
    package_dir = staged / vendor.api_package
    _run_generator(registry, vendor, spec_path, package_dir)
    webhook_module = render_webhook_module(loaded.document)
    if webhook_module is not None:
        (package_dir / "webhook_events.py").write_text(webhook_module, encoding="utf-8")
        _format_python(package_dir / "webhook_events.py")
    operations_module = package_dir / "_operations.py"
    operations_module.write_text(render_operations_module(loaded.document, package_dir), encoding="utf-8")
    _format_python(operations_module)
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    (staged / "README.md").write_text(render_readme(vendor, loaded.document), encoding="utf-8")
    # The changelog is the release pipeline's (scripts/versioning.py); shipped with the package once it exists.
    changelog = changelog_path(registry.root, vendor.key)
    if changelog.exists():
        shutil.copyfile(changelog, staged / "CHANGELOG.md")
    models_dir = package_dir / "models"
    return len([path for path in models_dir.glob("*.py") if path.name != "__init__.py"]) if models_dir.exists() else 0


def _ruff() -> str:
    """The ruff installed beside this interpreter (the pinned one), else whatever is on PATH."""
    ruff = Path(sys.executable).parent / "ruff"
    return str(ruff) if ruff.exists() else "ruff"


def _format_python(path: Path) -> None:
    subprocess.run([_ruff(), "format", "--quiet", str(path)], check=True, cwd=path.parent)


def _run_generator(registry: Registry, vendor: Vendor, spec_path: Path, package_dir: Path) -> None:
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    ruff_command = _ruff()
    config = Config.from_sources(
        ConfigFile(
            project_name_override=vendor.api_distribution,
            package_name_override=vendor.api_package,
            package_version_override=vendor.version,
            post_hooks=[f"{ruff_command} check . --fix-only --extend-select=I", f"{ruff_command} format ."],
        ),
        MetaType.NONE,
        spec_path,
        "utf-8",
        True,
        package_dir,
    )
    # The generator prints progress to stdout; keep our output to one line per vendor.
    with contextlib.redirect_stdout(io.StringIO()):
        problems = generate(config=config, custom_template_path=registry.templates)
    if problems:
        lines = [
            f"{vendor.spec}: openapi-python-client reported {len(problems)} problem(s) (warnings are errors here):"
        ]
        for problem in problems:
            detail = f": {problem.detail}" if problem.detail else ""
            lines.append(f"  - {problem.level.value}: {problem.header}{detail}")
        raise GenerationError("\n".join(lines))
    if not package_dir.is_dir():
        raise GenerationError(f"{vendor.spec}: the generator produced no package at {package_dir}")


def _swap_into_place(staged: Path, output_dir: Path) -> None:
    """Replace output_dir with staged using renames on one filesystem; the old tree survives any failure."""
    retired = output_dir.with_name(f".retired-{output_dir.name}")
    shutil.rmtree(retired, ignore_errors=True)
    if output_dir.exists():
        output_dir.rename(retired)
    try:
        staged.rename(output_dir)
    except OSError:
        if retired.exists():
            retired.rename(output_dir)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.generate [--force] [vendor ...]`: regenerate, one line per vendor."""
    import argparse

    from scripts.registry import ROOT, RegistryError, load_registry

    parser = argparse.ArgumentParser(prog="generate", description=__doc__)
    parser.add_argument("vendors", nargs="*", help="vendors to regenerate (default: all)")
    parser.add_argument("--force", action="store_true", help="regenerate even when inputs are unchanged")
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root (default: this checkout)")
    args = parser.parse_args(argv)
    try:
        registry = load_registry(args.root)
        vendors = registry.select(args.vendors)
    except RegistryError as exc:
        print(f"generate: {exc}", file=sys.stderr)
        return 2
    failures = 0
    for vendor in vendors:
        try:
            result = generate_vendor(registry, vendor, force=args.force)
        except (SpecError, GenerationError) as exc:
            failures += 1
            print(f"{vendor.key:<8} FAILED; generated/{vendor.key}/ left as it was\n{exc}", file=sys.stderr)
            continue
        print(result.line())
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
