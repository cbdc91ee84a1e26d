"""The embedded package index: a pypiserver on 127.0.0.1 serving .index/packages/ (git-ignored).

Uploads need a password; the first use generates one, keeps it in .index/credentials.json (mode 0600, read by the
publish step) and only its hash in .index/htpasswd (read by pypiserver). Downloads are open. A project the index
does not hold is redirected to the public index (pypiserver's fallback), which is how `pip install --index-url`
finds third-party dependencies such as httpx; a project it does hold is served from here alone, so no public
package can shadow ours.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from scripts.loopback import free_port

INDEX_DIR = ".index"
DEFAULT_PORT = 8765
USERNAME = "talkwire"
_STARTUP_SECONDS = 30.0


class IndexServerError(RuntimeError):
    """The embedded index could not be prepared or started; the message says why (never the password)."""


@dataclass(frozen=True)
class EmbeddedIndex:
    """Where the embedded index keeps its packages and upload credentials."""

    directory: Path
    username: str
    password: str = field(repr=False)

    @property
    def packages(self) -> Path:
        return self.directory / "packages"

    @property
    def htpasswd(self) -> Path:
        return self.directory / "htpasswd"

    @property
    def log(self) -> Path:
        return self.directory / "server.log"


@dataclass(frozen=True)
class RunningIndex:
    index: EmbeddedIndex
    port: int
    process: subprocess.Popen[bytes] = field(repr=False)

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def url(self) -> str:
        """The upload URL (pypiserver accepts uploads at its root)."""
        return f"http://127.0.0.1:{self.port}/"

    @property
    def simple_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/simple/"


def prepare_index(root: Path) -> EmbeddedIndex:
    """Create .index/ with its packages directory and, the first time, a generated upload password."""
    directory = root / INDEX_DIR
    (directory / "packages").mkdir(parents=True, exist_ok=True)
    credentials = directory / "credentials.json"
    if credentials.exists():
        data = json.loads(credentials.read_text(encoding="utf-8"))
        index = EmbeddedIndex(directory, str(data["username"]), str(data["password"]))
    else:
        index = EmbeddedIndex(directory, USERNAME, secrets.token_urlsafe(24))
        fd = os.open(credentials, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"username": index.username, "password": index.password}, handle)
    if not index.htpasswd.exists() or credentials.stat().st_mtime > index.htpasswd.stat().st_mtime:
        from passlib.apache import HtpasswdFile

        # Apache's own htpasswd scheme: quick to check on every upload (a dozen per release); what protects the
        # index is the random password and the loopback-only listener, not key stretching.
        htpasswd = HtpasswdFile(str(index.htpasswd), new=True, default_scheme="apr_md5_crypt")
        htpasswd.set_password(index.username, index.password)
        htpasswd.save()
    return index


def server_command(index: EmbeddedIndex, port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "pypiserver",
        "run",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--passwords",
        str(index.htpasswd),
        "--authenticate",
        "update",
        "--hash-algo",
        "sha256",
        str(index.packages),
    ]


@contextmanager
def running_index(index: EmbeddedIndex, port: int | None = None) -> Iterator[RunningIndex]:
    """Start pypiserver on 127.0.0.1 (a free port unless given), wait until it answers, stop it afterwards."""
    port = port or free_port()
    with index.log.open("ab") as log:
        process = subprocess.Popen(server_command(index, port), stdout=log, stderr=subprocess.STDOUT)
    running = RunningIndex(index, port, process)
    try:
        _wait_until_serving(process, running)
        yield running
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _wait_until_serving(process: subprocess.Popen[bytes], running: RunningIndex) -> None:
    deadline = time.monotonic() + _STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise IndexServerError(
                f"pypiserver exited with code {process.returncode} before serving on port {running.port}; "
                f"its log: {running.index.log}\n{_log_tail(running.index.log)}"
            )
        try:
            with urllib.request.urlopen(f"{running.url}health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise IndexServerError(f"pypiserver did not answer on {running.url} within {_STARTUP_SECONDS:.0f}s")


def _log_tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def install_line(simple_url: str, distribution: str = "talkwire-vida") -> str:
    return f"pip install --index-url {simple_url} {distribution}"


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.release.index_server [--port N]`: serve .index/ in the foreground until Ctrl-C."""
    from scripts.cli import command_parser, report_failure

    parser = command_parser("index", __doc__)
    parser.add_argument(
        "--port", type=int, default=int(os.environ.get("TALKWIRE_INDEX_PORT", DEFAULT_PORT)), help="port to serve on"
    )
    args = parser.parse_args(argv)
    index = prepare_index(args.root)
    # A terminated session (SIGTERM) unwinds like Ctrl-C, so the pypiserver child is stopped too, never orphaned.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    packages = sorted(path.name for path in index.packages.iterdir() if path.is_file())
    try:
        with running_index(index, args.port) as running:
            print(f"serving {len(packages)} files from {index.packages} at {running.simple_url} (Ctrl-C stops)")
            print(install_line(running.simple_url))
            sys.stdout.flush()
            code = running.process.wait()
            print(f"index: pypiserver exited with code {code}; its log: {index.log}", file=sys.stderr)
            return 1
    except IndexServerError as exc:
        return report_failure(parser.prog, exc)
    except KeyboardInterrupt:
        print("index stopped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
