"""`python -m scripts.generation.drift`: passes on a freshly generated tree, fails naming the vendor when an input changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from scripts.generation.drift import find_drift, main
from scripts.registry import Registry

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def generated(run_generate: Run) -> None:
    code, _, err = run_generate()
    assert code == 0, err


def run_drift(root: Path, capsys: pytest.CaptureFixture[str], *names: str) -> tuple[int, str, str]:
    code = main(["--root", str(root), *names])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.usefixtures("generated")
def test_a_clean_tree_passes(pipeline_root: Path, registry: Registry, capsys: pytest.CaptureFixture[str]) -> None:
    assert find_drift(registry) == []
    assert run_drift(pipeline_root, capsys) == (0, "generated/ matches its inputs for pets, shop\n", "")


@pytest.mark.usefixtures("generated")
@pytest.mark.parametrize(
    ("touched", "vendors"),
    [
        ("specs/pets.yaml", "pets"),
        ("specs/shop.json", "shop"),
        ("overlays/pets/openapi-overlay.yaml", "pets"),
        ("scripts/templates/endpoint_module.py.jinja", "pets shop"),
    ],
)
def test_a_changed_input_fails_naming_the_vendor(
    pipeline_root: Path, capsys: pytest.CaptureFixture[str], touched: str, vendors: str
) -> None:
    path = pipeline_root / touched
    path.write_bytes(path.read_bytes() + b"\n")

    code, out, err = run_drift(pipeline_root, capsys)

    assert code == 1
    assert out == ""
    for vendor in vendors.split():
        assert f"drift: {vendor}: its inputs changed since it was generated" in err
    assert f"generated/ is stale for: {vendors}. Run `nox -s generate` and commit the result." in err


@pytest.mark.usefixtures("generated")
def test_regenerating_makes_it_pass_again(
    pipeline_root: Path, registry: Registry, run_generate: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = pipeline_root / "specs" / "pets.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("List pets", "List the pets"), encoding="utf-8")
    assert [drift.vendor for drift in find_drift(registry)] == ["pets"]

    run_generate()

    assert run_drift(pipeline_root, capsys)[0] == 0


@pytest.mark.usefixtures("generated")
def test_a_hand_edited_generated_file_is_drift(pipeline_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = pipeline_root / "generated" / "pets" / "twfixture_pets_api" / "models" / "pet.py"
    model.write_text(model.read_text(encoding="utf-8") + "# patched\n", encoding="utf-8")

    code, _, err = run_drift(pipeline_root, capsys)

    assert code == 1
    assert "drift: pets: files under generated/pets/ differ from what was generated (edited by hand?)" in err


@pytest.mark.usefixtures("generated")
def test_a_deleted_generated_file_is_drift(registry: Registry, pipeline_root: Path) -> None:
    (pipeline_root / "generated" / "shop" / "README.md").unlink()
    assert [drift.vendor for drift in find_drift(registry)] == ["shop"]


@pytest.mark.usefixtures("generated")
def test_caches_beside_the_generated_files_are_not_drift(registry: Registry, pipeline_root: Path) -> None:
    cache = pipeline_root / "generated" / "pets" / "twfixture_pets_api" / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "client.cpython-311.pyc").write_bytes(b"\0")
    assert find_drift(registry) == []


def test_a_vendor_never_generated_is_drift(pipeline_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_drift(pipeline_root, capsys)
    assert code == 1
    assert "drift: pets: generated/pets/ is missing" in err
    assert "generated/ is stale for: pets shop." in err


@pytest.mark.usefixtures("generated")
def test_a_generated_package_of_no_registered_vendor_is_drift(
    pipeline_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (pipeline_root / "generated" / "gone").mkdir()
    code, _, err = run_drift(pipeline_root, capsys)
    assert code == 1
    assert "drift: gone: generated/gone/ belongs to no vendor in pyproject.toml" in err


@pytest.mark.usefixtures("generated")
def test_one_vendor_can_be_checked(pipeline_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (pipeline_root / "specs" / "shop.json").write_text("{}\n", encoding="utf-8")
    assert run_drift(pipeline_root, capsys, "pets") == (0, "generated/ matches its inputs for pets\n", "")
    assert run_drift(pipeline_root, capsys, "shop")[0] == 1
