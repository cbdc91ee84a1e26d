"""A broken spec or overlay document fails loading with a SpecError naming the file and the place at fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.registry import Registry, Vendor
from scripts.spec.load import load_spec
from scripts.spec.source import InvalidSpecError, SpecError


@pytest.fixture
def pets(registry: Registry) -> Vendor:
    return registry.vendors["pets"]


@pytest.fixture
def shop(registry: Registry) -> Vendor:
    return registry.vendors["shop"]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load_error(vendor: Vendor) -> SpecError:
    with pytest.raises(SpecError) as caught:
        load_spec(vendor)
    return caught.value


def test_the_fixture_specs_load(pets: Vendor, shop: Vendor) -> None:
    assert load_spec(pets).document["paths"]["/pets"]["get"]["operationId"] == "listPets"
    assert load_spec(pets).stale_actions == []
    assert load_spec(shop).document["info"]["title"] == "Shop"


def test_invalid_yaml_names_the_file_and_line(pets: Vendor) -> None:
    edit(pets.spec, "      summary: List pets\n", "      summary: List pets\n     bad: indentation\n")
    error = load_error(pets)
    assert error.path == str(pets.spec)
    assert error.location.where == "line 15, column 6"  # the inserted line
    assert error.reason.startswith("invalid YAML")


def test_invalid_json_names_the_file_and_line(shop: Vendor) -> None:
    edit(shop.spec, '"summary": "Get an order",', '"summary": "Get an order"')  # the docs' favourite bug
    error = load_error(shop)
    assert error.path == str(shop.spec)
    assert error.location.where == "line 12, column 9"  # where the parser found the next member instead of the comma
    assert error.reason == "invalid JSON: Expecting ',' delimiter"


def test_a_document_that_is_not_a_mapping_is_rejected(shop: Vendor) -> None:
    shop.spec.write_text("[1, 2]\n", encoding="utf-8")
    assert str(load_error(shop)) == f"{shop.spec}: /: expected a mapping at the top level, found list"


def test_a_missing_spec_file_is_named(pets: Vendor) -> None:
    pets.spec.unlink()
    assert str(load_error(pets)) == f"{pets.spec}: -: file not found"


def test_invalid_openapi_names_the_json_pointer_and_line(pets: Vendor) -> None:
    edit(pets.spec, "          in: path\n", "          in: body\n")
    error = load_error(pets)
    assert error.path == str(pets.spec)
    assert error.location.where == "/paths/~1pets~1{pet_id}/get/parameters/0/in (line 38)"
    assert error.reason == "invalid OpenAPI: 'body' is not one of ['query', 'header', 'path', 'cookie']"


def test_invalid_openapi_in_json_names_the_json_pointer(shop: Vendor) -> None:
    edit(shop.spec, '"description": "The order.",', "")
    error = load_error(shop)
    assert error.location.where == "/paths/~1orders~1{order_id}/get/responses/200 (line 14)"
    assert error.reason == "invalid OpenAPI: 'description' is a required property"


def test_an_invalid_schema_is_located_in_the_document_not_only_in_the_schema(pets: Vendor) -> None:
    # Schema errors come from the JSON Schema metaschema with a path relative to the schema object; the pointer
    # reported must still lead to the node in the spec.
    edit(pets.spec, "        born: {type: string, format: date-time}\n", "        born: {type: strin}\n")
    error = load_error(pets)
    assert error.location.where == "/components/schemas/Pet/properties/born/type (line 62)"
    assert "invalid OpenAPI: 'strin' is not valid" in error.reason


def test_a_dangling_ref_in_the_spec_blames_the_spec(pets: Vendor) -> None:
    edit(pets.spec, '$ref: "#/components/schemas/Pet"\n', '$ref: "#/components/schemas/Pett"\n')
    error = load_error(pets)
    assert error.path == str(pets.spec)
    assert (
        error.location.where
        == "/paths/~1pets~1{pet_id}/get/responses/200/content/application~1json/schema/$ref (line 47)"
    )
    assert error.reason == "dangling $ref '#/components/schemas/Pett': no such node"


def test_a_dangling_ref_written_by_the_overlay_blames_the_overlay(pets: Vendor) -> None:
    assert pets.overlay is not None
    edit(
        pets.overlay,
        "      operationId: getPet\n",
        "      operationId: getPet\n      responses:\n        '410': {$ref: '#/components/responses/Gone'}\n",
    )
    error = load_error(pets)
    assert error.path == str(pets.overlay)
    # Where the overlay document wrote it, not where it ended up in the overlaid spec.
    assert error.location.where == "/actions/1/update/responses/410/$ref (line 18)"
    assert error.reason == "dangling $ref '#/components/responses/Gone': no such node"


def test_an_overlay_removing_the_target_of_a_spec_ref_blames_the_overlay(pets: Vendor) -> None:
    # The spec alone is consistent; the `$ref` dangles only because the overlay removed what it points at.
    assert pets.overlay is not None
    with pets.overlay.open("a", encoding="utf-8") as handle:
        handle.write("  - target: $.components.schemas.Pet\n    remove: true\n")
    error = load_error(pets)
    assert error.path == str(pets.overlay)
    assert error.location.where == "/actions/2/target (line 17)"  # the action that removed it
    assert "dangling $ref '#/components/schemas/Pet'" in error.reason


def test_an_external_ref_is_reported_as_unsupported(shop: Vendor) -> None:
    edit(shop.spec, '"#/components/schemas/Order"', '"order.json#/Order"')
    error = load_error(shop)
    assert error.path == str(shop.spec)
    assert error.reason == "external $ref 'order.json#/Order' is not supported"


def test_an_overlay_target_error_names_the_overlay_action_and_line(pets: Vendor) -> None:
    assert pets.overlay is not None
    edit(pets.overlay, "$.paths['/pets/{pet_id}'].get", "$.paths[?(@.get.operationId ==]")
    error = load_error(pets)
    assert error.path == str(pets.overlay)
    assert error.location.where == "/actions/1/target (line 14)"
    assert error.reason.startswith("invalid JSONPath")


def test_an_overlay_update_that_does_not_fit_names_the_action(pets: Vendor) -> None:
    assert pets.overlay is not None
    edit(pets.overlay, "  - target: $.paths['/pets/{pet_id}'].get\n", "  - target: $.info.title\n")
    error = load_error(pets)
    assert (error.path, error.location.where) == (str(pets.overlay), "/actions/1/update (line 15)")
    assert "cannot merge a dict into the str at info.title" in error.reason


def test_an_invalid_overlay_document_names_the_overlay_and_line(pets: Vendor) -> None:
    assert pets.overlay is not None
    edit(pets.overlay, "overlay: 1.0.0\n", "overlay: 1.0.0\n  info: [\n")
    error = load_error(pets)
    assert error.path == str(pets.overlay)
    assert error.location.where.startswith("line ")
    assert error.reason.startswith("invalid YAML")


def test_an_overlay_action_matching_nothing_is_a_warning_of_the_load(pets: Vendor) -> None:
    assert pets.overlay is not None
    edit(pets.overlay, "$.paths['/pets/{pet_id}'].get", "$.paths['/pets/{id}'].get")
    loaded = load_spec(pets)
    assert [str(problem) for problem in loaded.stale_action_problems()] == [
        f"{pets.overlay}: /actions/1 (line 14): target $.paths['/pets/{{id}}'].get matched nothing"
    ]


# --- every problem at once, each located (issue 18; issue 12 finding 17) ------------------------------------------

PET_BORN = "        born: {type: string, format: date-time}\n"


def test_a_duplicated_operation_id_is_located_at_each_operation(pets: Vendor) -> None:
    assert pets.overlay is not None
    edit(pets.overlay, "operationId: getPet", "operationId: listPets")
    error = load_error(pets)
    assert isinstance(error, InvalidSpecError)
    assert [str(problem) for problem in error.problems] == [
        f"{pets.overlay}: /actions/0/update/operationId (line 8): operationId 'listPets' is not unique "
        "(also GET /pets/{pet_id})",
        f"{pets.overlay}: /actions/1/update/operationId (line 16): operationId 'listPets' is not unique (also GET /pets)",
    ]


def test_operation_ids_that_the_generator_names_alike_are_duplicates(shop: Vendor) -> None:
    edit(shop.spec, '"paths": {', '"paths": {"/order_ids": {"get": {"operationId": "get_order", "responses": {}}},')
    messages = [str(problem) for problem in load_error(shop).problems]
    assert [message for message in messages if "is not unique" in message] == [
        f"{shop.spec}: /paths/~1order_ids/get/operationId (line 6): operationId 'get_order' is not unique "
        "(also GET /orders/{order_id}): the generator names both `get_order`",
        f"{shop.spec}: /paths/~1orders~1{{order_id}}/get/operationId (line 9): operationId 'getOrder' is not unique "
        "(also GET /order_ids): the generator names both `get_order`",
    ]


def test_a_default_outside_its_enum_is_located_at_the_schema(pets: Vendor) -> None:
    edit(pets.spec, PET_BORN, PET_BORN + "        kind: {type: string, enum: [cat, dog], default: bird}\n")
    assert str(load_error(pets)) == (
        f"{pets.spec}: /components/schemas/Pet/properties/kind (line 63): "
        "default 'bird' is not one of its enum ['cat', 'dog']"
    )


def test_a_default_of_the_wrong_type_is_located_at_the_schema(pets: Vendor) -> None:
    edit(pets.spec, "schema: {type: integer, minimum: 1, default: 1}", "schema: {type: integer, default: 'one'}")
    assert str(load_error(pets)) == (
        f"{pets.spec}: /paths/~1pets/get/parameters/0/schema (line 18): default 'one' is not of its type integer"
    )


def test_an_unresolved_path_parameter_is_located_at_the_operation(pets: Vendor) -> None:
    edit(pets.spec, "  /pets/{pet_id}:\n", "  /pets/{pet_id}/{photo_id}:\n")
    assert pets.overlay is not None
    edit(pets.overlay, "$.paths['/pets/{pet_id}'].get", "$.paths['/pets/{pet_id}/{photo_id}'].get")
    assert str(load_error(pets)) == (
        f"{pets.spec}: /paths/~1pets~1{{pet_id}}~1{{photo_id}}/get (line 33): path parameter `photo_id` of "
        "GET /pets/{pet_id}/{photo_id} is not declared (a parameter `in: path`, `required: true`, on the operation "
        "or its path item)"
    )


def test_a_declared_path_parameter_missing_from_the_template_is_located_at_the_parameter(pets: Vendor) -> None:
    edit(
        pets.spec,
        "          schema: {type: integer}\n",
        "          schema: {type: integer}\n        - {name: photo_id, in: path, required: true, schema: {type: integer}}\n",
    )
    assert (
        "/paths/~1pets~1{pet_id}/get/parameters/1 (line 41): path parameter `photo_id` is not in the path of GET /pets/{pet_id}"
        in str(load_error(pets))
    )


@pytest.mark.parametrize(
    ("old", "new", "where", "reason"),
    [
        (
            "openapi: 3.1.0\n",
            "opnapi: 3.1.0\n",
            "/opnapi (line 1)",
            "`opnapi` is not `openapi`: the OpenAPI version member is misspelled",
        ),
        (
            "openapi: 3.1.0\n",
            "OpenAPI: 3.1.0\n",
            "/OpenAPI (line 1)",
            "`OpenAPI` is not `openapi`: the OpenAPI version member is misspelled",
        ),
        (
            "openapi: 3.1.0\n",
            "openapi: 2.0.0\n",
            "/openapi (line 1)",
            "unsupported `openapi: 2.0.0` (talkwire reads OpenAPI 3.0.x and 3.1.x)",
        ),
        (
            "openapi: 3.1.0\n",
            "swagger: '2.0'\n",
            "/swagger (line 1)",
            "a Swagger 2.0 document; convert it to OpenAPI 3 (talkwire reads 3.0 and 3.1)",
        ),
        ("openapi: 3.1.0\n", "", "/ (line 1)", "no `openapi` member: not an OpenAPI 3.0 or 3.1 document"),
    ],
    ids=["misspelled", "capitalised", "unsupported", "swagger", "missing"],
)
def test_the_openapi_version_member_is_checked_and_located(
    pets: Vendor, old: str, new: str, where: str, reason: str
) -> None:
    edit(pets.spec, old, new)
    error = load_error(pets)
    assert (error.location.where, error.reason) == (where, reason)


def test_every_problem_of_a_spec_is_listed_at_once(pets: Vendor) -> None:
    assert pets.overlay is not None
    edit(pets.overlay, "operationId: getPet", "operationId: listPets")
    edit(pets.spec, PET_BORN, PET_BORN + "        kind: {type: string, enum: [cat, dog], default: bird}\n")
    edit(pets.spec, "          in: path\n", "          in: body\n")
    error = load_error(pets)
    assert [(problem.location.where, problem.reason.split(":")[0]) for problem in error.problems] == [
        ("/paths/~1pets~1{pet_id}/get/parameters/0/in (line 38)", "invalid OpenAPI"),
        ("/actions/0/update/operationId (line 8)", "operationId 'listPets' is not unique (also GET /pets/{pet_id})"),
        ("/actions/1/update/operationId (line 16)", "operationId 'listPets' is not unique (also GET /pets)"),
        # The parameter no longer `in: path`: the template's {pet_id} is now undeclared too.
        (
            "/paths/~1pets~1{pet_id}/get (line 33)",
            "path parameter `pet_id` of GET /pets/{pet_id} is not declared (a parameter `in",
        ),
        ("/components/schemas/Pet/properties/kind (line 63)", "default 'bird' is not one of its enum ['cat', 'dog']"),
    ]
    assert str(error) == "\n".join(str(problem) for problem in error.problems)


def _broken_31_document() -> dict[str, object]:
    """An OpenAPI 3.1 document with errors in the places the 3.1 schema reaches through `$dynamicRef`."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Broken", "version": 3},
        "paths": {"/pets": {"get": {"responses": {"200": {"bogus": 1}}}}},
        "components": {
            "schemas": {
                "Pet": {"type": "objectx", "properties": {"name": {"type": 5}, "tags": {"items": {"minItems": "a"}}}}
            }
        },
    }


def test_the_crawled_openapi_schema_reports_what_openapi_spec_validator_reports() -> None:
    """The 3.1 schema is checked over a registry crawled once (scripts/spec/validate.py, for speed): the same errors,
    at the same places, as openapi-spec-validator's own validator."""
    from openapi_spec_validator.shortcuts import get_validator_cls

    from scripts.spec.validate import _crawled

    document = _broken_31_document()
    validator = get_validator_cls(document)
    assert _crawled(validator) is not validator

    def found(cls: type) -> list[tuple[str, list[object]]]:
        return sorted((error.message, list(error.absolute_path)) for error in cls(document).iter_errors())

    assert found(_crawled(validator)) == found(validator)
    assert len(found(validator)) >= 3
