"""Specs and overlay documents are read as YAML 1.2 (OpenAPI's YAML), every node keeps its line, aliases are bounded.

PyYAML's own loaders read YAML 1.1: `no`, `on`, `yes`, `off` become booleans (an enum of language codes loses
Norwegian and the generator drops the schema), `12:30` becomes the sexagesimal 750, `2024-01-01` a date.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from scripts.generation.generate import generate_vendor
from scripts.registry import Registry
from scripts.spec.source import MAX_EXPANDED_NODES, SpecError, parse_source, read_source


def load(text: str, name: str = "spec.yaml") -> object:
    return parse_source(text, Path(name)).data["value"]


@pytest.mark.parametrize(
    ("scalar", "expected"),
    [
        ("no", "no"),
        ("on", "on"),
        ("yes", "yes"),
        ("off", "off"),
        ("No", "No"),
        ("Y", "Y"),
        ("12:30", "12:30"),  # sexagesimal 750 in YAML 1.1
        ("2024-01-01", "2024-01-01"),  # a date in YAML 1.1
        ("2024-01-01T10:00:00Z", "2024-01-01T10:00:00Z"),
        ("1_000", "1_000"),
        ("0b101", "0b101"),
        ("=", "="),
        ("012", 12),  # octal 10 in YAML 1.1
        ("0o17", 15),
        ("0x1F", 31),
        ("-42", -42),
        ("+7", 7),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        ("-.inf", -math.inf),
        ("true", True),
        ("TRUE", True),
        ("False", False),
        ("null", None),
        ("~", None),
        ("", None),
        ('"no"', "no"),
    ],
)
def test_plain_scalars_resolve_by_the_yaml_1_2_core_schema(scalar: str, expected: object) -> None:
    assert load(f"value: {scalar}\n") == expected
    assert type(load(f"value: {scalar}\n")) is type(expected)


def test_nan_is_a_float() -> None:
    value = load("value: .nan\n")
    assert isinstance(value, float) and math.isnan(value)


def test_a_language_enum_keeps_its_members_as_strings() -> None:
    assert load("value: {type: string, enum: [en, no, on, yes, off, de]}\n") == {
        "type": "string",
        "enum": ["en", "no", "on", "yes", "off", "de"],
    }


def test_a_tag_outside_the_core_schema_is_an_error_at_its_line() -> None:
    with pytest.raises(SpecError) as caught:
        parse_source("openapi: 3.1.0\nvalue: !!timestamp 2024-01-01\n", Path("spec.yaml"))
    assert caught.value.location.line == 2
    assert "could not determine a constructor for the tag 'tag:yaml.org,2002:timestamp'" in caught.value.reason


def test_merge_keys_and_shared_anchors_still_load() -> None:
    text = "base: &base {type: string}\nvalue:\n  <<: *base\n  enum: [no]\n"
    assert load(text) == {"type": "string", "enum": ["no"]}


def test_every_node_of_a_yaml_and_a_json_document_has_its_line(tmp_path: Path) -> None:
    yaml_source = parse_source("a:\n  b:\n    - x\n    - {c: 1}\n", Path("spec.yaml"))
    assert [yaml_source.line_of(at) for at in ("", "/a", "/a/b", "/a/b/0", "/a/b/1", "/a/b/1/c")] == [1, 1, 2, 3, 4, 4]
    path = tmp_path / "spec.json"
    path.write_text(json.dumps({"a": {"b": ["x", {"c": "no"}]}}, indent=2), encoding="utf-8")
    json_source = read_source(path)
    assert json_source.data["a"]["b"][1]["c"] == "no"
    assert [json_source.line_of(at) for at in ("/a", "/a/b", "/a/b/0", "/a/b/1", "/a/b/1/c")] == [2, 3, 4, 5, 6]
    assert json_source.line_of("/a/missing") is None


def billion_laughs(levels: int) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    lines.append(f"value: *a{levels - 1}")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_at_the_node_it_would_expand() -> None:
    # 9 levels of 9 aliases: 9**9 (387 million) scalars once expanded.
    with pytest.raises(SpecError) as caught:
        parse_source(billion_laughs(9), Path("bomb.yaml"))
    error = caught.value
    assert error.path == "bomb.yaml"
    # a6 is the first node past the bound: 9**7 = 4.8 million scalars (a5 has 531,441 and is let through).
    assert error.location.where == "line 7, column 5"
    assert (
        error.reason == f"aliases expand this node to more than {MAX_EXPANDED_NODES:,} nodes; refused (an alias bomb?)"
    )


def test_aliases_below_the_bound_load() -> None:
    assert len(load(billion_laughs(4))) == 9  # 9**4 = 6561 scalars


def test_a_recursive_alias_is_refused() -> None:
    with pytest.raises(SpecError) as caught:
        parse_source("openapi: 3.1.0\nvalue: &loop\n  self: *loop\n", Path("loop.yaml"))
    assert caught.value.location.where == "line 2, column 8"  # the anchored node
    assert caught.value.reason == "an alias inside this node refers to the node itself (a recursive alias)"


@pytest.mark.slow
def test_an_enum_of_no_on_yes_generates_string_members(registry: Registry, pipeline_root: Path) -> None:
    spec = pipeline_root / "specs" / "pets.yaml"
    text = spec.read_text(encoding="utf-8")
    anchor = "        born: {type: string, format: date-time}\n"
    assert anchor in text
    spec.write_text(text.replace(anchor, anchor + "        language: {type: string, enum: [en, no, on, yes, off]}\n"))

    generate_vendor(registry, registry.vendors["pets"])

    generated = pipeline_root / "generated" / "pets"
    overlaid = json.loads((generated / "openapi.json").read_text(encoding="utf-8"))
    assert overlaid["components"]["schemas"]["Pet"]["properties"]["language"]["enum"] == [
        "en",
        "no",
        "on",
        "yes",
        "off",
    ]
    enum_module = (generated / "twfixture_pets_api" / "models" / "pet_language.py").read_text(encoding="utf-8")
    for member, value in (("EN", "en"), ("NO", "no"), ("ON", "on"), ("YES", "yes"), ("OFF", "off")):
        assert f'{member} = "{value}"' in enum_module
    pet_module = (generated / "twfixture_pets_api" / "models" / "pet.py").read_text(encoding="utf-8")
    assert "language: PetLanguage | Unset" in pet_module
