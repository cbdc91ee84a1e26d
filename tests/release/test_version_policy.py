"""The version policy on pairs of specs: each breaking kind is major, additions minor, documentation patch; and
the changelog section lists what changed, breaking changes first."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.release.changelog import prepend_section, render_section
from scripts.release.versioning import next_version
from scripts.spec.diff import Change, bump_level, diff_specs
from scripts.spec.model import Spec as SpecModel

FIXTURES = Path(__file__).resolve().parent / "fixtures"
Spec = dict[str, Any]


def diff(old: Spec, new: Spec) -> list[Change]:
    return diff_specs(SpecModel.of(old), SpecModel.of(new))


@pytest.fixture(scope="module")
def base() -> Spec:
    data = yaml.safe_load((FIXTURES / "pets-base.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def pet(spec: Spec) -> dict[str, Any]:
    return spec["components"]["schemas"]["Pet"]  # type: ignore[no-any-return]


def new_pet(spec: Spec) -> dict[str, Any]:
    return spec["components"]["schemas"]["NewPet"]  # type: ignore[no-any-return]


def list_pets(spec: Spec) -> dict[str, Any]:
    return spec["paths"]["/pets"]["get"]  # type: ignore[no-any-return]


def remove_operation(spec: Spec) -> None:
    del spec["paths"]["/pets/{petId}"]


def remove_parameter(spec: Spec) -> None:
    list_pets(spec)["parameters"] = []


def remove_response_field(spec: Spec) -> None:
    del pet(spec)["properties"]["tag"]


def remove_request_field(spec: Spec) -> None:
    del new_pet(spec)["properties"]["tag"]


def remove_model(spec: Spec) -> None:
    spec["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {"type": "object"}
    del spec["components"]["schemas"]["NewPet"]


def remove_enum_value(spec: Spec) -> None:
    pet(spec)["properties"]["status"]["enum"] = ["available"]


def change_field_type(spec: Spec) -> None:
    pet(spec)["properties"]["id"] = {"type": "string"}


def change_parameter_type(spec: Spec) -> None:
    list_pets(spec)["parameters"][0]["schema"] = {"type": "string"}


def make_parameter_required(spec: Spec) -> None:
    list_pets(spec)["parameters"][0]["required"] = True


def make_request_field_required(spec: Spec) -> None:
    new_pet(spec)["required"] = ["name", "tag"]


def add_required_request_field(spec: Spec) -> None:
    new_pet(spec)["properties"]["owner"] = {"type": "string"}
    new_pet(spec)["required"] = ["name", "owner"]


def add_required_parameter(spec: Spec) -> None:
    list_pets(spec)["parameters"].append(
        {"name": "shop", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def make_response_field_optional(spec: Spec) -> None:
    pet(spec)["required"] = ["id"]


def make_response_field_nullable(spec: Spec) -> None:
    pet(spec)["properties"]["name"]["nullable"] = True


def change_date_format(spec: Spec) -> None:
    pet(spec)["properties"]["tag"]["format"] = "date-time"


def remove_success_response(spec: Spec) -> None:
    spec["paths"]["/pets"]["post"]["responses"] = {"default": {"description": "Anything."}}


def add_operation(spec: Spec) -> None:
    spec["paths"]["/pets/{petId}"]["delete"] = {
        "operationId": "deletePet",
        "tags": ["pets"],
        "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"204": {"description": "Deleted."}},
    }


def add_optional_parameter(spec: Spec) -> None:
    list_pets(spec)["parameters"].append({"name": "sort", "in": "query", "schema": {"type": "string"}})


def add_response_field(spec: Spec) -> None:
    pet(spec)["properties"]["born"] = {"type": "string", "format": "date"}


def add_enum_value(spec: Spec) -> None:
    pet(spec)["properties"]["status"]["enum"] = ["available", "sold", "reserved"]


def add_model(spec: Spec) -> None:
    spec["components"]["schemas"]["Owner"] = {"type": "object", "properties": {"name": {"type": "string"}}}


def make_request_field_optional(spec: Spec) -> None:
    new_pet(spec)["required"] = []


def change_description(spec: Spec) -> None:
    pet(spec)["properties"]["name"]["description"] = "What the pet answers to."
    list_pets(spec)["summary"] = "List every pet"


def change_example(spec: Spec) -> None:
    pet(spec)["properties"]["name"]["example"] = "Fido"


Mutation = Callable[[Spec], None]

CASES: list[tuple[Mutation, str, str]] = [
    # (mutation, expected bump, a phrase the changelog must contain)
    (remove_operation, "major", "operation `get_pet` (GET /pets/{petId})"),
    (remove_parameter, "major", "query parameter `limit` of `list_pets`"),
    (remove_response_field, "major", "field `Pet.tag`"),
    (remove_request_field, "major", "field `NewPet.tag`"),
    (remove_model, "major", "model `NewPet`"),
    (remove_enum_value, "major", "`sold`"),
    (change_field_type, "major", "type changed from `integer` to `string`"),
    (change_parameter_type, "major", "type changed from `integer` to `string`"),
    (make_parameter_required, "major", "now required"),
    (make_request_field_required, "major", "now required in requests"),
    (add_required_request_field, "major", "required field `NewPet.owner`"),
    (add_required_parameter, "major", "required query parameter `shop`"),
    (make_response_field_optional, "major", "now optional in responses"),
    (make_response_field_nullable, "major", "may now be null in responses"),
    (change_date_format, "major", "format changed from none to date-time"),
    (remove_success_response, "major", "response 201 of `create_pet`"),
    (add_operation, "minor", "operation `delete_pet` (DELETE /pets/{petId})"),
    (add_optional_parameter, "minor", "optional query parameter `sort`"),
    (add_response_field, "minor", "optional field `Pet.born`"),
    (add_enum_value, "minor", "`reserved`"),
    (add_model, "minor", "model `Owner`"),
    (make_request_field_optional, "minor", "field `NewPet.name`"),
    (change_description, "patch", "descriptions or examples"),
    (change_example, "patch", "descriptions or examples"),
]


@pytest.mark.parametrize(("mutate", "expected", "phrase"), CASES, ids=[case[0].__name__ for case in CASES])
def test_each_kind_of_change_gets_its_bump_and_changelog_entry(
    base: Spec, mutate: Mutation, expected: str, phrase: str
) -> None:
    changed = copy.deepcopy(base)
    mutate(changed)

    changes = diff(base, changed)

    assert bump_level(changes) == expected, [change.line() for change in changes]
    section = render_section("1.2.3", "2026-01-02", "why", changes)
    assert phrase in section


def test_identical_specs_need_no_release(base: Spec) -> None:
    assert diff(base, copy.deepcopy(base)) == []
    assert bump_level([]) is None


def test_parameters_declared_on_the_path_item_count_as_the_operations(base: Spec) -> None:
    moved = copy.deepcopy(base)
    item = moved["paths"]["/pets/{petId}"]
    item["parameters"] = [*item["get"].pop("parameters"), {"name": "X-Shop", "in": "header", "schema": {}}]
    without_header = copy.deepcopy(moved)
    without_header["paths"]["/pets/{petId}"]["parameters"].pop()

    # Moved up to the path item: the same parameters, so nothing beyond a patch-level "other spec details".
    assert [change.level for change in diff(base, without_header)] == ["patch"]
    changes = diff(moved, without_header)
    assert bump_level(changes) == "major"
    assert [change.line() for change in changes] == ["removed header parameter `X-Shop` of `get_pet`"]


def test_a_documentation_change_does_not_hide_a_breaking_one(base: Spec) -> None:
    changed = copy.deepcopy(base)
    change_description(changed)
    remove_response_field(changed)
    add_operation(changed)

    changes = diff(base, changed)

    assert bump_level(changes) == "major"
    assert [change.level for change in changes] == sorted(
        (change.level for change in changes), key=["major", "minor", "patch"].index
    )


def test_changelog_lists_breaking_changes_first_with_version_date_and_reason(base: Spec, tmp_path: Path) -> None:
    changed = copy.deepcopy(base)
    add_operation(changed)
    remove_response_field(changed)
    change_description(changed)
    changes = diff(base, changed)
    path = tmp_path / "CHANGELOG.md"

    prepend_section(path, "talkwire-pets-api", render_section("0.1.0", "2026-01-01", "First release.", []))
    prepend_section(
        path, "talkwire-pets-api", render_section("1.0.0", "2026-02-03", "Major: removed a field.", changes)
    )

    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Changelog of talkwire-pets-api\n")
    assert text.index("## 1.0.0 (2026-02-03)") < text.index("## 0.1.0 (2026-01-01)")
    newest = text[text.index("## 1.0.0") : text.index("## 0.1.0")]
    assert "Major: removed a field." in newest
    assert newest.index("### Breaking changes") < newest.index("### Added") < newest.index("### Changed")
    assert "- Removed field `Pet.tag`" in newest
    assert "- Added operation `delete_pet` (DELETE /pets/{petId})" in newest
    assert text.count("# Changelog of") == 1


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [
        ("0.1.0", "major", "1.0.0"),
        ("0.1.3", "minor", "0.2.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("2.0.0", "major", "3.0.0"),
    ],
)
def test_next_version(version: str, level: str, expected: str) -> None:
    assert next_version(version, level) == expected  # type: ignore[arg-type]


def test_changes_render_their_detail() -> None:
    change = Change("major", "changed", "field `Pet.name`", "may now be null in responses")
    assert change.line() == "changed field `Pet.name`: may now be null in responses"
