"""Publish dist/ to the package index, then prove it: install each overlay package from the index and import it.

The index is `TALKWIRE_INDEX_URL` (its upload URL; the simple API is `<url>/simple/` unless
`TALKWIRE_INDEX_SIMPLE_URL` says otherwise) with credentials from the environment (TWINE_USERNAME/TWINE_PASSWORD,
or twine's keyring support), never from the repo. Without it, the embedded index (scripts/release/index_server.py) is
started on 127.0.0.1 for the duration.

A file the index already has with the same content is skipped, so publishing again is safe. A file the index has
under the same name with other content is refused before anything is uploaded: a published version is immutable.
The content is compared by the hash the index's simple page lists with the file (`#sha256=`, or another hashlib
algorithm); a page that lists none (PEP 503 makes it optional) has the file downloaded and compared.

The index password never appears on a command line (which any local user can read in the process list): twine gets
it as TWINE_PASSWORD, uv the authenticated index URL as UV_DEFAULT_INDEX, both in the environment of the child.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename


class PublishError(RuntimeError):
    """Publishing or the post-publish install failed; the message names the file or distribution at fault."""


@dataclass(frozen=True)
class IndexTarget:
    upload_url: str
    simple_url: str
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    embedded: bool = False

    def describe(self) -> str:
        return f"{'embedded index' if self.embedded else 'index'} {self.upload_url}"


@dataclass(frozen=True)
class Plan:
    upload: list[Path]
    skip: list[Path]
    conflicts: list[str]


def target_from_environment(environ: dict[str, str] | None = None) -> IndexTarget | None:
    """The index named by TALKWIRE_INDEX_URL, or None when none is configured (use the embedded one)."""
    env = os.environ if environ is None else environ
    url = env.get("TALKWIRE_INDEX_URL", "").strip()
    if not url:
        return None
    simple = env.get("TALKWIRE_INDEX_SIMPLE_URL", "").strip() or url.rstrip("/") + "/simple/"
    return IndexTarget(url, simple, env.get("TWINE_USERNAME") or None, env.get("TWINE_PASSWORD") or None)


def project_of(artifact: Path) -> str:
    """The canonical project name of a wheel or sdist file name."""
    if artifact.name.endswith(".whl"):
        return str(parse_wheel_filename(artifact.name)[0])
    return str(parse_sdist_filename(artifact.name)[0])


def version_of(artifact: Path) -> str:
    if artifact.name.endswith(".whl"):
        return str(parse_wheel_filename(artifact.name)[1])
    return str(parse_sdist_filename(artifact.name)[1])


@dataclass(frozen=True)
class ListedFile:
    """A file of a project's simple page: where to download it, and the hash the page lists with it (if any)."""

    url: str
    algorithm: str | None = None
    digest: str | None = None

    def hash_of(self, path: Path) -> str | None:
        """`path`'s digest in the listed algorithm; None when none is listed or hashlib does not know it."""
        if self.algorithm is None or self.algorithm not in hashlib.algorithms_available:
            return None
        return hashlib.new(self.algorithm, path.read_bytes()).hexdigest()


class _Links(HTMLParser):
    def __init__(self, page_url: str) -> None:
        super().__init__()
        self.page_url = page_url
        self.files: dict[str, ListedFile] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") if tag == "a" else None
        if not href:
            return
        path, _, fragment = href.partition("#")
        name = path.rstrip("/").rsplit("/", 1)[-1]
        algorithm, _, digest = fragment.partition("=")
        url = urljoin(self.page_url, path)
        listed = ListedFile(url, algorithm.lower(), digest.lower()) if algorithm and digest else ListedFile(url)
        self.files[urllib.request.url2pathname(name)] = listed


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect means "not on this index" (pypiserver sends unknown projects to its fallback); following it would
    # mistake a public project of the same name for ours.
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class _CredentialsStayHome(urllib.request.HTTPRedirectHandler):
    # A file may be served from elsewhere (a CDN); the index's credentials go only to the index's origin.
    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        redirected = super().redirect_request(req, fp, code, msg, headers, newurl)
        if redirected is not None and _origin(newurl) != _origin(req.full_url):
            redirected.remove_header("Authorization")
        return redirected


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def _request(target: IndexTarget, url: str, accept: str) -> urllib.request.Request:
    request = urllib.request.Request(url, headers={"Accept": accept})
    if target.username and target.password:
        token = base64.b64encode(f"{target.username}:{target.password}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    return request


def index_listing(target: IndexTarget, project: str) -> dict[str, ListedFile]:
    """File name -> where it is and its listed hash, for `project` on the index; empty when it has none."""
    url = f"{target.simple_url.rstrip('/')}/{canonicalize_name(project)}/"
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(_request(target, url, "text/html"), timeout=30) as response:
            parser = _Links(url)
            parser.feed(response.read().decode("utf-8", errors="replace"))
            return parser.files
    except urllib.error.HTTPError as exc:
        if exc.code == 404 or 300 <= exc.code < 400:
            return {}
        raise PublishError(f"{url}: the index answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise PublishError(f"{url}: the index is unreachable ({exc})") from None


def published_sha256(target: IndexTarget, listed: ListedFile) -> str:
    """The SHA-256 of the file the index serves at `listed.url`, downloaded (in chunks: wheels can be large)."""
    opener = urllib.request.build_opener(_CredentialsStayHome)
    digest = hashlib.sha256()
    try:
        with opener.open(_request(target, listed.url, "*/*"), timeout=60) as response:
            while chunk := response.read(1 << 20):
                digest.update(chunk)
    except urllib.error.HTTPError as exc:
        raise PublishError(f"{listed.url}: downloading it to compare answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise PublishError(f"{listed.url}: could not download it to compare ({exc})") from None
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plan_upload(target: IndexTarget, artifacts: list[Path]) -> Plan:
    """Which files to upload, which the index already has, and which would overwrite a published file."""
    plan = Plan([], [], [])
    listings: dict[str, dict[str, ListedFile]] = {}
    for artifact in artifacts:
        project = project_of(artifact)
        if project not in listings:
            listings[project] = index_listing(target, project)
        listed = listings[project].get(artifact.name)
        if listed is None:
            plan.upload.append(artifact)
            continue
        local = listed.hash_of(artifact)
        if local is not None:
            remote, how = listed.digest or "", f"index {listed.algorithm}"
        else:  # no hash listed (or one hashlib lacks): what the index serves is the evidence
            local, remote, how = sha256_of(artifact), published_sha256(target, listed), "downloaded sha256"
        if remote == local:
            plan.skip.append(artifact)
        else:
            plan.conflicts.append(
                f"{artifact}: {project} {version_of(artifact)} is already on the index with different content "
                f"({how} {remote[:12]}…, local {local[:12]}…). A published version is immutable: bump the "
                "version (generated packages: `nox -s release` bumps them from the spec) and publish again."
            )
    return plan


def upload(target: IndexTarget, files: list[Path]) -> None:
    if not files:
        return
    env = dict(os.environ)
    if target.username:
        env["TWINE_USERNAME"] = target.username
    if target.password:
        env["TWINE_PASSWORD"] = target.password
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar"]
    command += ["--repository-url", target.upload_url, *map(str, files)]
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        output = _redact(result.stdout + result.stderr, target)
        raise PublishError(f"twine upload to {target.upload_url} failed:\n{output[-3000:]}")


def _redact(text: str, target: IndexTarget) -> str:
    if not target.password:
        return text
    for spelling in sorted({target.password, quote(target.password, safe="")}, key=len, reverse=True):
        text = text.replace(spelling, "***")
    return text


def _authenticated(url: str, target: IndexTarget) -> str:
    if not (target.username and target.password):
        return url
    parts = urlsplit(url)
    netloc = f"{quote(target.username, safe='')}:{quote(target.password, safe='')}@{parts.netloc}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _uv() -> list[str]:
    found = shutil.which("uv")
    if found:
        return [found]
    return [sys.executable, "-m", "uv"]


@dataclass(frozen=True)
class ExtraCheck:
    """An optional-dependency extra of a distribution, checked both ways: installing without it brings none of the
    `absent` modules; installing with it brings them, and its `imports` statements run."""

    extra: str
    absent: tuple[str, ...]
    imports: tuple[str, ...]


def verify_install(
    target: IndexTarget,
    distributions: dict[str, str],
    imports: dict[str, list[str]],
    extras: dict[str, ExtraCheck] | None = None,
) -> None:
    """Install each distribution (name -> version) into its own fresh venv with `--index-url` only, then run its
    import statements there (`imports[name]`, e.g. `from talkwire_vida import VidaClient`); for a distribution with
    an extra to check (`extras[name]`), check that none of the extra's modules came with it, then install it with
    the extra into the same venv and run the extra's imports."""
    ours = sorted({canonicalize_name(name) for name in distributions} | {"talkwire-core"})
    for name, version in sorted(distributions.items()):
        with tempfile.TemporaryDirectory(prefix="talkwire-install-") as scratch:
            venv = Path(scratch) / "venv"
            _run(
                [*_uv(), "venv", "--quiet", "--python", sys.executable, str(venv)],
                target,
                f"creating a venv for {name}",
            )
            python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
            refresh = [arg for project in ours for arg in ("--refresh-package", project)]
            install = [*_uv(), "pip", "install", "--quiet", "--no-config", "--python", str(python), *refresh]
            install.append(f"{name}=={version}")
            # This index and nothing else (an extra index would let a public package shadow ours), given in the
            # environment: the URL carries the password, and a command line is readable by every local user.
            env = {**_only_this_index(), "UV_DEFAULT_INDEX": _authenticated(target.simple_url, target)}
            _run(install, target, f"installing {name}=={version} from {target.simple_url}", env=env)
            statements = "; ".join(imports[name])
            _run([str(python), "-c", statements], target, f"`{statements}` after installing {name}")
            check = (extras or {}).get(name)
            if check is not None:
                _run([str(python), "-c", _none_installed(check.absent)], target, f"{name} without [{check.extra}]")
                _run([*install[:-1], f"{name}[{check.extra}]=={version}"], target, f"{name}[{check.extra}]", env=env)
                statements = "; ".join(check.imports)
                _run([str(python), "-c", statements], target, f"`{statements}` after installing {name}[{check.extra}]")
                print(f"verified {name}[{check.extra}]: {', '.join(check.absent)} only with the extra, then imported")
        print(f"verified {name}=={version}: installed from {target.simple_url} into a fresh venv and imported")


def _none_installed(modules: tuple[str, ...]) -> str:
    """A program failing, naming them, when any of `modules` is importable."""
    return (
        "import importlib.util, sys; "
        f"found = [m for m in {list(modules)!r} if importlib.util.find_spec(m) is not None]; "
        "sys.exit(f'installed without the extra, yet present: {found}' if found else 0)"
    )


def _only_this_index() -> dict[str, str]:
    """The environment without settings that would add another index (uv's or pip's) to the install."""
    index_settings = ("UV_INDEX", "UV_EXTRA_INDEX_URL", "UV_DEFAULT_INDEX", "UV_FIND_LINKS", "PIP_")
    return {key: value for key, value in os.environ.items() if not key.startswith(index_settings)}


def _run(command: list[str], target: IndexTarget, what: str, env: dict[str, str] | None = None) -> None:
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        output = _redact(result.stdout + result.stderr, target)
        raise PublishError(f"{what} failed:\n{output[-3000:]}")


def publish(target: IndexTarget, artifacts: list[Path]) -> Plan:
    """Refuse conflicts, upload what the index lacks, report what it already had."""
    plan = plan_upload(target, artifacts)
    if plan.conflicts:
        raise PublishError("refusing to publish, nothing uploaded:\n  " + "\n  ".join(plan.conflicts))
    upload(target, plan.upload)
    for artifact in plan.skip:
        print(f"skipped  {artifact.name} (already on the {target.describe()}, same content)")
    for artifact in plan.upload:
        print(f"uploaded {artifact.name} to the {target.describe()}")
    return plan


# What talkwire-core's `testing` extra adds (talkwire_core.testing's dependencies): a production install has none.
TESTING_EXTRA = "testing"
TESTING_MODULES = ("openapi_core", "jsonschema", "werkzeug")


def overlay_checks(
    root: Path, artifacts: list[Path]
) -> tuple[dict[str, str], dict[str, list[str]], dict[str, ExtraCheck]]:
    """For every overlay package among the artifacts: its version, what to import after installing it (the
    package, its generated package, talkwire-core and its client class), and its `testing` extra's check (its fake,
    which reads the spec the generated package ships)."""
    from scripts.registry import load_registry
    from scripts.release.build import discover

    registry = load_registry(root)
    clients = {vendor.client_distribution: vendor for vendor in registry.vendors.values()}
    built = {(project_of(path), version_of(path)) for path in artifacts}
    versions: dict[str, str] = {}
    imports: dict[str, list[str]] = {}
    extras: dict[str, ExtraCheck] = {}
    for dist in discover(registry):
        vendor = clients.get(dist.name)
        if dist.kind == "overlay" and vendor is not None and (canonicalize_name(dist.name), dist.version) in built:
            versions[dist.name] = dist.version
            imports[dist.name] = [
                f"import {vendor.api_package}",
                f"import {registry.core_distribution.replace('-', '_')}",
                f"from {vendor.client_package} import {vendor.client_class}",
            ]
            fake_class = vendor.client_class.removesuffix("Client") + "Fake"
            extras[dist.name] = ExtraCheck(
                TESTING_EXTRA,
                TESTING_MODULES,
                (f"from {vendor.client_package}.testing import {fake_class}", f"{fake_class}().check()"),
            )
    return versions, imports, extras


@contextmanager
def index_target(root: Path) -> Iterator[IndexTarget]:
    """The configured index, or the embedded one running for the duration of the block."""
    configured = target_from_environment()
    if configured is not None:
        yield configured
        return
    from scripts.release.index_server import prepare_index, running_index

    index = prepare_index(root)
    with running_index(index) as running:
        yield IndexTarget(running.url, running.simple_url, index.username, index.password, embedded=True)


def publish_dist(root: Path, dist: Path, *, verify: bool = True) -> None:
    """Publish every sdist and wheel in `dist` to the configured or embedded index, then (unless not `verify`)
    install each overlay package from it into a fresh venv and import it; PublishError/IndexServerError on failure."""
    from scripts.release.index_server import DEFAULT_PORT, install_line

    artifacts = sorted(path for path in dist.glob("*") if path.name.endswith((".whl", ".tar.gz")))
    if not artifacts:
        raise PublishError(f"no sdists or wheels in {dist}; run `nox -s build` first")
    with index_target(root) as target:
        publish(target, artifacts)
        if verify:
            versions, imports, extras = overlay_checks(root, artifacts)
            verify_install(target, versions, imports, extras)
        if target.embedded:
            print("published to the embedded index (.index/packages); serve it with `nox -s index`, then:")
            port = os.environ.get("TALKWIRE_INDEX_PORT", str(DEFAULT_PORT))
            print("  " + install_line(f"http://127.0.0.1:{port}/simple/"))


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.release.publish [--dist DIR] [--no-verify]`: upload dist/, then install and import."""
    from scripts.cli import command_parser, report_failure
    from scripts.release.index_server import IndexServerError

    parser = command_parser("publish", __doc__)
    parser.add_argument("--dist", type=Path, default=None, help="directory of built files (default: <root>/dist)")
    parser.add_argument("--no-verify", action="store_true", help="skip the install-from-the-index check")
    args = parser.parse_args(argv)
    try:
        publish_dist(args.root, args.dist or args.root / "dist", verify=not args.no_verify)
    except (PublishError, IndexServerError) as exc:
        return report_failure(parser.prog, exc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
