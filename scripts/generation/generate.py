"""Regenerate generated/<vendor>/ from the vendor's spec model: write the overlaid spec, render, stamp, swap in.

Deterministic (same inputs give byte-identical trees), atomic (output is built in a temporary directory beside
generated/<vendor>/ and renamed into place only when everything succeeded, so a failure leaves the last good
output), and incremental (a vendor whose inputs hash to the fingerprint recorded in its stamp is skipped).

A run that was killed (SIGKILL, a power cut) cannot clean up after itself, so every run first clears what killed
runs left in generated/ (``recover_interrupted``, once per run): a staging directory whose run is gone is removed,
and a retired tree whose run is gone is put back when that run died between the two renames of its swap (else
removed). What a run still going owns is left alone.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
import textwrap
import time
import traceback
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from scripts.cli import command_parser, report_failure, selected_vendors
from scripts.fingerprint import tree_fingerprint
from scripts.generation.layout import OVERLAID_SPEC
from scripts.generation.project import GenerationError, render_package
from scripts.generation.stamp import Stamp, input_fingerprint, read_stamp, staleness, write_stamp
from scripts.registry import Registry, RegistryError, Vendor
from scripts.spec.load import load_spec
from scripts.spec.model import Spec
from scripts.spec.source import InvalidSpecError, SpecError

__all__ = [
    "GenerationError",
    "GenerationResult",
    "generate_and_report",
    "generate_vendor",
    "main",
    "recover_and_report",
]


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


STAGING_PREFIX = ".staging-"
RETIRED_PREFIX = ".retired-"
# The run that owns a staging directory (.staging-<vendor>-<pid>-<random>) or a retired tree (.retired-<vendor>-<pid>:
# the output it is replacing) is the process <pid>.
_STAGING_NAME = re.compile(rf"{re.escape(STAGING_PREFIX)}.+-(?P<pid>\d+)-[^-]+")
_RETIRED_NAME = re.compile(rf"{re.escape(RETIRED_PREFIX)}(?P<output>.+)-(?P<pid>\d+)")
# One without a pid in its name (left by a version that wrote none) is taken as abandoned once it is this old: no
# generation takes an hour.
ABANDONED_AFTER_SECONDS = 3600.0


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, and belongs to someone else
        return True
    return True


def _abandoned(leftover: Path, owner: re.Match[str] | None) -> bool:
    """Whether the run that left `leftover` is gone: the process its name gives (`owner`), else by its age."""
    if owner is not None:
        return not _process_alive(int(owner["pid"]))
    try:
        return time.time() - leftover.stat().st_mtime > ABANDONED_AFTER_SECONDS
    except FileNotFoundError:
        return False


def recover_interrupted(generated_dir: Path) -> list[str]:
    """Clear what killed runs left in `generated_dir`; returns one line per thing done (for the log)."""
    done: list[str] = []
    if not generated_dir.is_dir():
        return done
    for leftover in sorted(generated_dir.iterdir()):
        if not leftover.is_dir():
            continue
        if leftover.name.startswith(STAGING_PREFIX):
            if _abandoned(leftover, _STAGING_NAME.fullmatch(leftover.name)):
                shutil.rmtree(leftover, ignore_errors=True)
                done.append(f"removed {leftover.name}, left by a generation that did not finish")
        elif leftover.name.startswith(RETIRED_PREFIX):
            owner = _RETIRED_NAME.fullmatch(leftover.name)
            if not _abandoned(leftover, owner):
                continue  # its run is between the renames of its swap, or done with them and removing it
            output = generated_dir / (owner["output"] if owner else leftover.name.removeprefix(RETIRED_PREFIX))
            if output.exists():
                shutil.rmtree(leftover, ignore_errors=True)
                done.append(f"removed {leftover.name}, the tree a finished generation replaced")
            else:
                leftover.rename(output)
                done.append(f"restored {output.name}/, which a generation stopped in the middle of replacing")
    return done


def recover_and_report(generated_dir: Path) -> None:
    """recover_interrupted, each thing done logged to stderr: what every run does once, before it generates."""
    for line in recover_interrupted(generated_dir):
        print(f"generated/: {line}", file=sys.stderr)


def generate_vendor(
    registry: Registry, vendor: Vendor, *, force: bool = False, spec: Spec | None = None
) -> GenerationResult:
    """Regenerate one vendor unless it is up to date (or `force`); raise GenerationError/SpecError on failure.

    `spec` is the vendor's spec model when the caller has loaded it already (a sync checks it before generating).
    What killed runs left is the caller's to clear first (recover_and_report, once per run).
    """
    started = time.perf_counter()
    output_dir = registry.generated_dir / vendor.key
    inputs = input_fingerprint(registry, vendor)
    if not force and staleness(registry, vendor, inputs) is None:
        stamp = read_stamp(output_dir)
        assert stamp is not None  # not stale, so stamped
        return GenerationResult(vendor.key, "up to date", stamp.operations, stamp.models, time.perf_counter() - started)
    spec = spec if spec is not None else load_spec(vendor)
    if spec.stale_actions:
        # The spec moved under the overlay document: generating anyway would silently drop a fix or a name.
        # (`sync-specs` removes such actions from the overlay document itself, and lists them for review.)
        raise InvalidSpecError(spec.stale_action_problems())
    registry.generated_dir.mkdir(parents=True, exist_ok=True)
    prefix = f"{STAGING_PREFIX}{vendor.key}-{os.getpid()}-"
    staging_root = Path(tempfile.mkdtemp(prefix=prefix, dir=registry.generated_dir))
    try:
        staged = staging_root / vendor.key
        staged.mkdir()
        text = json.dumps(spec.document, indent=2, ensure_ascii=False) + "\n"
        (staged / OVERLAID_SPEC).write_text(text, encoding="utf-8")
        render_package(registry, vendor, spec, staged)
        stamp = Stamp(
            generator=f"openapi-python-client {version('openapi-python-client')}",
            inputs=inputs,
            tree=tree_fingerprint(staged),
            operations=len(spec.operations),
            models=_model_count(staged / vendor.api_package),
        )
        write_stamp(staged, stamp)
        _swap_into_place(staged, output_dir)
    finally:
        shutil.rmtree(staging_root, ignore_errors=True)
    return GenerationResult(vendor.key, "generated", stamp.operations, stamp.models, time.perf_counter() - started)


def _model_count(package_dir: Path) -> int:
    return len([path for path in (package_dir / "models").glob("*.py") if path.name != "__init__.py"])


def _swap_into_place(staged: Path, output_dir: Path) -> None:
    """Replace output_dir with staged using renames on one filesystem; the old tree survives any failure."""
    retired = output_dir.with_name(f"{RETIRED_PREFIX}{output_dir.name}-{os.getpid()}")
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


def generate_and_report(registry: Registry, vendors: list[Vendor], *, force: bool = False) -> int:
    """Generate each vendor, one line each; a failure does not stop the others, and every failure is listed again,
    with its problems, at the end. Returns how many failed."""
    recover_and_report(registry.generated_dir)
    failures: list[tuple[str, str]] = []
    for vendor in vendors:
        try:
            result = generate_vendor(registry, vendor, force=force)
        except (SpecError, GenerationError) as exc:
            failures.append((vendor.key, str(exc)))
        except Exception:  # a bug of ours or the generator's: the other vendors still generate
            failures.append((vendor.key, f"unexpected error (a bug in the pipeline):\n{traceback.format_exc()}"))
        else:
            print(result.line())
            continue
        print(
            f"{vendor.key:<8} FAILED; generated/{vendor.key}/ left as it was (its problems are listed at the end)",
            file=sys.stderr,
        )
    if failures:
        print(f"\n{len(failures)} of {len(vendors)} vendor(s) failed to generate:", file=sys.stderr)
        for key, problems in failures:
            print(f"\n{key}:\n" + textwrap.indent(problems.rstrip("\n"), "  "), file=sys.stderr)
    return len(failures)


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.generation [--force] [vendor ...]`: regenerate, one line per vendor."""
    parser = command_parser("generate", __doc__, vendors_help="vendors to regenerate (default: all)")
    parser.add_argument("--force", action="store_true", help="regenerate even when inputs are unchanged")
    args = parser.parse_args(argv)
    try:
        registry, vendors = selected_vendors(args)
    except RegistryError as exc:
        return report_failure(parser.prog, exc, code=2)
    return 1 if generate_and_report(registry, vendors, force=args.force) else 0
