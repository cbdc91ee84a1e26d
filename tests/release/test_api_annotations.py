"""The Python API check of versioning on two small package trees: a changed parameter or return annotation of a
public function or method is breaking (griffe's own finder ignores annotations), which makes the bump major; a
parameter that accepts more, or a return that gives less, is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.release.versioning import api_breakages, api_dump

PACKAGE = "talkwire_shop_api"

RELEASED = {
    "__init__.py": "from .client import Client, fetch_order\n",
    "client.py": """\
from __future__ import annotations


class Order:
    id: int


class Client:
    def get_order(self, order_id: int, *, timeout: float | None = None) -> Order:
        raise NotImplementedError

    def _private(self, value: int) -> int:
        return value


def fetch_order(client: Client, order_id: int) -> Order | None:
    return client.get_order(order_id)


def untyped(value):  # type: ignore[no-untyped-def]
    return value
""",
}


def write_package(root: Path, files: dict[str, str]) -> Path:
    package = root / PACKAGE
    package.mkdir(parents=True)
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")
    return root


def breakages_after(tmp_path: Path, old: str, new: str) -> list[str]:
    """Release RELEASED, then compare it with the same tree where `old` (one piece of source) reads `new`."""
    released = write_package(tmp_path / "released", RELEASED)
    changed_source = RELEASED["client.py"].replace(old, new)
    assert changed_source != RELEASED["client.py"], f"{old!r} is not in the released source"
    generated = write_package(tmp_path / "generated", {**RELEASED, "client.py": changed_source})
    return api_breakages(api_dump(released, PACKAGE), generated, PACKAGE)


def test_the_same_tree_has_no_breakage(tmp_path: Path) -> None:
    assert breakages_after(tmp_path, "return value", "return value  # same API") == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "-> Order | None:",
            "-> Order | str | None:",
            "`talkwire_shop_api.client.fetch_order`: Return annotation was changed (`Order | None` -> "
            "`Order | str | None`)",
        ),
        (
            "-> Order:\n        raise",
            "-> dict[str, object]:\n        raise",
            "`talkwire_shop_api.client.Client.get_order`: Return annotation was changed (`Order` -> "
            "`dict[str, object]`)",
        ),
        (
            "order_id: int, *",
            "order_id: str, *",
            "`talkwire_shop_api.client.Client.get_order`: Parameter annotation was changed (`order_id`: `int` -> "
            "`str`)",
        ),
        (
            "timeout: float | None",
            "timeout: int | None",
            "`talkwire_shop_api.client.Client.get_order`: Parameter annotation was changed (`timeout`: "
            "`float | None` -> `int | None`)",
        ),
        (
            "timeout: float | None",
            "timeout: float",
            "`talkwire_shop_api.client.Client.get_order`: Parameter annotation was changed (`timeout`: "
            "`float | None` -> `float`)",
        ),
    ],
    ids=["return widened", "return replaced", "parameter replaced", "union member replaced", "parameter narrowed"],
)
def test_a_changed_annotation_of_a_public_callable_is_breaking(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    # Reported once, at the defining module, though the package re-exports fetch_order and Client.
    assert breakages_after(tmp_path, old, new) == [expected]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("def _private(self, value: int) -> int:", "def _private(self, value: str) -> str:"),
        ("def untyped(value):", "def untyped(value: int) -> int:"),
        ("client: Client, order_id: int)", "client: Client, order_id: int | str)"),
        ("timeout: float | None", "timeout: Optional[float | int]"),
        ("-> Order | None:", "-> Order:"),
    ],
    ids=[
        "private method",
        "annotations added where there were none",
        "parameter widened",
        "parameter widened, spelled Optional",
        "return narrowed",
    ],
)
def test_annotations_no_caller_relied_on_are_not_breaking(tmp_path: Path, old: str, new: str) -> None:
    assert breakages_after(tmp_path, old, new) == []


def test_griffe_findings_are_kept_beside_the_annotation_ones(tmp_path: Path) -> None:
    assert breakages_after(tmp_path, "order_id: int, *", "order: str, *") == [
        "`talkwire_shop_api.client.Client.get_order`: Parameter was added as required",
        "`talkwire_shop_api.client.Client.get_order`: Parameter was removed",
    ]
