"""What importing talkwire loads: one operation brings only the models it uses, models load on first access, and
talkwire-core leaves its retry machinery (httpx-retries, asyncio) and importlib.metadata until a client is built.

Each import is checked in a fresh interpreter, so what earlier tests imported cannot hide a regression.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATED_PACKAGES = sorted(path.parent for path in ROOT.glob("generated/*/talkwire_*_api/_operations.py"))
# Loaded by talkwire's own code only when a client is built or an async flow runs, never by importing it.
DEFERRED_MODULES = ("asyncio", "httpx_retries", "importlib.metadata", "talkwire_core._retry")

# talkwire-core's client stack and the parts few programs use: loaded when a client is built (or a view made, a walk
# started, a webhook verified), never by importing a vendor package and an operation.
CLIENT_STACK_MODULES = (
    "talkwire_core._assembly",
    "talkwire_core._http",
    "talkwire_core._call_options",
    "talkwire_core._deadline",
    "talkwire_core._deadline_network",
    "talkwire_core._network",
    "talkwire_core._resolved_options",
    "talkwire_core._retry_after",
    "talkwire_core._paging",
    "talkwire_core._pager",
    "talkwire_core._field_errors",
    "talkwire_core.webhooks",
    "talkwire_core.testing",
    "contextvars",
)


def deferred_among(modules: list[str]) -> list[str]:
    return [name for name in modules if any(name == m or name.startswith(f"{m}.") for m in DEFERRED_MODULES)]


def modules_added_by(code: str, *, after: str = "import httpx") -> list[str]:
    """Names of the modules `code` imports in a fresh interpreter, beyond those `after` already imported."""
    lines = ["import json, sys", after, "before = set(sys.modules)", code]
    script = "\n".join([*lines, "print(json.dumps(sorted(set(sys.modules) - before)))"])
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def run_in_a_fresh_interpreter(script: str) -> None:
    """Run `script` (asserting what it checks) in a new interpreter, so that nothing imported before hides a load."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def module_level_model_imports(path: Path) -> set[str]:
    """The model module names a generated module imports at module level (not under TYPE_CHECKING/in functions)."""
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("models."):
            names.add(node.module.split(".", 1)[1])
    return names


def model_closure(package_dir: Path, start: set[str]) -> set[str]:
    """Every model module that importing the `start` model modules loads, following module-level imports."""
    seen: set[str] = set()
    pending = list(start)
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending += module_level_model_imports(package_dir / "models" / f"{name}.py")
    return seen


def first_list_operation(package_dir: Path) -> Path:
    """The module of the package's first paged operation by name (else its first operation)."""
    namespace: dict[str, object] = {}
    exec((package_dir / "_operations.py").read_text(encoding="utf-8"), namespace)
    operations = namespace["OPERATIONS"]
    assert isinstance(operations, dict)
    paged = sorted(name for name, meta in operations.items() if meta.get("pagination"))
    name = (paged or sorted(operations))[0]
    return next((package_dir / "api").glob(f"*/{name}.py"))


@pytest.mark.parametrize("package_dir", GENERATED_PACKAGES, ids=lambda path: path.name)
def test_importing_one_operation_loads_only_the_models_it_uses(package_dir: Path) -> None:
    operation = first_list_operation(package_dir)
    module = f"{package_dir.name}.api.{operation.parent.name}.{operation.stem}"
    expected = model_closure(package_dir, module_level_model_imports_of_operation(operation))
    added = modules_added_by(f"import {module}")
    loaded_models = {name.rsplit(".", 1)[1] for name in added if name.startswith(f"{package_dir.name}.models.")}
    all_models = {path.stem for path in (package_dir / "models").glob("*.py")} - {"__init__"}
    assert loaded_models == expected
    assert len(loaded_models) < len(all_models)


def module_level_model_imports_of_operation(path: Path) -> set[str]:
    """An operation module imports its models as ``from ...models.x import X``."""
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level == 3 and (node.module or "").startswith("models."):
            names.add((node.module or "").split(".", 1)[1])
    return names


@pytest.mark.parametrize("package_dir", GENERATED_PACKAGES, ids=lambda path: path.name)
def test_importing_talkwire_core_and_an_operation_defers_retry_machinery_and_metadata(package_dir: Path) -> None:
    operation = first_list_operation(package_dir)
    module = f"{package_dir.name}.api.{operation.parent.name}.{operation.stem}"
    added = modules_added_by(f"import talkwire_core\nimport {module}")
    assert not deferred_among(added)


@pytest.mark.parametrize(
    ("overlay", "operation"),
    [
        ("talkwire_vida", "talkwire_vida_api.api.tasks.list_tasks"),
        ("talkwire_diio", "talkwire_diio_api.api.meetings.list_meetings"),
        ("talkwire_vocelio", "talkwire_vocelio_api.api.calls.list_calls"),
        ("talkwire_dstny", "talkwire_dstny_api.api.conversations.list_conversations"),
        ("talkwire_diga", "talkwire_diga_api.api.calls.list_calls"),
    ],
)
def test_every_overlay_defers_them_the_webhook_models_the_client_stack_and_the_resources(
    overlay: str, operation: str
) -> None:
    added = modules_added_by(f"import {overlay}\nimport {operation}")
    assert not deferred_among(added)
    # pydantic (the generated webhook event models) is loaded by webhook verification only.
    assert not [name for name in added if name == "pydantic" or name.startswith("pydantic.")]
    # talkwire-core's client stack loads with the first client built, a resource with its first use.
    assert not [name for name in added if name.startswith(CLIENT_STACK_MODULES)]
    assert not [name for name in added if name.startswith(f"{overlay}_api.resources")]


def test_building_a_client_loads_the_retry_transport_and_it_retries() -> None:
    script = """
    import sys
    import httpx
    import talkwire_core
    assert "talkwire_core._retry" not in sys.modules
    answers = iter([httpx.Response(503), httpx.Response(200, json={"ok": True})])
    vendor = talkwire_core.Vendor(name="t", distribution="talkwire-core", operations={}, unset=None)
    assembly = talkwire_core.ClientAssembly(
        vendor,
        base_url="https://vendor.test",
        transport=httpx.MockTransport(lambda request: next(answers)),
        retry=talkwire_core.RetryPolicy(backoff_factor=0.0),
    )
    with assembly.sync_client() as client:
        assert "talkwire_core._retry" in sys.modules
        assert client.get("/thing").json() == {"ok": True}
    assert client.headers["User-Agent"].startswith("talkwire-core/")
    """
    run_in_a_fresh_interpreter(script)


@pytest.mark.parametrize("package_dir", GENERATED_PACKAGES, ids=lambda path: path.name)
def test_models_package_declares_every_model_for_type_checkers_and_at_run_time(package_dir: Path) -> None:
    tree = ast.parse((package_dir / "models" / "__init__.py").read_text(encoding="utf-8"))
    checked: set[str] = set()
    exported: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            checked |= {alias.name for child in node.body if isinstance(child, ast.ImportFrom) for alias in child.names}
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            value = ast.literal_eval(node.value)
            exported = set(value)
    assert exported
    assert checked == exported


def test_models_resolve_lazily_by_attribute_and_by_from_import() -> None:
    script = """
    import sys
    import talkwire_vida_api.models as models
    assert "talkwire_vida_api.models.list_tasks_response_200" not in sys.modules
    from talkwire_vida_api.models import ListTasksResponse200
    from talkwire_vida_api.models.list_tasks_response_200 import ListTasksResponse200 as Direct
    assert ListTasksResponse200 is Direct is models.ListTasksResponse200
    assert "talkwire_vida_api.models.list_tasks_response_200" in sys.modules
    assert dir(models) == sorted(models.__all__)
    for name in models.__all__:
        assert getattr(models, name).__name__ == name
    try:
        models.NoSuchModel
    except AttributeError as exc:
        assert "NoSuchModel" in str(exc)
    else:
        raise AssertionError("an unknown model name must raise AttributeError")
    """
    run_in_a_fresh_interpreter(script)


# Model modules an overlay needs at import: Vocelio's API version (a plain enum module) is the header value it sends.
OVERLAY_IMPORT_MODELS = {"talkwire_vocelio": ["talkwire_vocelio_api.models.api_version"]}


@pytest.mark.parametrize(
    "overlay", ["talkwire_dstny", "talkwire_diga", "talkwire_vida", "talkwire_diio", "talkwire_vocelio"]
)
def test_an_overlay_package_imports_no_operation_and_no_model(overlay: str) -> None:
    """An overlay resolves the operations and models its own helpers use (diio's export polling, Vocelio's login,
    envelopes and uploads) when they run: importing it costs only talkwire-core and the generated package's
    client and types, and the operations a program imports bring their own models."""
    added = modules_added_by(f"import {overlay}")
    package = f"{overlay}_api"
    loaded = [name for name in added if name.startswith((f"{package}.api.", f"{package}.models."))]
    assert loaded == OVERLAY_IMPORT_MODELS.get(overlay, [])


def test_a_client_loads_its_stack_and_its_resources_on_first_use() -> None:
    script = """
    import sys
    from talkwire_vida import VidaClient
    assert "talkwire_core._assembly" not in sys.modules
    vida = VidaClient(token="bench-token-0123456789", base_url="https://vida.test")
    assert "talkwire_core._assembly" in sys.modules and "talkwire_core._http" in sys.modules
    assert "talkwire_vida_api.resources.tasks" not in sys.modules
    assert "talkwire_core._pager" not in sys.modules
    pager = vida.tasks.list_all(limit=10)
    assert "talkwire_vida_api.resources.tasks" in sys.modules and "talkwire_core._paging" in sys.modules
    assert type(pager).__name__ == "Pager"
    """
    run_in_a_fresh_interpreter(script)


@pytest.mark.parametrize(
    "package",
    [
        "talkwire_core",
        "talkwire_core.surface",
        "talkwire_core.errors",
        "talkwire_vida",
        "talkwire_diio",
        "talkwire_vocelio",
        "talkwire_dstny",
        "talkwire_diga",
    ],
)
def test_every_public_name_resolves_lazily_to_its_definition_and_is_listed(package: str) -> None:
    """Each name of ``__all__`` resolves (by attribute and by ``from ... import``) to the object its defining module
    has, ``dir()`` lists it, ``import *`` brings it, and an unknown name is an AttributeError."""
    script = f"""
    import importlib
    import inspect
    import sys
    package = importlib.import_module({package!r})
    names = getattr(package, "__all__", None) or ["FieldError"]
    for name in names:
        value = getattr(package, name)
        source = sys.modules[getattr(value, "__module__", None) or package.__name__]
        if isinstance(value, type) or inspect.isfunction(value):  # not a type alias (typing's own objects)
            assert getattr(source, value.__name__) is value, name
        exec(f"from {package} import {{name}} as imported", namespace := {{}})
        assert namespace["imported"] is value, name
        assert name in dir(package), name
    star = {{}}
    exec("from {package} import *", star)
    assert set(getattr(package, "__all__", [])) <= set(star), set(package.__all__) - set(star)
    assert not hasattr(package, "NoSuchName")  # an AttributeError, not another exception or a value
    """
    run_in_a_fresh_interpreter(script)


def test_the_surface_says_where_each_of_its_names_is_defined() -> None:
    from talkwire_core import surface

    assert sorted(surface.WHERE) == sorted(surface.__all__)
