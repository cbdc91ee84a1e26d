"""Where an operation is on the client: the resource of its tag and its method, by one rule
(scripts/spec/method_names.py, docs/operation-names.md), overridable with `x-talkwire-method`; a name two methods of
a resource would share, or one the client or a resource already has, is refused at generation, located."""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from typing import Any

import pytest

from scripts.generation.generate import generate_vendor
from scripts.registry import Registry
from scripts.spec.method_names import auto_paging_name, derived_method_name, resource_name
from scripts.spec.source import SpecError


@pytest.mark.parametrize(
    ("function", "resource", "method"),
    [
        ("list_meetings", "meetings", "list"),  # the tag's noun right after the verb goes
        ("get_meeting", "meetings", "get"),  # compared in the singular
        ("get_meeting_summary", "meetings", "get_summary"),
        ("list_agent_templates", "agent_templates", "list"),  # the whole tag
        ("create_path", "conversational_paths", "create"),  # or its last words
        ("import_phone_number", "phones", "import_number"),
        ("list_categories", "categories", "list"),  # -ies
        ("get_address", "addresses", "get"),  # -sses
        ("get_conversation_transcript", "transcripts", "get_conversation_transcript"),  # noun not after the verb
        ("return_phone_number", "phone_numbers", "return_phone_number"),  # `return` is a keyword
        ("login", "auth", "login"),  # nothing after the verb
        ("get_current_user", "users", "get_current_user"),
    ],
)
def test_the_rule_takes_the_resources_noun_from_right_after_the_verb(function: str, resource: str, method: str) -> None:
    assert derived_method_name(function, resource) == method


def test_auto_paging_puts_all_after_the_verb() -> None:
    assert auto_paging_name("list") == "list_all"
    assert auto_paging_name("list_versions") == "list_all_versions"
    assert auto_paging_name("search") == "search_all"


def test_a_resource_is_the_tag_as_the_generator_names_its_package() -> None:
    assert resource_name("Phone Numbers") == "phone_numbers"
    assert resource_name("API Keys") == "api_keys"


def shop_with(registry: Registry, pipeline_root: Path, paths: dict[str, Any]) -> Path:
    """The shop fixture spec with `paths` added; its path."""
    spec_path = pipeline_root / "specs" / "shop.json"
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    spec["paths"].update(paths)
    spec_path.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    return spec_path


def order_operation(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "tags": ["orders"],
        "responses": {
            "200": {
                "description": "Orders.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}},
            }
        },
        **extra,
    }


def test_two_methods_of_one_name_are_refused_at_generation_each_located(
    registry: Registry, pipeline_root: Path
) -> None:
    # getOrder is `orders.get` by the rule; so would these be.
    shop_with(
        registry,
        pipeline_root,
        {
            "/orders/latest": {"get": order_operation("getOrders")},
            "/orders/oldest": {"get": order_operation("getTheOrder", **{"x-talkwire-method": "get"})},
        },
    )
    with pytest.raises(SpecError) as refused:
        generate_vendor(registry, registry.vendors["shop"])
    lines = str(refused.value).splitlines()
    assert len(lines) == 2, lines
    assert "/paths/~1orders~1latest/get (line " in lines[0]
    assert "`orders.get`, which is also GET /orders/{order_id} (get_order)'s" in lines[0]
    assert "x-talkwire-method" in lines[0]
    assert "/paths/~1orders~1oldest/get/x-talkwire-method (line " in lines[1]  # where the clashing name was given
    assert not (pipeline_root / "generated" / "shop").exists()  # nothing written


def test_x_talkwire_method_names_the_method_instead_of_the_rule(registry: Registry, pipeline_root: Path) -> None:
    shop_with(
        registry,
        pipeline_root,
        {"/orders/latest": {"get": order_operation("getOrders", **{"x-talkwire-method": "latest"})}},
    )
    generate_vendor(registry, registry.vendors["shop"])
    package = pipeline_root / "generated" / "shop" / "twfixture_shop_api"
    operations = runpy.run_path(str(package / "_operations.py"))["OPERATIONS"]
    assert (operations["get_orders"]["resource"], operations["get_orders"]["resource_method"]) == ("orders", "latest")
    assert (operations["get_order"]["resource"], operations["get_order"]["resource_method"]) == ("orders", "get")
    resource = (package / "resources" / "orders.py").read_text(encoding="utf-8")
    assert "    def latest(\n" in resource and "    async def latest(\n" in resource
    reference = (pipeline_root / "generated" / "shop" / "api.md").read_text(encoding="utf-8")
    assert "client.orders.latest() -> Order" in reference


@pytest.mark.parametrize(
    ("paths", "problem"),
    [
        (
            {"/orders/latest": {"get": order_operation("getOrders", **{"x-talkwire-method": "Latest-Orders"})}},
            "/paths/~1orders~1latest/get/x-talkwire-method (line",
        ),
        (
            {"/orders/latest": {"get": order_operation("getOrders", **{"x-talkwire-method": "with_raw_response"})}},
            "which every resource has",
        ),
        (
            {"/options": {"get": {**order_operation("getOptions"), "tags": ["with options"]}}},
            "tag 'with options' would be the client attribute `with_options`",
        ),
        (
            {
                "/orders": {
                    "get": order_operation(
                        "listOrders",
                        parameters=[{"name": "page", "in": "query", "schema": {"type": "integer"}}],
                        **{"x-pagination": {"style": "page", "items": "orders", "page_param": "page"}},
                    )
                }
            },
            "/paths/~1orders/get/x-pagination (line",
        ),
    ],
    ids=["not a method name", "a resource's own attribute", "a client attribute", "an item list the response lacks"],
)
def test_a_name_or_paging_the_client_cannot_have_is_refused_located(
    registry: Registry, pipeline_root: Path, paths: dict[str, Any], problem: str
) -> None:
    shop_with(registry, pipeline_root, paths)
    with pytest.raises(SpecError) as refused:
        generate_vendor(registry, registry.vendors["shop"])
    assert problem in str(refused.value)
    assert str(refused.value).startswith(str(pipeline_root / "specs" / "shop.json"))
