"""An operation without an operationId is named by one rule (scripts/spec/naming.py, docs/operation-names.md)."""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from typing import Any

import pytest

from scripts.generation.generate import generate_vendor
from scripts.registry import Registry
from scripts.spec.load import overlaid
from scripts.spec.model import Spec
from scripts.spec.naming import NAMED_BY, operations_named
from scripts.spec.source import SourceDocument


def document(operations: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A document with `operations` as {"METHOD /path": operation object}."""
    paths: dict[str, Any] = {}
    for key, operation in operations.items():
        method, path = key.split(" ", 1)
        paths.setdefault(path, {})[method.lower()] = {"responses": {"200": {"description": "OK"}}, **operation}
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def names(operations: dict[str, dict[str, Any]]) -> dict[str, tuple[str, str]]:
    doc = operations_named(document(operations))
    return {
        f"{operation.method.upper()} {operation.path}": (
            operation.node["operationId"],
            operation.node.get(NAMED_BY, "-"),
        )
        for operation in Spec.of(doc).operations
    }


def test_a_summary_of_a_few_words_names_the_operation_without_its_articles() -> None:
    assert names(
        {
            "GET /api/v2/ping": {"summary": "Check that the service answers"},
            "DELETE /api/v2/tokens": {"summary": "Delete a token"},
            "GET /api/v2/sip/captures": {"summary": "Fetch SIP Captures by SIP Call-ID"},  # 7 words: too long
            "POST /api/v2/agent/outboundSms": {"summary": "Queue outbound SMS message(s)"},
        }
    ) == {
        "GET /api/v2/ping": ("checkThatServiceAnswers", "summary"),
        "DELETE /api/v2/tokens": ("deleteToken", "summary"),
        "GET /api/v2/sip/captures": ("getSipCaptures", "method and path"),
        "POST /api/v2/agent/outboundSms": ("queueOutboundSmsMessage", "summary"),
    }


def test_without_a_usable_summary_the_method_and_path_name_it() -> None:
    assert names(
        {
            "GET /api/v2/ping": {},
            "GET /api/v2/agent/{agentId}/versions": {"summary": "List every stored version of one agent by its id"},
            "PUT /api/v1.1/{accountId}": {"summary": "2fa"},
            "GET /": {},
            "POST /api/v2/webhookRelay/{type}/phone-numbers.json": {"summary": "   "},
        }
    ) == {
        "GET /api/v2/ping": ("getPing", "method and path"),
        "GET /api/v2/agent/{agentId}/versions": ("getAgentVersionsByAgentId", "method and path"),
        "PUT /api/v1.1/{accountId}": ("putByAccountId", "method and path"),
        "GET /": ("getRoot", "method and path"),
        "POST /api/v2/webhookRelay/{type}/phone-numbers.json": (
            "postWebhookRelayPhoneNumbersJsonByType",
            "method and path",
        ),
    }


def test_declared_operation_ids_are_kept_and_never_reused() -> None:
    assert names(
        {
            "GET /tokens": {"operationId": "listTokens", "summary": "List tokens"},
            "GET /v2/tokens": {"summary": "List tokens"},  # its summary name is taken: method and path
            "GET /ping": {"operationId": "getPing"},
            "GET /v2/ping": {},  # `getPing` is taken: method and whole path
            "POST /ping": {"operationId": "postPing"},
            "POST /v2/ping": {"operationId": "post_v2_ping"},
            "POST /v2/ping/": {},  # every name of the rule is taken (as Python names): numbered
        }
    ) == {
        "GET /tokens": ("listTokens", "-"),
        "GET /v2/tokens": ("getTokens", "method and path"),
        "GET /ping": ("getPing", "-"),
        "GET /v2/ping": ("getV2Ping", "method and whole path"),
        "POST /ping": ("postPing", "-"),
        "POST /v2/ping": ("post_v2_ping", "-"),
        "POST /v2/ping/": ("postV2Ping2", "numbered"),
    }


def test_two_new_operations_with_one_summary_both_take_the_next_step() -> None:
    # Neither keeps the summary's name: which one would depend on document order, and a reorder would rename.
    assert names({"GET /a/items": {"summary": "List items"}, "GET /b/items": {"summary": "List items"}}) == {
        "GET /a/items": ("getAItems", "method and path"),
        "GET /b/items": ("getBItems", "method and path"),
    }


def test_a_name_does_not_change_when_other_operations_are_added() -> None:
    before = names({"GET /api/v2/ping": {"summary": "Ping"}})
    after = names({"GET /api/v2/ping": {"summary": "Ping"}, "GET /api/v2/pong": {"summary": "Pong"}})
    assert after["GET /api/v2/ping"] == before["GET /api/v2/ping"] == ("ping", "summary")


def test_an_operation_under_a_referenced_path_item_is_named_and_the_spec_file_left_untouched() -> None:
    # The path item of /pets is a `$ref` to a component: its operations are the spec model's like any other's.
    spec = document({"GET /animals": {"operationId": "listPets"}})  # takes the name the summary "List pets" gives
    spec["paths"]["/pets"] = {"$ref": "#/components/pathItems/Pets"}
    spec["paths"]["/v2/pets"] = {"$ref": "#/components/pathItems/Pets"}  # the same item twice: named once
    spec["components"] = {
        "pathItems": {
            "Pets": {
                "get": {"summary": "List pets", "responses": {"200": {"description": "OK"}}},
                "post": {"summary": "Add a pet", "responses": {"201": {"description": "Added"}}},
            }
        }
    }
    source = SourceDocument(Path("specs/pets.json"), spec)

    named = overlaid(source, None)

    item = named.document["components"]["pathItems"]["Pets"]
    assert (item["get"]["operationId"], item["get"][NAMED_BY]) == ("getPets", "method and path")
    assert (item["post"]["operationId"], item["post"][NAMED_BY]) == ("addPet", "summary")
    assert [operation.key for operation in named.operations] == ["listPets", "getPets", "addPet", "getPets", "addPet"]
    assert "operationId" not in spec["components"]["pathItems"]["Pets"]["get"]


def test_a_document_whose_operations_all_have_ids_is_used_as_it_is() -> None:
    spec = document({"GET /pets": {"operationId": "listPets"}})
    assert operations_named(spec) is spec


def test_vidas_names_are_all_given_by_its_overlay_document() -> None:
    from scripts.registry import load_registry
    from scripts.spec.load import load_spec

    spec = load_spec(load_registry().vendors["vida"])
    assert [operation.key for operation in spec.operations if NAMED_BY in operation.node] == []


@pytest.mark.slow
def test_an_operation_without_an_operation_id_is_generated_under_the_rules_name(
    registry: Registry, pipeline_root: Path
) -> None:
    # The shop spec (JSON, no overlay document) gets an operation with neither operationId nor summary.
    spec_path = pipeline_root / "specs" / "shop.json"
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    spec["paths"]["/orders/{order_id}/ping"] = {
        "get": {
            "parameters": [{"name": "order_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"204": {"description": "It answers."}},
        }
    }
    spec_path.write_text(json.dumps(spec, indent=2), encoding="utf-8")

    result = generate_vendor(registry, registry.vendors["shop"])

    assert result.status == "generated"
    package = pipeline_root / "generated" / "shop" / "twfixture_shop_api"
    assert (package / "api" / "default" / "get_orders_ping_by_order_id.py").exists()
    operations = runpy.run_path(str(package / "_operations.py"))["OPERATIONS"]
    assert operations["get_orders_ping_by_order_id"]["operation_id"] == "getOrdersPingByOrderId"
    overlaid = json.loads((pipeline_root / "generated" / "shop" / "openapi.json").read_text(encoding="utf-8"))
    assert overlaid["paths"]["/orders/{order_id}/ping"]["get"][NAMED_BY] == "method and path"
    # The spec file itself is left as the vendor wrote it.
    assert (
        "operationId"
        not in json.loads(spec_path.read_text(encoding="utf-8"))["paths"]["/orders/{order_id}/ping"]["get"]
    )
