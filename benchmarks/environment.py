"""Where the benchmarks run: the work directory, the clean import venv, the fake server process, the machine."""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / ".work"

# What a user's venv holds besides our packages: the runtime dependencies of talkwire-core, the generated packages
# and the overlays. Nothing else (no click/rich, which httpx would import for its CLI and so look slower).
RUNTIME_REQUIREMENTS = (
    "httpx>=0.27,<0.29",
    "httpx-retries>=0.4,<0.7",
    "attrs>=23.1",
    "pydantic>=2.6,<3",
    "sniffio>=1.3",
)


@dataclass(frozen=True)
class VendorPackages:
    """One vendor's importable packages as they stand in this checkout."""

    key: str
    api_package: str
    client_package: str
    generated_dir: Path
    overlay_dir: Path

    @property
    def has_generated(self) -> bool:
        return (self.generated_dir / "pyproject.toml").exists()

    @property
    def has_overlay_project(self) -> bool:
        return (self.overlay_dir / "pyproject.toml").exists()


def vendors() -> list[VendorPackages]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        table = tomllib.load(handle)["tool"]["talkwire"]
    prefix = table.get("org_prefix", "talkwire")
    return [
        VendorPackages(
            key=key,
            api_package=f"{prefix}_{key}_api",
            client_package=f"{prefix}_{key}",
            generated_dir=ROOT / "generated" / key,
            overlay_dir=ROOT / "overlays" / key,
        )
        for key in table["vendors"]
    ]


def _uv() -> str | None:
    return shutil.which("uv")


def clean_venv() -> Path:
    """benchmarks/.work/import-venv: our packages (editable) and their runtime dependencies only; its python."""
    venv = WORK / "import-venv"
    python = venv / "bin" / "python"
    editables = ["overlays/core"]
    editables += [str(v.generated_dir.relative_to(ROOT)) for v in vendors() if v.has_generated]
    editables += [str(v.overlay_dir.relative_to(ROOT)) for v in vendors() if v.has_overlay_project]
    install = ["--no-deps", *(arg for path in editables for arg in ("-e", path))]
    uv = _uv()
    if not python.exists():
        if uv:
            subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
        else:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = (
        [uv, "pip", "install", "--quiet", "--python", str(python)]
        if uv
        else [str(python), "-m", "pip", "install", "-q"]
    )
    subprocess.run([*pip, *RUNTIME_REQUIREMENTS], check=True, cwd=ROOT)
    everything = subprocess.run([*pip, *install], cwd=ROOT, capture_output=True, text=True)
    if everything.returncode != 0:
        # A package another change is still building may not install yet; install the rest one by one.
        for path in editables:
            single = subprocess.run([*pip, "--no-deps", "-e", path], cwd=ROOT, capture_output=True, text=True)
            if single.returncode != 0:
                print(f"  (skipped {path}: it does not install yet)", file=sys.stderr)
    return python


def installed_versions(python: Path, distributions: list[str]) -> dict[str, str]:
    code = (
        "import json, sys\nfrom importlib.metadata import version, PackageNotFoundError\nout = {}\n"
        "for name in sys.argv[1:]:\n    try: out[name] = version(name)\n    except PackageNotFoundError: pass\n"
        "print(json.dumps(out))"
    )
    result = subprocess.run([str(python), "-c", code, *distributions], check=True, capture_output=True, text=True)
    return dict(json.loads(result.stdout))


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "os": platform.platform(),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
    }


def git_revision() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "scripts", "overlays", "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return result.stdout.strip() + (" (+ uncommitted changes)" if dirty else "")


@contextmanager
def fake_server() -> Iterator[str]:
    """Start benchmarks.server in its own process; yield its base URL; stop it (by its PID) afterwards."""
    process = subprocess.Popen([sys.executable, "-m", "benchmarks.server"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"the fake server did not start (said {url!r})")
        deadline = time.monotonic() + 15
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stats", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the fake server did not answer") from None
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def server_stats(url: str) -> dict[str, int]:
    with urllib.request.urlopen(f"{url}/_stats", timeout=5) as response:
        return dict(json.loads(response.read()))


def reset_server(url: str) -> None:
    request = urllib.request.Request(f"{url}/_reset", method="POST", data=b"")
    with urllib.request.urlopen(request, timeout=5):
        pass
