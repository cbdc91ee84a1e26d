"""Generated models' from_dict builds the instance without calling __init__ (a quarter faster per item): every
from_dict must assign exactly its class's declared fields, and values must land where they belong."""

from __future__ import annotations

import ast
import uuid
from pathlib import Path

import pytest
from talkwire_dstny_api.models.account import Account
from talkwire_vida_api.models.list_tasks_response_200 import ListTasksResponse200

ROOT = Path(__file__).resolve().parents[2]
MODEL_MODULES = sorted(ROOT.glob("generated/*/talkwire_*_api/models/*.py"))


def attrs_classes(tree: ast.Module) -> list[ast.ClassDef]:
    return [
        node
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        and any(isinstance(d, ast.Name) and d.id == "_attrs_define" for d in node.decorator_list)
    ]


def declared_init_fields(model: ast.ClassDef) -> list[str]:
    return [
        node.target.id
        for node in model.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id != "additional_properties"
    ]


def assigned_fields(model: ast.ClassDef) -> list[str] | None:
    """The attributes from_dict assigns on `_model` after ``_model = _new_object(cls)``; None if it builds otherwise."""
    from_dict = next(node for node in model.body if isinstance(node, ast.FunctionDef) and node.name == "from_dict")
    built = any(
        isinstance(node, ast.Assign) and ast.unparse(node) == "_model = _new_object(cls)"
        for node in ast.walk(from_dict)
    )
    if not built:
        return None
    return [
        target.attr
        for node in ast.walk(from_dict)
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Attribute)
        and isinstance(target.value, ast.Name)
        and target.value.id == "_model"
        and target.attr != "additional_properties"
    ]


def test_there_are_models_to_check() -> None:
    assert len(MODEL_MODULES) > 100


@pytest.mark.parametrize("vendor", sorted({path.parts[-4] for path in MODEL_MODULES}))
def test_every_from_dict_assigns_exactly_the_declared_fields(vendor: str) -> None:
    mismatches = []
    for path in (p for p in MODEL_MODULES if p.parts[-4] == vendor):
        for model in attrs_classes(ast.parse(path.read_text(encoding="utf-8"))):
            assigned = assigned_fields(model)
            if assigned is None or sorted(assigned) != sorted(declared_init_fields(model)):
                mismatches.append(f"{path.relative_to(ROOT)}:{model.name}")
    assert not mismatches


def test_generated_models_have_no_init_logic_that_from_dict_would_skip() -> None:
    """Skipping __init__ is only sound while attrs' __init__ merely assigns: a plain ``@_attrs_define`` (not frozen),
    no field with a validator or converter, no ``__attrs_*_init__`` hook."""
    findings = []
    for path in MODEL_MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for model in attrs_classes(tree):
            if any(isinstance(d, ast.Call) for d in model.decorator_list):
                findings.append(f"{path.name}:{model.name} has arguments to @_attrs_define")
            for node in ast.walk(model):
                if isinstance(node, ast.FunctionDef) and node.name.startswith("__attrs_"):
                    findings.append(f"{path.name}:{model.name} defines {node.name}")
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_attrs_field":
                    extra = {keyword.arg for keyword in node.keywords} - {"init", "factory", "default"}
                    if extra:
                        findings.append(f"{path.name}:{model.name} field uses {sorted(str(e) for e in extra)}")
    assert not findings


def test_a_page_parses_into_the_right_attributes_and_keeps_unknown_fields() -> None:
    item = {"id": "task1", "type": "call", "state": "pending", "target": "+15551234567", "createdAt": 17, "new": 1}
    page = {"success": True, "total": 1, "tasks": [item], "cursor": "abc"}
    parsed = ListTasksResponse200.from_dict(page)
    assert parsed.tasks
    task = parsed.tasks[0]
    assert (task.id, task.type_, task.state, task.target, task.created_at) == (
        "task1",
        "call",
        "pending",
        item["target"],
        17,
    )
    assert task.additional_properties == {"new": 1}
    assert parsed.additional_properties == {"cursor": "abc"}
    assert parsed.to_dict() == page


def test_a_model_built_by_from_dict_equals_one_built_by_its_constructor() -> None:
    item = {"id": "task1", "type": "call", "state": "pending", "target": "+1555", "createdAt": 17}
    from talkwire_vida_api.models import ListTasksResponse200TasksItem

    parsed = ListTasksResponse200TasksItem.from_dict(item)
    constructed = ListTasksResponse200TasksItem(
        id="task1", type_="call", state="pending", target="+1555", created_at=17
    )
    assert parsed == constructed
    assert repr(parsed) == repr(constructed)


def test_required_and_optional_fields_land_in_their_own_attributes() -> None:
    identifier = uuid.uuid4()
    body = {
        "id": str(identifier),
        "name": "Acme",
        "created_at": "2026-01-01T10:00:00+00:00",
        "updated_at": "2026-01-02T10:00:00+00:00",
        "_meta": {"token_prefix": "mt_abc", "timestamp": "2026-01-03T10:00:00+00:00"},
        "brand_name": "Acme Brand",
    }
    account = Account.from_dict(body)
    assert account.id == identifier
    assert account.name == "Acme"
    assert account.created_at.day == 1 and account.updated_at.day == 2
    assert account.field_meta.token_prefix == "mt_abc"
    assert account.brand_name == "Acme Brand"
    assert account.to_dict()["brand_name"] == "Acme Brand"
