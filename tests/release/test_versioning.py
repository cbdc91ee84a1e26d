"""Versions end to end on a real generated package: first release, one bump per change, the version and changelog
stamped into the build (never into generated/), and griffe's check overruling the spec diff when the Python API
breaks in a way the spec diff calls documentation."""

from __future__ import annotations

import json
import tarfile
import zipfile
from pathlib import Path

import pytest
import yaml

from scripts.generation.drift import find_drift
from scripts.generation.generate import generate_vendor
from scripts.registry import Registry, load_registry
from scripts.release.build import build_distributions, discover
from scripts.release.state import read_record, release_dir
from scripts.release.versioning import Decision, main, update_versions
from tests.release.conftest import snapshot

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def release_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALKWIRE_RELEASE_DATE", "2026-03-04")


def regenerate(root: Path) -> Registry:
    registry = load_registry(root)
    generate_vendor(registry, registry.vendors["pets"])
    return registry


def edit_spec(root: Path, edit: str) -> None:
    path = root / "specs" / "pets.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    if edit == "add operation":
        spec["paths"]["/pets/{petId}"]["delete"] = {
            "operationId": "deletePet",
            "summary": "Delete a pet",
            "tags": ["pets"],
            "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"204": {"description": "Deleted."}},
        }
    elif edit == "rename inline model":
        # Only a title changes: documentation to the spec diff, but the generated class is named after it.
        schema = spec["paths"]["/stats"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        schema["title"] = "ShopStats"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


def section_part(changelog: str, heading: str) -> str:
    """The newest release's `### heading` part of a changelog, up to the next `### ` or release."""
    return changelog[changelog.index(f"### {heading}\n") :].split("\n### ")[0].split("\n## ")[0]


def release(root: Path) -> Decision:
    decisions = update_versions(load_registry(root))
    assert len(decisions) == 1
    return decisions[0]


def build_generated(root: Path, out: Path) -> tuple[str, str]:
    """Build the pets package as the release does; (its wheel's METADATA, its sdist's CHANGELOG.md)."""
    (dist,) = [dist for dist in discover(load_registry(root)) if dist.kind == "generated"]
    artifacts = build_distributions([dist], out)
    wheel = next(path for path in artifacts if path.suffix == ".whl")
    sdist = next(path for path in artifacts if path.name.endswith(".tar.gz"))
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(next(name for name in archive.namelist() if name.endswith("/METADATA"))).decode()
    with tarfile.open(sdist) as archive:
        member = next(name for name in archive.getnames() if name.endswith("/CHANGELOG.md"))
        extracted = archive.extractfile(member)
        assert extracted is not None
        changelog = extracted.read().decode()
    return metadata, changelog


def test_first_release_then_one_bump_per_change_stamped_into_the_build_not_into_generated(
    pets_root: Path, tmp_path: Path
) -> None:
    regenerate(pets_root)
    first = release(pets_root)
    assert (first.status, first.version) == ("initial", "0.1.0")

    edit_spec(pets_root, "add operation")
    regenerate(pets_root)
    generated = pets_root / "generated" / "pets"
    before_release = snapshot(generated)
    second = release(pets_root)

    assert (second.status, second.old_version, second.version, second.bump) == ("bumped", "0.1.0", "0.2.0", "minor")
    assert "griffe finds no breaking change" in second.reason
    record = read_record(pets_root, "pets")
    assert record is not None and (record.version, record.date, record.bump) == ("0.2.0", "2026-03-04", "minor")
    changelog = (release_dir(pets_root, "pets") / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## 0.2.0 (2026-03-04)") < changelog.index("## 0.1.0 (2026-03-04)")
    assert "- Added operation `delete_pet` (DELETE /pets/{petId})" in changelog
    # What the operation adds to the Python API is listed beside the spec diff's line, grouped by kind.
    added = section_part(changelog, "Added to the Python API")
    assert "#### Methods (4)\n\n" in added and "- `talkwire_pets_api.resources.pets.PetsResource.delete`\n" in added
    assert "- `talkwire_pets_api.api.pets.delete_pet.sync_detailed`\n" in added
    released_spec = json.loads((release_dir(pets_root, "pets") / "openapi.json").read_text(encoding="utf-8"))
    assert "delete" in released_spec["paths"]["/pets/{petId}"]
    # Releasing wrote only releases/: generated/ is a function of the spec, not of the release.
    assert snapshot(generated) == before_release
    assert 'version = "0.0.0"' in (generated / "pyproject.toml").read_text(encoding="utf-8")
    assert not (generated / "CHANGELOG.md").exists()

    metadata, shipped_changelog = build_generated(pets_root, tmp_path / "dist")
    assert "\nVersion: 0.2.0\n" in metadata
    assert shipped_changelog == changelog

    # Running again without a change releases nothing, and generated/ stays what its inputs produce.
    third = release(pets_root)
    assert (third.status, third.version) == ("unchanged", "0.2.0")
    assert find_drift(load_registry(pets_root)) == []


def test_a_version_bump_or_changelog_edit_leaves_generated_identical_and_drift_green(
    pets_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    regenerate(pets_root)
    release(pets_root)
    generated = pets_root / "generated" / "pets"
    before = snapshot(generated)
    record_path = release_dir(pets_root, "pets") / "release.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    record_path.write_text(json.dumps({**record, "version": "0.3.0"}, indent=2) + "\n", encoding="utf-8")
    changelog_path = release_dir(pets_root, "pets") / "CHANGELOG.md"
    changelog_path.write_text(changelog_path.read_text(encoding="utf-8") + "\nA note added by hand.\n")

    registry = load_registry(pets_root)
    assert find_drift(registry) == []
    result = generate_vendor(registry, registry.vendors["pets"])
    assert result.status == "up to date"
    assert snapshot(generated) == before

    metadata, shipped_changelog = build_generated(pets_root, tmp_path / "dist")
    assert "\nVersion: 0.3.0\n" in metadata
    assert shipped_changelog.endswith("A note added by hand.\n")


def test_griffe_breaking_change_wins_over_a_documentation_only_spec_diff(pets_root: Path) -> None:
    regenerate(pets_root)
    release(pets_root)

    edit_spec(pets_root, "rename inline model")
    regenerate(pets_root)
    decision = release(pets_root)

    assert (decision.version, decision.bump) == ("1.0.0", "major")
    assert "the spec diff says patch" in decision.reason
    assert "griffe finds" in decision.reason and "stronger bump (griffe's) wins" in decision.reason
    changelog = (release_dir(pets_root, "pets") / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Return annotation was changed (`GetStatsStatsSummary` -> `GetStatsShopStats`)" in section_part(
        changelog, "Breaking changes"
    )
    # The class griffe finds removed is listed once, by name, with the others the release removed.
    assert "- `talkwire_pets_api.models.GetStatsStatsSummary`" in section_part(changelog, "Removed from the Python API")
    assert "- `talkwire_pets_api.models.GetStatsShopStats`" in section_part(changelog, "Added to the Python API")
    assert "Public object was removed" not in changelog
    # The decision carries the section it recorded (a sync's pull request shows it without reading the file).
    assert decision.changelog_section.startswith("## 1.0.0 (2026-03-04)\n")
    assert changelog.index(decision.changelog_section.rstrip("\n")) < changelog.index("## 0.1.0")


def test_a_template_change_with_the_same_spec_is_a_patch(pets_root: Path) -> None:
    regenerate(pets_root)
    release(pets_root)

    template = pets_root / "scripts" / "templates" / "endpoint_module.py.jinja"
    template.write_text(template.read_text(encoding="utf-8") + "\n# generated with a changed template\n")
    regenerate(pets_root)
    decision = release(pets_root)

    assert (decision.version, decision.bump) == ("0.1.1", "patch")
    assert "the spec is unchanged" in decision.reason
    assert "- Changed generated code: generator or template change; same spec and API\n" in decision.changelog_section
    assert "Python API" not in decision.changelog_section.split("\n\n", 2)[2]


@pytest.mark.parametrize(("released", "expected"), [("1.2.0", "1.3.0"), ("0.1.0", "0.2.0")])
def test_a_template_change_adding_to_the_python_api_with_the_same_spec_is_a_minor(
    pets_root: Path, released: str, expected: str
) -> None:
    regenerate(pets_root)
    release(pets_root)
    record_path = release_dir(pets_root, "pets") / "release.json"
    record_path.write_text(record_path.read_text(encoding="utf-8").replace('"0.1.0"', f'"{released}"'))

    template = pets_root / "scripts" / "templates" / "types.py.jinja"
    text = template.read_text(encoding="utf-8")
    public_all = '__all__ = ["UNSET",'
    assert public_all in text
    addition = 'def describe_unset() -> str:\n    """Added by a template."""\n    return "UNSET"\n\n\n'
    template.write_text(text.replace(public_all, addition + '__all__ = ["UNSET", "describe_unset",'))
    regenerate(pets_root)
    decision = release(pets_root)

    assert (decision.old_version, decision.version, decision.bump) == (released, expected, "minor")
    assert "the spec is unchanged" in decision.reason and "adds 1 name(s)" in decision.reason
    changelog = (release_dir(pets_root, "pets") / "CHANGELOG.md").read_text(encoding="utf-8")
    added = section_part(changelog, "Added to the Python API")
    assert "#### Functions (1)\n\n- `talkwire_pets_api.types.describe_unset`\n" in added
    assert "- Changed generated code: generator or template change; same spec\n" in changelog
    record = read_record(pets_root, "pets")
    assert record is not None and record.api_added == {"function": ["talkwire_pets_api.types.describe_unset"]}
    assert record.api_removed == {}


def test_cli_prints_one_line_per_vendor(pets_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    regenerate(pets_root)

    assert main(["--root", str(pets_root)]) == 0
    assert "pets     0.1.0     first release recorded" in capsys.readouterr().out
    assert main(["--root", str(pets_root)]) == 0
    assert "unchanged since its last release" in capsys.readouterr().out


def test_a_corrupt_release_record_is_an_error_naming_the_file(
    pets_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    regenerate(pets_root)
    record = release_dir(pets_root, "pets") / "release.json"
    record.parent.mkdir(parents=True)
    record.write_text("{not json", encoding="utf-8")

    assert main(["--root", str(pets_root)]) == 1
    assert "releases/pets/release.json: not valid JSON" in capsys.readouterr().err
