"""Every generated package declares what its code imports, and imports what it declares.

The imports are read from the source (AST) of every module of every committed generated/<vendor>/ package; each
third-party top-level module is mapped to the distribution that installs it (importlib.metadata), and compared with
the `dependencies` of the package's pyproject.toml (scripts/templates/pyproject.toml.jinja).
"""

from __future__ import annotations

import ast
import sys
import tomllib
from functools import cache
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

GENERATED = Path(__file__).resolve().parents[2] / "generated"
PACKAGES = sorted(path.parent for path in GENERATED.glob("*/pyproject.toml"))


def imported_modules(package: Path) -> dict[str, str]:
    """Each top-level module an absolute import of the package names, with the first file (relative) naming it."""
    found: dict[str, str] = {}
    for source in sorted(package.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(source.relative_to(package.parent)))
    return found


@cache
def distributions_of_modules() -> dict[str, list[str]]:
    return packages_distributions()


def distribution_of(module: str) -> str:
    """The installed distribution a top-level module comes from; an editable install that records no top-level
    names (talkwire-core here) is matched by its canonical name."""
    installed = distributions_of_modules().get(module)
    return canonicalize_name(installed[0] if installed else module)


def declared_dependencies(project: Path) -> set[str]:
    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    return {canonicalize_name(Requirement(text).name) for text in pyproject["project"]["dependencies"]}


def third_party_imports(project: Path) -> dict[str, str]:
    """The distribution of each third-party import of the project's package, with a file that imports it."""
    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    (package_name,) = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
    imports = imported_modules(project / package_name)
    return {
        distribution_of(module): where
        for module, where in imports.items()
        if module not in sys.stdlib_module_names and module != package_name and module != "__future__"
    }


def test_every_vendor_is_checked() -> None:
    assert [path.name for path in PACKAGES] == ["diga", "diio", "dstny", "vida", "vocelio"]


@pytest.mark.parametrize("project", PACKAGES, ids=[path.name for path in PACKAGES])
def test_every_third_party_import_is_declared(project: Path) -> None:
    declared = declared_dependencies(project)
    undeclared = {name: where for name, where in third_party_imports(project).items() if name not in declared}
    assert undeclared == {}, f"imported (by the file named) but not in {project.name}/pyproject.toml"


@pytest.mark.parametrize("project", PACKAGES, ids=[path.name for path in PACKAGES])
def test_every_declared_dependency_is_imported(project: Path) -> None:
    imported = set(third_party_imports(project))
    assert sorted(declared_dependencies(project) - imported) == []


def test_imports_are_read_from_the_source(tmp_path: Path) -> None:
    package = tmp_path / "talkwire_x_api"
    (package / "models").mkdir(parents=True)
    (package / "__init__.py").write_text("from .models import pet\n", encoding="utf-8")
    (package / "models" / "pet.py").write_text(
        "from __future__ import annotations\nimport json\nimport attrs, httpx.auth\n"
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from dateutil.parser import isoparse\n",
        encoding="utf-8",
    )
    assert imported_modules(package) == {
        "__future__": "talkwire_x_api/models/pet.py",
        "json": "talkwire_x_api/models/pet.py",
        "attrs": "talkwire_x_api/models/pet.py",
        "httpx": "talkwire_x_api/models/pet.py",
        "typing": "talkwire_x_api/models/pet.py",
        "dateutil": "talkwire_x_api/models/pet.py",
    }
    assert [distribution_of(module) for module in ("attrs", "httpx", "dateutil")] == [
        "attrs",
        "httpx",
        "python-dateutil",
    ]
