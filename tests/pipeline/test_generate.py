"""`python -m scripts.generation`: deterministic, atomic, incremental, selective, one line per vendor, no warnings.

Runs the real pipeline (overlay, validation, openapi-python-client, ruff) on the two-vendor fixture repository
of conftest.py, in a temporary directory.
"""

from __future__ import annotations

import re
import runpy
from collections.abc import Callable
from pathlib import Path

import pytest

from scripts.fingerprint import STAMP
from scripts.generation.generate import GenerationError, generate_vendor
from scripts.generation.stamp import GENERATION_CODE, NOT_SHAPING_OUTPUT
from scripts.registry import Registry, load_registry
from tests.pipeline.conftest import REPO, make_pipeline_root, snapshot

Run = Callable[..., tuple[int, str, str]]
LINE = re.compile(
    r"^(?P<vendor>\w+)\s+(?P<status>generated|up to date)\s+(?P<operations>\d+) operations\s+(?P<models>\d+) models"
    r"\s+(?P<seconds>\d+\.\d\d)s$"
)


def report(stdout: str) -> dict[str, dict[str, str]]:
    """The per-vendor lines of generate's output, parsed; any other line fails the test."""
    lines = stdout.strip().splitlines()
    matches = [LINE.match(line) for line in lines]
    assert all(matches), f"unexpected output lines: {lines}"
    return {match["vendor"]: match.groupdict() for match in matches if match}


def test_prints_one_line_per_vendor_with_operations_models_and_time(run_generate: Run) -> None:
    code, out, err = run_generate()

    assert (code, err) == (0, "")
    lines = report(out)
    assert list(lines) == ["pets", "shop"]
    assert lines["pets"] | {"seconds": "-"} == {
        "vendor": "pets",
        "status": "generated",
        "operations": "2",
        "models": "2",
        "seconds": "-",
    }
    assert (lines["shop"]["status"], lines["shop"]["operations"], lines["shop"]["models"]) == ("generated", "1", "2")


def test_the_generated_package_uses_the_overlay_names(run_generate: Run, pipeline_root: Path) -> None:
    run_generate("pets")
    package = pipeline_root / "generated" / "pets" / "twfixture_pets_api"
    assert sorted(path.name for path in (package / "api" / "pets").glob("*.py")) == [
        "__init__.py",
        "get_pet.py",
        "list_pets.py",
    ]
    operations = runpy.run_path(str(package / "_operations.py"))["OPERATIONS"]
    assert operations["list_pets"]["operation_id"] == "listPets"
    assert operations["list_pets"]["pagination"]["page_param"] == "page"
    assert operations["get_pet"] == {
        "method": "GET",
        "path": "/pets/{pet_id}",
        "operation_id": "getPet",
        "tag": "pets",
        "resource": "pets",
        "resource_method": "get",
        "security": ["bearer"],
        "scopes": [],
    }
    assert 'name = "twfixture-pets-api"' in (pipeline_root / "generated" / "pets" / "pyproject.toml").read_text()


def test_two_runs_on_the_same_inputs_give_byte_identical_trees(tmp_path: Path) -> None:
    # Two separate checkouts, so an absolute path or a timestamp in the output would show as a difference.
    trees = []
    for name in ("first", "second"):
        registry = load_registry(make_pipeline_root(tmp_path / name))
        for vendor in registry.vendors.values():
            generate_vendor(registry, vendor)
        trees.append(snapshot(registry.generated_dir))
    assert trees[0].keys() == trees[1].keys()
    assert [name for name in trees[0] if trees[0][name] != trees[1][name]] == []
    assert f"pets/{STAMP}" in trees[0]


def test_forced_regeneration_rewrites_the_same_bytes(run_generate: Run, pipeline_root: Path) -> None:
    run_generate()
    before = snapshot(pipeline_root / "generated")

    code, out, _ = run_generate("--force")

    assert code == 0
    assert {vendor: line["status"] for vendor, line in report(out).items()} == {
        "pets": "generated",
        "shop": "generated",
    }
    assert snapshot(pipeline_root / "generated") == before


def test_unchanged_vendors_are_skipped_as_up_to_date(run_generate: Run, pipeline_root: Path) -> None:
    run_generate()
    stamp_before = (pipeline_root / "generated" / "pets" / STAMP).stat().st_mtime_ns

    code, out, _ = run_generate()

    assert code == 0
    lines = report(out)
    assert {vendor: line["status"] for vendor, line in lines.items()} == {"pets": "up to date", "shop": "up to date"}
    # The skip still reports what the package holds.
    assert (lines["pets"]["operations"], lines["pets"]["models"]) == ("2", "2")
    assert (pipeline_root / "generated" / "pets" / STAMP).stat().st_mtime_ns == stamp_before


@pytest.mark.parametrize(
    "change",
    [
        "specs/pets.yaml",
        "overlays/pets/openapi-overlay.yaml",
        "scripts/templates/client.py.jinja",
        "scripts/spec/model.py",
    ],
)
def test_a_changed_input_regenerates_only_its_vendors(run_generate: Run, pipeline_root: Path, change: str) -> None:
    run_generate()
    with (pipeline_root / change).open("a", encoding="utf-8") as handle:
        handle.write("\n# touched\n")

    _, out, _ = run_generate()

    statuses = {vendor: line["status"] for vendor, line in report(out).items()}
    shared = change.startswith("scripts/")
    assert statuses == {"pets": "generated", "shop": "generated" if shared else "up to date"}


def test_every_module_of_the_spec_and_generation_stages_is_declared_an_input_or_not(pipeline_root: Path) -> None:
    scripts = pipeline_root / "scripts"
    modules = sorted(
        path.relative_to(scripts).as_posix()
        for stage in ("spec", "generation")
        for path in (scripts / stage).glob("*.py")
    )
    assert sorted([*GENERATION_CODE, *NOT_SHAPING_OUTPUT]) == modules


def test_a_hand_edited_generated_file_is_regenerated(run_generate: Run, pipeline_root: Path) -> None:
    run_generate()
    client = pipeline_root / "generated" / "shop" / "twfixture_shop_api" / "client.py"
    original = client.read_bytes()
    client.write_bytes(original + b"# edited by hand\n")

    _, out, _ = run_generate()

    assert report(out)["shop"]["status"] == "generated"
    assert client.read_bytes() == original


def test_one_vendor_can_be_selected(run_generate: Run, pipeline_root: Path) -> None:
    code, out, _ = run_generate("shop")

    assert code == 0
    assert list(report(out)) == ["shop"]
    assert not (pipeline_root / "generated" / "pets").exists()


def test_an_unknown_vendor_is_an_error_naming_the_known_ones(run_generate: Run) -> None:
    code, out, err = run_generate("nope")

    assert code == 2
    assert out == ""
    assert "unknown vendor(s) nope; known: pets, shop" in err


def break_yaml(root: Path) -> str:
    spec = root / "specs" / "pets.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("      summary: Get a pet\n", "      summary: [Get a pet\n"), encoding="utf-8")
    return "specs/pets.yaml: line 36, column 1"  # where the unclosed flow sequence runs into the next key


def break_openapi(root: Path) -> str:
    spec = root / "specs" / "pets.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("          description: No such pet.\n", "          summary: No such pet.\n"))
    return "specs/pets.yaml: /paths/~1pets~1{pet_id}/get/responses/404 (line 48): invalid OpenAPI"


def break_ref(root: Path) -> str:
    spec = root / "specs" / "pets.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace('"#/components/schemas/Pet"\n', '"#/components/schemas/Pett"\n', 1), encoding="utf-8")
    return (
        "specs/pets.yaml: /paths/~1pets~1{pet_id}/get/responses/200/content/application~1json/schema/$ref (line 47): "
        "dangling $ref '#/components/schemas/Pett'"
    )


def break_overlay(root: Path) -> str:
    overlay = root / "overlays" / "pets" / "openapi-overlay.yaml"
    overlay.write_text(overlay.read_text(encoding="utf-8").replace("$.paths['/pets'].get", "$.paths['/pets'.get"))
    return "overlays/pets/openapi-overlay.yaml: /actions/0/target (line 6): invalid JSONPath"


@pytest.mark.parametrize("breakage", [break_yaml, break_openapi, break_ref, break_overlay])
def test_a_broken_input_leaves_the_previous_output_and_names_the_place(
    run_generate: Run, pipeline_root: Path, breakage: Callable[[Path], str]
) -> None:
    run_generate()
    before = snapshot(pipeline_root / "generated")
    where = breakage(pipeline_root)

    code, out, err = run_generate("--force")

    assert code == 1
    assert "pets     FAILED; generated/pets/ left as it was" in err
    assert f"{pipeline_root}/{where}" in err
    assert report(out)["shop"]["status"] == "generated"  # one vendor's failure does not stop the others
    assert snapshot(pipeline_root / "generated") == before
    assert sorted(path.name for path in (pipeline_root / "generated").iterdir()) == ["pets", "shop"]


def warning_spec(root: Path) -> None:
    """A request body without a schema: the generator warns and skips it. (A media type it does not know is no
    longer a warning: the pipeline hands it one of the same kind, scripts/generation/media.py.)"""
    spec = root / "specs" / "pets.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(
        text.replace(
            "  /pets/{pet_id}:\n",
            "  /pets/{pet_id}/photo:\n"
            "    put:\n"
            "      operationId: uploadPetPhoto\n"
            "      tags: [pets]\n"
            "      parameters:\n"
            "        - {name: pet_id, in: path, required: true, schema: {type: integer}}\n"
            "      requestBody:\n"
            "        content:\n"
            "          application/json: {}\n"
            "      responses:\n"
            '        "204": {description: Stored.}\n'
            "  /pets/{pet_id}:\n",
        ),
        encoding="utf-8",
    )


def test_a_generator_warning_fails_generation_and_keeps_the_previous_output(
    run_generate: Run, pipeline_root: Path
) -> None:
    run_generate()
    before = snapshot(pipeline_root / "generated")
    warning_spec(pipeline_root)

    code, _, err = run_generate("pets")

    assert code == 1
    assert "openapi-python-client reported 1 problem(s) (warnings are errors here)" in err
    assert "PUT /pets/{pet_id}/photo" in err and "Missing schema" in err
    # Located at the operation the generator names.
    assert f"- {pipeline_root}/specs/pets.yaml: /paths/~1pets~1{{pet_id}}~1photo/put (line 33): WARNING:" in err
    assert snapshot(pipeline_root / "generated") == before


def test_a_generator_warning_raises_for_a_vendor_never_generated(registry: Registry, pipeline_root: Path) -> None:
    warning_spec(pipeline_root)
    with pytest.raises(GenerationError, match="warnings are errors here"):
        generate_vendor(registry, registry.vendors["pets"])
    assert list((pipeline_root / "generated").iterdir()) == []


def test_an_overlay_action_matching_nothing_fails_generation_naming_the_action(
    run_generate: Run, pipeline_root: Path
) -> None:
    run_generate()
    before = snapshot(pipeline_root / "generated")
    spec = pipeline_root / "specs" / "pets.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("/pets/{pet_id}:", "/animals/{pet_id}:"), encoding="utf-8")

    code, _, err = run_generate("pets")

    overlay = pipeline_root / "overlays" / "pets" / "openapi-overlay.yaml"
    assert code == 1
    assert f"{overlay}: /actions/1 (line 14): target $.paths['/pets/{{pet_id}}'].get matched nothing" in err
    assert snapshot(pipeline_root / "generated") == before


def test_the_architecture_diagram_names_every_module_of_scripts_under_its_stage() -> None:
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    diagram = text[text.index("## The flow") : text.index("## Why the pieces")]
    listed: dict[str, set[str]] = {}
    stage = ""
    for line in diagram.splitlines():
        if re.match(r"^scripts/\w+/ ", line):
            stage = line.split()[0]
        elif leading := re.match(r"^    ((?:\w+\.py, )*\w+\.py) ", line):
            listed.setdefault(stage, set()).update(leading[1].split(", "))
    scripts = REPO / "scripts"
    for package in ("spec", "generation", "release", "contract"):
        modules = {path.name for path in (scripts / package).glob("*.py") if not path.name.startswith("__")}
        assert listed.get(f"scripts/{package}/") == modules, package
    shared = [path.name for path in scripts.glob("*.py") if not path.name.startswith("__")]
    assert [name for name in shared if f"`scripts/{name}`" not in diagram] == []


def test_every_failing_vendor_is_listed_at_the_end_with_every_problem_located(
    run_generate: Run, pipeline_root: Path
) -> None:
    # pets: a duplicated operationId (at each operation) and a default outside its enum (at the schema), both
    # through the real command; shop: a misspelled `openapi` member.
    pets_spec = pipeline_root / "specs" / "pets.yaml"
    pets_overlay = pipeline_root / "overlays" / "pets" / "openapi-overlay.yaml"
    shop_spec = pipeline_root / "specs" / "shop.json"
    born = "        born: {type: string, format: date-time}\n"
    pets_spec.write_text(
        pets_spec.read_text().replace(born, born + "        kind: {type: string, enum: [cat, dog], default: bird}\n")
    )
    pets_overlay.write_text(pets_overlay.read_text().replace("operationId: getPet", "operationId: listPets"))
    shop_spec.write_text(shop_spec.read_text().replace('"openapi": "3.1.0"', '"opneapi": "3.1.0"'))

    code, out, err = run_generate()

    assert (code, out) == (1, "")
    assert "pets     FAILED; generated/pets/ left as it was" in err
    assert "shop     FAILED; generated/shop/ left as it was" in err
    summary = err[err.index("2 of 2 vendor(s) failed to generate:") :]
    assert summary.splitlines()[1:] == [
        "",
        "pets:",
        f"  {pets_overlay}: /actions/0/update/operationId (line 8): operationId 'listPets' is not unique (also GET /pets/{{pet_id}})",
        f"  {pets_overlay}: /actions/1/update/operationId (line 16): operationId 'listPets' is not unique (also GET /pets)",
        f"  {pets_spec}: /components/schemas/Pet/properties/kind (line 63): default 'bird' is not one of its enum ['cat', 'dog']",
        "",
        "shop:",
        f"  {shop_spec}: /opneapi (line 2): `opneapi` is not `openapi`: the OpenAPI version member is misspelled",
    ]
    assert "Traceback" not in err
    assert not (pipeline_root / "generated").exists() or list((pipeline_root / "generated").iterdir()) == []


def test_an_unexpected_error_in_one_vendor_does_not_stop_the_others(
    run_generate: Run, pipeline_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scripts.generation import generate

    render = generate.render_package

    def failing_for_pets(registry: Registry, vendor: object, spec: object, project_dir: Path) -> None:
        if getattr(vendor, "key", None) == "pets":
            raise KeyError("a bug")
        render(registry, vendor, spec, project_dir)  # type: ignore[arg-type]

    monkeypatch.setattr(generate, "render_package", failing_for_pets)

    code, out, err = run_generate()

    assert code == 1
    assert report(out)["shop"]["status"] == "generated"
    summary = err[err.index("1 of 2 vendor(s) failed to generate:") :]
    assert "pets:\n  unexpected error (a bug in the pipeline):\n  Traceback" in summary
    assert "KeyError: 'a bug'" in summary
    assert [path.name for path in (pipeline_root / "generated").iterdir()] == ["shop"]
