"""`nox -s index`: the embedded index served in the foreground, its pip line printed, stopped cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from scripts.loopback import free_port
from scripts.release.index_server import prepare_index
from tests.release.conftest import REPO

pytestmark = pytest.mark.slow


def test_prepare_index_generates_credentials_once_and_keeps_the_password_out_of_htpasswd(tmp_path: Path) -> None:
    first = prepare_index(tmp_path)
    second = prepare_index(tmp_path)

    assert (first.username, first.password) == (second.username, second.password)
    assert len(first.password) >= 24
    credentials = tmp_path / ".index" / "credentials.json"
    assert oct(credentials.stat().st_mode & 0o777) == "0o600"
    assert json.loads(credentials.read_text(encoding="utf-8"))["password"] == first.password
    htpasswd = first.htpasswd.read_text(encoding="utf-8")
    assert htpasswd.startswith(f"{first.username}:$apr1$") and first.password not in htpasswd
    assert first.password not in repr(first)


def test_index_serves_in_the_foreground_prints_the_pip_line_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "scripts.release.index_server", "--root", str(tmp_path), "--port", str(port)]
    server = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        assert server.stdout is not None
        first_line = server.stdout.readline()
        pip_line = server.stdout.readline().strip()
        assert f"http://127.0.0.1:{port}/simple/" in first_line
        assert pip_line == f"pip install --index-url http://127.0.0.1:{port}/simple/ talkwire-vida"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/simple/", timeout=10) as response:
            assert response.status == 200
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
            raise
    # The pypiserver child went with it: nothing answers on the port any more.
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/simple/", timeout=2)
