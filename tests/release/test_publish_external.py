"""Publishing to an external index that lists files without a hash, and that asks for credentials to read too
(issue 12, finding 19).

A real pypiserver on loopback, started here (by its PID, stopped afterwards) with hashes off in its simple pages
(PEP 503 makes them optional) and authentication on for every action. A changed file under a published version must
be refused, found by downloading what the index serves; the index password must never be on a command line.
"""

from __future__ import annotations

import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scripts.loopback import free_port
from scripts.release import publish as publishing
from scripts.release.index_server import prepare_index, server_command
from scripts.release.publish import IndexTarget, PublishError, index_listing, publish, verify_install

pytestmark = pytest.mark.slow


def tiny_wheel(directory: Path, marker: str = "", version: str = "0.0.1") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    wheel = directory / f"talkwire_tiny-{version}-py3-none-any.whl"
    info = f"talkwire_tiny-{version}.dist-info"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("talkwire_tiny/__init__.py", f"MARKER = {marker!r}\n")
        archive.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\nName: talkwire-tiny\nVersion: {version}\n")
        archive.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\n")
        archive.writestr(f"{info}/RECORD", "")
    return wheel


@pytest.fixture(scope="module")
def external(tmp_path_factory: pytest.TempPathFactory) -> Iterator[IndexTarget]:
    """pypiserver with no hashes in its pages and every action behind the password."""
    index = prepare_index(tmp_path_factory.mktemp("external"))
    port = free_port()
    command = server_command(index, port)
    command[command.index("--authenticate") + 1] = "download,list,update"
    command[command.index("--hash-algo") + 1] = "off"
    with index.log.open("ab") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}health", timeout=2).close()
                break
            except urllib.error.HTTPError:  # answering, if only to ask for the password
                break
            except (urllib.error.URLError, OSError):
                assert process.poll() is None and time.monotonic() < deadline, index.log.read_text()
                time.sleep(0.2)
        yield IndexTarget(url, f"{url}simple/", index.username, index.password)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def published(external: IndexTarget, tmp_path_factory: pytest.TempPathFactory) -> Path:
    wheel = tiny_wheel(tmp_path_factory.mktemp("dist"))
    plan = publish(external, [wheel])
    assert plan.upload == [wheel]
    return wheel


def test_the_index_lists_the_file_without_a_hash(published: Path, external: IndexTarget) -> None:
    listed = index_listing(external, "talkwire-tiny")[published.name]
    assert listed.algorithm is None and listed.url.startswith(external.upload_url)


def test_the_same_file_again_is_skipped_after_downloading_it(published: Path, external: IndexTarget) -> None:
    plan = publish(external, [published])
    assert plan.skip == [published] and plan.upload == [] and plan.conflicts == []


def test_a_changed_file_under_the_published_version_is_refused(
    published: Path, external: IndexTarget, tmp_path: Path
) -> None:
    changed = tiny_wheel(tmp_path / "changed", marker="changed")
    with pytest.raises(PublishError) as refused:
        publish(external, [changed])
    message = str(refused.value)
    assert "already on the index with different content (downloaded sha256" in message
    assert "refusing to publish" in message and "immutable" in message


def test_the_password_is_on_no_command_line(
    published: Path, external: IndexTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The install from the index (which wants the password to read) works, and no argv of any child carries the
    password, raw or URL-encoded: it is in the children's environment."""
    assert external.password
    commands: list[tuple[list[str], dict[str, str] | None]] = []
    real_run = subprocess.run

    def recording(command: list[str], *args: Any, **kwargs: Any) -> Any:
        commands.append((list(command), kwargs.get("env")))
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(publishing.subprocess, "run", recording)
    verify_install(external, {"talkwire-tiny": "0.0.1"}, {"talkwire-tiny": ["import talkwire_tiny"]})
    publishing.upload(external, [tiny_wheel(published.parent.parent / "next", version="0.0.2")])
    assert "talkwire_tiny-0.0.2-py3-none-any.whl" in index_listing(external, "talkwire-tiny")
    assert any("pip" in command for command, _ in commands) and any("twine" in command for command, _ in commands)
    secret_spellings = {external.password, urllib.parse.quote(external.password, safe="")}
    for command, _ in commands:
        assert not any(spelling in arg for arg in command for spelling in secret_spellings), command
    install_env = next(env for command, env in commands if "pip" in command)
    assert install_env is not None and external.password in install_env["UV_DEFAULT_INDEX"]
