"""The spec model (scripts/spec/model.py): operations with path-level parameters merged, `$ref`s followed,
webhooks, and the location of every node: in the spec file, or in the overlay action that wrote it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scripts.registry import Registry
from scripts.spec import pointer
from scripts.spec.load import load_spec
from scripts.spec.model import Spec
from scripts.spec.source import Location, parse_source

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/items/{item_id}": {
            "parameters": [
                {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"$ref": "#/components/parameters/Verbose"},
            ],
            "get": {"operationId": "getItem", "responses": {"200": {"$ref": "#/components/responses/Item"}}},
            "patch": {
                "operationId": "patchItem",
                "parameters": [{"name": "verbose", "in": "query", "required": True, "schema": {"type": "boolean"}}],
                "responses": {"204": {"description": "Done."}},
            },
        },
        "/ping": {"get": {"responses": {"200": {"description": "Pong."}}}},
    },
    "webhooks": {
        "itemChanged": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Event"}}}},
                "responses": {"200": {"description": "Received."}},
            }
        }
    },
    "components": {
        "parameters": {"Verbose": {"name": "verbose", "in": "query", "schema": {"type": "boolean"}}},
        "responses": {
            "Item": {
                "description": "An item.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
            }
        },
        "schemas": {
            "Item": {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}},
            "Owner": {"type": "object"},
            "Event": {"type": "object", "properties": {"item": {"$ref": "#/components/schemas/Item"}}},
            "Alias": {"$ref": "#/components/schemas/AliasOfAlias"},
            "AliasOfAlias": {"$ref": "#/components/schemas/Alias"},
        },
    },
}


@pytest.fixture
def spec() -> Spec:
    return Spec.of(DOCUMENT, "specs/items.yaml")


def test_operations_come_in_document_order_with_their_keys_and_pointers(spec: Spec) -> None:
    assert [(str(op), op.key, op.pointer) for op in spec.operations] == [
        ("GET /items/{item_id}", "getItem", "/paths/~1items~1{item_id}/get"),
        ("PATCH /items/{item_id}", "patchItem", "/paths/~1items~1{item_id}/patch"),
        ("GET /ping", "GET /ping", "/paths/~1ping/get"),
    ]
    assert spec.operation("patchItem").python_name == "patch_item"
    assert spec.operation("GET /ping").tag == "default"


def test_path_item_parameters_are_merged_and_an_operations_own_win(spec: Spec) -> None:
    get = spec.operation("getItem")
    assert [(p.location, p.name, p.required, p.pointer) for p in get.parameters] == [
        ("path", "item_id", True, "/paths/~1items~1{item_id}/parameters/0"),
        ("query", "verbose", False, "/components/parameters/Verbose"),  # where the $ref leads
    ]
    patch = spec.operation("patchItem")
    assert patch.parameters_in("query")["verbose"].required is True
    assert patch.parameters_in("query")["verbose"].pointer == "/paths/~1items~1{item_id}/patch/parameters/0"


def test_responses_come_with_their_refs_followed_and_the_2xx_ones_apart() -> None:
    document = {
        **DOCUMENT,
        "paths": {
            "/items": {
                "get": {
                    "responses": {
                        200: {"$ref": "#/components/responses/Item"},  # YAML reads an unquoted 200 as an int
                        "2XX": {"description": "Another success."},
                        "404": {"description": "Not found."},
                        "500": {"$ref": "#/components/responses/Nowhere"},  # dangling: validation reports it
                    }
                }
            }
        },
    }
    operation = Spec.of(document).operation("GET /items")
    assert [(r.status, r.is_success, r.pointer, r.node["description"]) for r in operation.responses] == [
        ("200", True, "/components/responses/Item", "An item."),
        ("2XX", True, "/paths/~1items/get/responses/2XX", "Another success."),
        ("404", False, "/paths/~1items/get/responses/404", "Not found."),
    ]
    assert [response.status for response in operation.successes] == ["200", "2XX"]
    assert list(operation.successes[0].content) == ["application/json"]
    assert operation.successes[1].content == {}


def test_refs_are_followed_and_a_loop_or_a_dangling_ref_is_missing(spec: Spec) -> None:
    response = spec.operation("getItem").node["responses"]["200"]
    assert spec.deref(response)["description"] == "An item."
    assert spec.deref({"$ref": "#/components/schemas/Alias"}) is pointer.MISSING
    assert spec.deref({"$ref": "#/components/schemas/Nowhere"}) is pointer.MISSING
    assert spec.deref({"$ref": "other.yaml#/Item"}) is pointer.MISSING


def test_schemas_reachable_follow_refs_through_other_components(spec: Spec) -> None:
    assert spec.schemas_reachable(spec.operation("getItem").node) == {"Item", "Owner"}


def test_webhooks_are_operations_named_by_the_webhook(spec: Spec) -> None:
    assert [(op.path, op.method, op.pointer) for op in spec.webhooks] == [
        ("itemChanged", "post", "/webhooks/itemChanged/post")
    ]


def test_pointers_escape_and_unescape_tokens() -> None:
    assert pointer.join(["paths", "/a~b/{id}", "get"]) == "/paths/~1a~0b~1{id}/get"
    assert pointer.split("/paths/~1a~0b~1{id}/get") == ["paths", "/a~b/{id}", "get"]
    assert pointer.split("") == []
    assert pointer.ref_target("#/components/schemas/A%20B") == "/components/schemas/A B"
    assert pointer.is_within("/a/b/c", "/a/b") and not pointer.is_within("/a/bc", "/a/b")


def test_a_node_of_the_spec_is_located_in_the_spec_file_at_its_key(registry: Registry) -> None:
    spec = load_spec(registry.vendors["pets"])
    assert spec.locate("/paths/~1pets/get/summary") == Location(
        registry.vendors["pets"].spec, "/paths/~1pets/get/summary", 14
    )
    assert (
        str(spec.locate("/components/schemas/Pet"))
        == f"{registry.vendors['pets'].spec}: /components/schemas/Pet (line 56)"
    )


def test_a_node_written_by_the_overlay_is_located_in_the_overlay_action(registry: Registry) -> None:
    pets = registry.vendors["pets"]
    assert pets.overlay is not None
    spec = load_spec(pets)
    assert spec.locate("/paths/~1pets/get/x-pagination/items") == Location(
        pets.overlay, "/actions/0/update/x-pagination/items", 12
    )
    assert spec.locate("/paths/~1pets~1{pet_id}/get/operationId") == Location(
        pets.overlay, "/actions/1/update/operationId", 16
    )
    # The operation itself was only added to: it stands in the spec.
    assert spec.locate("/paths/~1pets~1{pet_id}/get").file == pets.spec


def test_a_node_of_a_json_spec_has_its_line_too(registry: Registry) -> None:
    spec = load_spec(registry.vendors["shop"])
    assert spec.locate("/paths/~1orders~1{order_id}/get/operationId").line == 9


def test_a_yaml_file_is_parsed_once_into_data_and_lines() -> None:
    source = parse_source("a:\n  b: [1, 2]\n  c:\n    - {d: x}\n", Path("f.yaml"))
    assert source.data == {"a": {"b": [1, 2], "c": [{"d": "x"}]}}
    assert [source.line_of(at) for at in ("", "/a", "/a/b/1", "/a/c/0/d", "/a/nope")] == [1, 1, 2, 4, None]
    assert Location(Path("f.yaml"), "", None).where == "/"
    assert Location(Path("f.yaml"), None, 3, 7).where == "line 3, column 7"
    assert Location(Path("f.yaml")).where == "-"
