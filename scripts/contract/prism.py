"""Prism, the mock vendor servers of the contract tests: install a pinned @stoplight/prism-cli with npm into a
project-local, git-ignored directory, start one mock per spec on a free 127.0.0.1 port with request validation
on (``--errors``), wait until it answers, and stop it by its PID, also when the caller fails.

    with start_mocks({"vida": Path("build/vida.json")}) as mocks:
        mocks["vida"].base_url   # http://127.0.0.1:<port>

``python -m scripts.contract.prism install`` installs Prism and prints the path of its executable.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from scripts.loopback import free_port
from scripts.registry import ROOT

PRISM_PACKAGE = "@stoplight/prism-cli"
PRISM_VERSION = "5.16.0"
DEFAULT_INSTALL_DIR = ROOT / ".nox" / "prism"
STARTUP_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0


class PrismError(RuntimeError):
    """Prism could not be installed or started; the message says which step and why, with Prism's own output."""


def prism_executable(install_dir: Path = DEFAULT_INSTALL_DIR) -> Path:
    return install_dir / "node_modules" / ".bin" / "prism"


def installed_version(install_dir: Path = DEFAULT_INSTALL_DIR) -> str | None:
    manifest = install_dir / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    try:
        version = json.loads(manifest.read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError):
        return None
    return version if isinstance(version, str) else None


def install_prism(install_dir: Path = DEFAULT_INSTALL_DIR, version: str = PRISM_VERSION) -> Path:
    """The Prism executable, installed with npm into `install_dir` unless that exact version is already there."""
    executable = prism_executable(install_dir)
    if installed_version(install_dir) == version and executable.exists():
        return executable
    npm = shutil.which("npm")
    if npm is None:
        raise PrismError("npm is not on PATH: the contract tests' mock servers (Prism) need Node.js and npm")
    install_dir.mkdir(parents=True, exist_ok=True)
    # A private package.json keeps npm from walking up into any other project; --ignore-scripts runs no
    # install-time code of Prism's dependencies.
    (install_dir / "package.json").write_text('{"name": "talkwire-prism", "private": true}\n', encoding="utf-8")
    command = [npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", str(install_dir)]
    result = subprocess.run(
        [*command, f"{PRISM_PACKAGE}@{version}"], capture_output=True, text=True, check=False, timeout=600
    )
    if result.returncode != 0 or not executable.exists():
        raise PrismError(
            f"npm install {PRISM_PACKAGE}@{version} into {install_dir} failed (exit {result.returncode}): "
            f"{(result.stderr or result.stdout).strip()[-2000:]}"
        )
    return executable


@dataclass
class PrismMock:
    """One running `prism mock` process serving one spec."""

    name: str
    spec: Path
    port: int
    process: subprocess.Popen[bytes]
    log: Path
    stopped: bool = field(default=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self, limit: int = 4000) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-limit:]
        except OSError:
            return ""

    def stop(self) -> None:
        """Terminate the process group this mock leads (Prism's node process and anything it forked)."""
        if self.stopped:
            return
        self.stopped = True
        if self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=STOP_TIMEOUT)


def launch(name: str, spec: Path, executable: Path, log_dir: Path) -> PrismMock:
    """Start `prism mock` on a free loopback port; returns at once (see ``wait_until_ready``)."""
    port = free_port()
    log = log_dir / f"prism-{name}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [str(executable), "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", str(spec)],
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so stop() reaches Prism's children too
        )
    return PrismMock(name=name, spec=spec, port=port, process=process, log=log)


def wait_until_ready(mock: PrismMock, timeout: float = STARTUP_TIMEOUT) -> None:
    """Block until Prism says it listens and the port accepts connections, or raise PrismError with its output."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if mock.process.poll() is not None:
            raise PrismError(
                f"Prism for {mock.name} ({mock.spec}) exited with {mock.process.returncode}:\n{mock.output()}"
            )
        if "Prism is listening" in mock.output():
            try:
                with socket.create_connection(("127.0.0.1", mock.port), timeout=1):
                    return
            except OSError:
                pass
        time.sleep(0.2)
    raise PrismError(f"Prism for {mock.name} ({mock.spec}) did not start within {timeout:.0f}s:\n{mock.output()}")


@contextmanager
def start_mocks(
    specs: Mapping[str, Path], *, install_dir: Path = DEFAULT_INSTALL_DIR, log_dir: Path | None = None
) -> Iterator[dict[str, PrismMock]]:
    """One Prism mock per spec, started together; every one is stopped on exit, also after an error."""
    executable = install_prism(install_dir)
    logs = log_dir or install_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        mocks: dict[str, PrismMock] = {}
        for name, spec in specs.items():
            mock = launch(name, spec, executable, logs)
            stack.callback(mock.stop)
            mocks[name] = mock
        for mock in mocks.values():
            wait_until_ready(mock)
        yield mocks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.contract.prism", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["install"])
    parser.add_argument("--dir", type=Path, default=DEFAULT_INSTALL_DIR, help="where to install (default .nox/prism)")
    args = parser.parse_args(argv)
    try:
        print(install_prism(args.dir))
    except PrismError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
