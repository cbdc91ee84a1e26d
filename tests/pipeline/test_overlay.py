"""The Overlay 1.0 engine (scripts/spec/overlay.py) against the OpenAPI Overlay Specification's own examples.

Each overlay document in tests/fixtures/overlay/ is printed verbatim from the specification's "Examples" section;
`target.yaml` is a small document holding every node those examples aim at.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.spec.overlay import OverlayError, apply_overlay

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "overlay"


def load(name: str) -> dict[str, Any]:
    data = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def target() -> dict[str, Any]:
    return load("target.yaml")


def parameter_names(operation: dict[str, Any]) -> list[tuple[str, str]]:
    return [(parameter["name"], parameter["in"]) for parameter in operation.get("parameters", [])]


def test_structured_overlay_merges_recursively_and_keeps_what_it_does_not_mention(target: dict[str, Any]) -> None:
    result = apply_overlay(target, load("structured.yaml"))

    document = result.document
    assert document["info"] == {
        "title": "Overlay examples target",
        "version": "1.0.0",
        "x-overlay-applied": "structured-overlay",
    }
    assert document["paths"]["/"]["summary"] == "The root resource"
    assert document["paths"]["/"]["get"]["summary"] == "Retrieve the root resource"
    assert document["paths"]["/"]["get"]["x-rate-limit"] == 100
    assert document["paths"]["/"]["get"]["responses"] == {"200": {"description": "OK"}}
    assert document["paths"]["/pets"]["get"]["summary"] == "Retrieve a list of pets"
    assert len(document["paths"]["/pets"]["get"]["parameters"]) == 3
    assert set(document["paths"]) == {"/", "/pets", "/foo", "/bar"}
    assert result.applied == 1
    assert result.unmatched == []


def test_targeted_overlay_updates_one_node_each(target: dict[str, Any]) -> None:
    result = apply_overlay(target, load("targeted.yaml"))

    paths = result.document["paths"]
    assert paths["/foo"]["get"]["description"] == "This is the new description"
    assert paths["/bar"]["get"]["description"] == "This is the updated description"
    assert paths["/bar"]["post"] == {
        "description": "This is an updated description of a child object",
        "x-safe": False,
        "responses": {"201": {"description": "Created"}},
    }
    # Nothing else moved: /pets and / are exactly as they were.
    assert paths["/pets"] == target["paths"]["/pets"]
    assert paths["/"] == target["paths"]["/"]
    assert result.applied == 3


def test_the_input_document_is_not_modified(target: dict[str, Any]) -> None:
    before = copy.deepcopy(target)
    apply_overlay(target, load("targeted.yaml"))
    apply_overlay(target, load("array-remove.yaml"))
    assert target == before


def test_wildcard_updates_every_matching_node(target: dict[str, Any]) -> None:
    result = apply_overlay(target, load("wildcard.yaml"))

    paths = result.document["paths"]
    assert [path for path in paths if paths[path]["get"].get("x-safe") is True] == ["/", "/pets", "/foo", "/bar"]
    assert "x-safe" not in paths["/bar"]["post"]


def test_filter_expression_selects_only_the_nodes_it_describes(target: dict[str, Any]) -> None:
    result = apply_overlay(target, load("wildcard.yaml"))

    parameters = result.document["paths"]["/pets"]["get"]["parameters"]
    with_schema = [(p["name"], p["in"]) for p in parameters if "schema" in p]
    assert with_schema == [("filter", "query")]  # not the header `filter`, not `dummy`
    assert parameters[0]["schema"] == {"$ref": "/components/schemas/filterSchema"}


def test_update_on_an_array_appends_the_element(target: dict[str, Any]) -> None:
    result = apply_overlay(target, load("array-add.yaml"))

    paths = result.document["paths"]
    assert parameter_names(paths["/pets"]["get"]) == [
        ("filter", "query"),
        ("filter", "header"),
        ("dummy", "query"),
        ("newParam", "query"),
    ]
    assert parameter_names(paths["/bar"]["get"]) == [("dummy", "query"), ("newParam", "query")]
    # Operations without a parameters array have no node to append to: the wildcard matches only real arrays.
    assert "parameters" not in paths["/foo"]["get"]


def test_remove_deletes_every_selected_array_element(target: dict[str, Any]) -> None:
    result = apply_overlay(target, load("array-remove.yaml"))

    paths = result.document["paths"]
    assert parameter_names(paths["/pets"]["get"]) == [("filter", "query"), ("filter", "header")]
    assert parameter_names(paths["/bar"]["get"]) == []


def test_remove_of_several_elements_of_one_array_keeps_the_others(target: dict[str, Any]) -> None:
    overlay = overlay_with([{"target": "$.paths['/pets'].get.parameters[?@.in == 'query']", "remove": True}])
    paths = apply_overlay(target, overlay).document["paths"]
    assert parameter_names(paths["/pets"]["get"]) == [("filter", "header")]


def test_remove_deletes_object_members(target: dict[str, Any]) -> None:
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "remove", "version": "1"},
        "actions": [{"target": "$.paths['/foo']", "remove": True}, {"target": "$.paths.*.post", "remove": True}],
    }
    paths = apply_overlay(target, overlay).document["paths"]
    assert list(paths) == ["/", "/pets", "/bar"]
    assert list(paths["/bar"]) == ["get"]


def test_traits_example_with_a_nested_filter_gives_the_documented_result() -> None:
    result = apply_overlay(load("traits-target.yaml"), load("traits.yaml"))
    assert result.document == load("traits-result.yaml")


def test_actions_see_the_result_of_earlier_actions(target: dict[str, Any]) -> None:
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "remove then recreate", "version": "1"},
        "actions": [
            {"target": "$.paths['/foo'].get.description", "remove": True},
            {"target": "$.paths['/foo'].get", "update": {"description": "Completely new"}},
        ],
    }
    assert apply_overlay(target, overlay).document["paths"]["/foo"]["get"]["description"] == "Completely new"


def test_an_action_whose_target_matches_nothing_is_reported(target: dict[str, Any]) -> None:
    del target["paths"]["/foo"]
    result = apply_overlay(target, load("targeted.yaml"), source="targeted.yaml")

    assert [str(action) for action in result.unmatched] == [
        "targeted.yaml: /actions/0 (target $.paths['/foo'].get) matched nothing"
    ]
    assert result.applied == 2
    # The other actions still ran.
    assert result.document["paths"]["/bar"]["get"]["description"] == "This is the updated description"


def overlay_with(actions: Any, **top: Any) -> dict[str, Any]:
    document: dict[str, Any] = {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions}
    document.update(top)
    return document


@pytest.mark.parametrize(
    ("overlay", "location", "reason"),
    [
        (overlay_with([{"target": "$.info"}]), "/actions/0", "needs `update` or `remove: true`"),
        (
            overlay_with([{"target": "$.info", "update": {"x": 1}}, {"update": {"x": 1}}]),
            "/actions/1",
            "string `target`",
        ),
        (
            overlay_with([{"target": "$.info", "update": {}}, {"target": "$.paths[", "update": {}}]),
            "/actions/1/target",
            "invalid JSONPath",
        ),
        (
            overlay_with([{"target": "$.info", "update": {}}, {"target": "$.info.title", "update": {"x": 1}}]),
            "/actions/1/update",
            "cannot merge a dict into the str",
        ),
        (overlay_with([{"target": "$", "remove": True}]), "/actions/0/target", "cannot remove the document root"),
        (overlay_with([]), "/actions", "non-empty list"),
        (overlay_with([{"target": "$", "update": {}}], overlay="2.0.0"), "/overlay", "unsupported overlay version"),
        (overlay_with([{"target": "$", "update": {}}], info={"title": "no version"}), "/info", "`version`"),
    ],
)
def test_an_invalid_overlay_document_names_the_action_at_fault(
    target: dict[str, Any], overlay: dict[str, Any], location: str, reason: str
) -> None:
    with pytest.raises(OverlayError) as caught:
        apply_overlay(target, overlay, source="overlays/x/openapi-overlay.yaml")

    assert caught.value.location == location
    assert reason in caught.value.reason
    assert str(caught.value).startswith(f"overlays/x/openapi-overlay.yaml: {location}: ")
