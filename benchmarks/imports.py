"""Cold import: a fresh interpreter per round, timing only the import statements (interpreter start-up is the
same for every target). Targets: ``import httpx``; each vendor's overlay client plus one operation; and the same
Vida operation from openapi-python-client's default output for Vida's spec (generated here, bare)."""

from __future__ import annotations

import ast
import hashlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.environment import ROOT, WORK, VendorPackages, vendors

# CPU time of the importing process: an import from a warm file cache is CPU work, and wall time on a shared machine
# also counts the time other processes held the core (rounds then scatter by 3x).
_TIMER = "import sys, time\n{setup}\nstarted = time.process_time()\n{statement}\nprint(time.process_time() - started)\n"


@dataclass(frozen=True)
class ImportTarget:
    label: str
    statement: str
    setup: str = ""
    note: str = ""


def first_list_operation(vendor: VendorPackages) -> tuple[str, str]:
    """(module path, operation name) of the vendor's first paged operation by name, else its first operation."""
    operations_file = vendor.generated_dir / vendor.api_package / "_operations.py"
    operations = _literal_assignment(operations_file, "OPERATIONS")
    paged = sorted(name for name, meta in operations.items() if meta.get("pagination"))
    name = paged[0] if paged else sorted(operations)[0]
    matches = sorted((vendor.generated_dir / vendor.api_package / "api").glob(f"*/{name}.py"))
    if not matches:
        raise FileNotFoundError(f"{vendor.key}: no module for operation {name} under api/")
    tag = matches[0].parent.name
    return f"{vendor.api_package}.api.{tag}", name


def _literal_assignment(path: Path, name: str) -> dict[str, dict[str, object]]:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            if isinstance(target, ast.Name) and target.id == name and node.value is not None:
                value = ast.literal_eval(node.value)
                assert isinstance(value, dict)
                return value
    raise KeyError(f"{path}: no {name} = {{...}}")


def vendor_targets(python: Path) -> list[ImportTarget]:
    """One target per vendor with a generated package: its overlay client if that imports, else the generated
    package's client (marked)."""
    targets = []
    for vendor in vendors():
        if not vendor.has_generated:
            continue
        module, operation = first_list_operation(vendor)
        op_import = f"from {module} import {operation}"
        overlay = f"import {vendor.client_package}\n{op_import}"
        probe = subprocess.run([str(python), "-I", "-c", overlay], capture_output=True, text=True)
        if probe.returncode == 0:
            targets.append(ImportTarget(f"{vendor.key}: {vendor.client_package} + {operation}", overlay))
        else:
            generated = f"from {vendor.api_package}.client import AuthenticatedClient\n{op_import}"
            targets.append(
                ImportTarget(
                    f"{vendor.key}: {vendor.api_package}.client + {operation} (no overlay yet)",
                    generated,
                    note=f"{vendor.client_package} does not import yet; measured the generated package's client",
                )
            )
    return targets


def default_generator_output(generator: list[str]) -> Path:
    """openapi-python-client's default output for specs/vida.json (no templates, no config), generated once per
    spec version into benchmarks/.work/default-vida; returns the project directory (holding the package)."""
    spec = ROOT / "specs" / "vida.json"
    digest = hashlib.sha256(spec.read_bytes()).hexdigest()[:16]
    project = WORK / f"default-vida-{digest}"
    if not any(project.glob("*/client.py")):
        shutil.rmtree(project, ignore_errors=True)
        project.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [*generator, "generate", "--path", str(spec), "--output-path", str(project), "--overwrite"],
            check=True,
            capture_output=True,
            cwd=WORK,
        )
    return project


def default_target(project: Path, method: str, path: str) -> ImportTarget:
    """The module of the default output that sends `method path`."""
    package = next(project.glob("*/client.py")).parent
    for module in sorted((package / "api").glob("*/*.py")):
        text = module.read_text(encoding="utf-8")
        if f'"url": "{path}"' in text and f'"method": "{method.lower()}"' in text:
            statement = f"from {package.name}.api.{module.parent.name} import {module.stem}"
            return ImportTarget(
                f"vida: default generator output, {module.stem}",
                statement,
                setup=f"sys.path.insert(0, {str(project)!r})",
            )
    raise LookupError(f"default output has no module for {method} {path}")


def vida_operation_meta() -> tuple[str, str]:
    vida = next(v for v in vendors() if v.key == "vida")
    _, name = first_list_operation(vida)
    meta = _literal_assignment(vida.generated_dir / vida.api_package / "_operations.py", "OPERATIONS")[name]
    return str(meta["method"]), str(meta["path"])


def time_imports(python: Path, targets: list[ImportTarget], rounds: int) -> dict[str, list[float]]:
    """Seconds each target's import took, per round; rounds interleave the targets so drift hits all alike.

    One warm-up run per target first, so that byte-code compilation is not counted (a user's second start)."""
    results: dict[str, list[float]] = {target.label: [] for target in targets}
    for round_number in range(rounds + 1):
        for target in targets:
            code = _TIMER.format(setup=target.setup, statement=target.statement)
            done = subprocess.run([str(python), "-I", "-c", code], capture_output=True, text=True)
            if done.returncode != 0:
                raise RuntimeError(f"{target.label}: import failed:\n{done.stderr.strip()}")
            if round_number:
                results[target.label].append(float(done.stdout.strip().splitlines()[-1]))
    return results


def modules_loaded(python: Path, target: ImportTarget, prefix: str) -> int:
    """How many modules whose name starts with `prefix` the target's import loaded."""
    count = f"print(sum(1 for m in sys.modules if m.startswith({prefix!r})))"
    code = f"import sys\n{target.setup}\n{target.statement}\n{count}"
    done = subprocess.run([str(python), "-I", "-c", code], capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


def packages_beyond_httpx(python: Path, target: ImportTarget) -> list[str]:
    """Top-level public packages the target loads that ``import httpx`` had not (talkwire's own left out)."""
    code = (
        f"import sys\n{target.setup}\nimport httpx\nbefore = set(sys.modules)\n{target.statement}\n"
        "print(' '.join(sorted({m.split('.')[0] for m in set(sys.modules) - before})))"
    )
    done = subprocess.run([str(python), "-I", "-c", code], capture_output=True, text=True, check=True)
    return [name for name in done.stdout.split() if not name.startswith(("talkwire_", "_"))]


def generator_command() -> list[str]:
    executable = Path(sys.executable).parent / "openapi-python-client"
    return [str(executable)] if executable.exists() else ["openapi-python-client"]
