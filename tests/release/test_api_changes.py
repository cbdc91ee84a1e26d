"""What a release adds to and removes from the public Python API, on griffe's dumps of two small package trees: each
object listed once at its shortest public path, private names hidden, long lists cut with a count, griffe's own
removal findings not repeated (and counted in a sync's pull request), every name kept in the release record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.registry import Vendor
from scripts.release.api_surface import ApiChanges, ApiName, api_changes, by_kind
from scripts.release.changelog import LISTED_PER_KIND, render_section
from scripts.release.pull_request import pull_request_body
from scripts.release.state import ReleaseRecord, ReleaseStateError, read_record, write_record
from scripts.release.sync import SyncResult
from scripts.release.versioning import (
    Decision,
    api_dump,
    breakages_between,
    generated_api_module,
    released_api_module,
    removal_findings,
)

PACKAGE = "talkwire_shop_api"

RELEASED = {
    "__init__.py": 'from .client import Client\n\n__all__ = ["Client"]\n',
    "client.py": """\
class Client:
    def get(self, order_id: int) -> int:
        return order_id


def legacy() -> None:
    pass
""",
    "models/__init__.py": 'from .order import Order\n\n__all__ = ("Order",)\n',
    "models/order.py": "class Order:\n    id: int\n    note: str\n",
    "_internal.py": "def helper() -> None:\n    pass\n",
}

CHANGED = {
    # Order is now importable from the package too: one new place for an existing class, its members not again.
    "__init__.py": 'from .client import Client\nfrom .models import Order\n\n__all__ = ["Client", "Order"]\n',
    "client.py": """\
class Client:
    _cache: dict[int, int]

    def get(self, order_id: int) -> int:
        return order_id

    def refunds(self) -> list[int]:
        return []

    def _fetch(self) -> None:
        pass


def _private_helper() -> None:
    pass
""",
    # Refund is defined in models.refund and re-exported by models: listed once, at models.Refund.
    "models/__init__.py": """\
from .order import Order
from .refund import Refund

__all__ = ("Order", "Refund")


def loader() -> None:
    '''Not in __all__: not public.'''
""",
    "models/order.py": "class Order:\n    id: int\n",
    "models/refund.py": "class Refund:\n    amount: int\n\n    def to_dict(self) -> dict[str, int]:\n        return {}\n",
    "_internal.py": "def helper() -> None:\n    pass\n\n\ndef more() -> None:\n    pass\n",
    "errors.py": 'from json import JSONDecodeError\n\n__all__ = ["JSONDecodeError"]\n',
}


def write_package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / PACKAGE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def changes_between(tmp_path: Path, released: dict[str, str], changed: dict[str, str]) -> tuple[ApiChanges, str]:
    """The API changes from the released tree (through its stored dump, as a release reads it) to the changed one,
    and the changelog section they render to."""
    dump = api_dump(write_package(tmp_path / "released", released), PACKAGE)
    changed_root = write_package(tmp_path / "generated", changed)
    changes = api_changes(released_api_module(dump), generated_api_module(changed_root, PACKAGE))
    return changes, render_section("1.3.0", "2026-03-04", "Minor: why.", [], changes)


def section_part(section: str, heading: str) -> list[str]:
    """The non-empty lines under `### heading` up to the next `### `."""
    text = section[section.index(f"### {heading}\n") :].split("\n### ")[0]
    return [line for line in text.splitlines()[1:] if line]


def test_added_and_removed_names_each_once_at_their_shortest_public_path(tmp_path: Path) -> None:
    changes, section = changes_between(tmp_path, RELEASED, CHANGED)

    assert changes.added == (
        ApiName("talkwire_shop_api.errors", "module"),
        ApiName("talkwire_shop_api.models.refund", "module"),
        ApiName("talkwire_shop_api.Order", "class"),
        ApiName("talkwire_shop_api.models.Refund", "class"),
        ApiName("talkwire_shop_api.Client.refunds", "method"),
        ApiName("talkwire_shop_api.models.Refund.to_dict", "method"),
        ApiName("talkwire_shop_api.models.Refund.amount", "attribute"),
        ApiName("talkwire_shop_api.errors.JSONDecodeError", "re-export"),
    )
    assert changes.removed == (
        ApiName("talkwire_shop_api.client.legacy", "function"),
        ApiName("talkwire_shop_api.models.Order.note", "attribute"),
    )
    assert section_part(section, "Added to the Python API") == [
        "Each object once, at its shortest public path.",
        "#### Modules (2)",
        "- `talkwire_shop_api.errors`",
        "- `talkwire_shop_api.models.refund`",
        "#### Classes (2)",
        "- `talkwire_shop_api.Order`",
        "- `talkwire_shop_api.models.Refund`",
        "#### Methods (2)",
        "- `talkwire_shop_api.Client.refunds`",
        "- `talkwire_shop_api.models.Refund.to_dict`",
        "#### Attributes, fields and properties (1)",
        "- `talkwire_shop_api.models.Refund.amount`",
        "#### Names re-exported from other packages (1)",
        "- `talkwire_shop_api.errors.JSONDecodeError`",
    ]
    assert section_part(section, "Removed from the Python API") == [
        "Each object once, at its shortest public path.",
        "#### Functions (1)",
        "- `talkwire_shop_api.client.legacy`",
        "#### Attributes, fields and properties (1)",
        "- `talkwire_shop_api.models.Order.note`",
    ]
    # Private names (underscored, under a private module, or left out of `__all__`) appear nowhere.
    for hidden in ("_cache", "_fetch", "_private_helper", "_internal", "loader"):
        assert hidden not in section


def test_the_same_tree_adds_and_removes_nothing(tmp_path: Path) -> None:
    changes, section = changes_between(tmp_path, RELEASED, RELEASED)

    assert not changes.added and not changes.removed
    assert "Python API" not in section


def test_griffe_removals_are_left_to_the_removed_names(tmp_path: Path) -> None:
    dump = api_dump(write_package(tmp_path / "released", RELEASED), PACKAGE)
    old = released_api_module(dump)
    new = generated_api_module(write_package(tmp_path / "generated", CHANGED), PACKAGE)
    changes = api_changes(old, new)

    # griffe reports the removed attribute at the defining path, which the changelog lists at models.Order.note.
    assert "`talkwire_shop_api.models.order.Order.note`: Public object was removed" in breakages_between(old, new)
    assert changes.vanished_paths >= {"talkwire_shop_api.models.order.Order.note", "talkwire_shop_api.client.legacy"}
    assert not [
        line
        for line in breakages_between(old, new)
        if "Public object was removed" in line and line not in removal_findings(changes.vanished_paths)
    ]


def test_a_long_list_is_cut_with_a_count_and_kept_whole_for_the_record(tmp_path: Path) -> None:
    functions = [f"function_{number:02}" for number in range(LISTED_PER_KIND + 3)]
    many = {
        **RELEASED,
        "client.py": RELEASED["client.py"] + "".join(f"\n\ndef {name}() -> None: ...\n" for name in functions),
    }

    changes, section = changes_between(tmp_path, RELEASED, many)

    added = section_part(section, "Added to the Python API")
    assert added[1] == f"#### Functions ({len(functions)})"
    assert added[2:] == [f"- `talkwire_shop_api.client.{name}`" for name in functions[:LISTED_PER_KIND]] + [
        "- and 3 more (release.json of this release lists every one)"
    ]
    assert by_kind(changes.added) == {"function": [f"talkwire_shop_api.client.{name}" for name in functions]}


def test_a_pull_request_counts_removed_names_among_the_breaking_changes(tmp_path: Path) -> None:
    api = ApiChanges(removed=(ApiName("talkwire_acme_api.client.legacy", "function"),))
    decision = Decision("acme", "bumped", "1.0.0", "2.0.0", "major", "Major: a removed name.", api=api)
    vendor = Vendor("acme", "Acme", tmp_path / "specs" / "acme.yaml", None, "talkwire")
    result = SyncResult("acme", "http://127.0.0.1:1/openapi.yaml", "updated", decision=decision)

    body = pull_request_body(vendor, result)

    assert (
        "## Breaking changes\n\n- removed from the Python API: 1 public name(s), listed in the changelog entries\n"
        in body
    )


def test_a_record_keeps_every_name_and_reads_one_written_before_names_were_kept(tmp_path: Path) -> None:
    record = ReleaseRecord("1.3.0", "2026-03-04", "f" * 64, "minor", "why", {"function": ["a.b", "a.c"]}, {})
    write_record(tmp_path, "shop", record)
    assert read_record(tmp_path, "shop") == record

    path = tmp_path / "releases" / "shop" / "release.json"
    older = {key: value for key, value in json.loads(path.read_text(encoding="utf-8")).items() if "api" not in key}
    path.write_text(json.dumps(older), encoding="utf-8")
    assert read_record(tmp_path, "shop") == ReleaseRecord("1.3.0", "2026-03-04", "f" * 64, "minor", "why")

    path.write_text(json.dumps({**older, "api_added": ["a.b"]}), encoding="utf-8")
    with pytest.raises(ReleaseStateError, match=r"releases/shop/release.json: field 'api_added' is not a mapping"):
        read_record(tmp_path, "shop")
