"""scripts/spec/lint.py, one rule at a time: each finding names the spec, the JSON pointer and the rule.

Every test starts from tests/fixtures/lint/good.yaml (which lints clean) and breaks exactly one thing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.spec.lint import lint, main
from scripts.spec.model import Spec

GOOD = Path(__file__).resolve().parent.parent / "fixtures" / "lint" / "good.yaml"
SPEC = "specs/lint.yaml"
LIST = "/paths/~1notes/get"
DELETE = "/paths/~1notes~1{note_id}/delete"


def good() -> dict[str, Any]:
    document = yaml.safe_load(GOOD.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def findings(document: dict[str, Any]) -> list[str]:
    return [str(problem) for problem in lint(Spec.of(document, SPEC))]


def test_the_good_fixture_has_no_findings() -> None:
    assert findings(good()) == []


def list_notes(document: dict[str, Any]) -> dict[str, Any]:
    operation = document["paths"]["/notes"]["get"]
    assert isinstance(operation, dict)
    return operation


def drop_operation_id(document: dict[str, Any]) -> None:
    del list_notes(document)["operationId"]


def snake_case_operation_id(document: dict[str, Any]) -> None:
    list_notes(document)["operationId"] = "list_notes"


def duplicate_operation_id(document: dict[str, Any]) -> None:
    document["paths"]["/notes/{note_id}"]["delete"]["operationId"] = "listNotes"


def drop_tags(document: dict[str, Any]) -> None:
    del list_notes(document)["tags"]


def two_tags(document: dict[str, Any]) -> None:
    list_notes(document)["tags"] = ["notes", "more"]


def no_2xx(document: dict[str, Any]) -> None:
    list_notes(document)["responses"] = {"404": {"description": "Not found."}}


def no_2xx_schema(document: dict[str, Any]) -> None:
    del list_notes(document)["responses"]["200"]["content"]["application/json"]["schema"]
    del list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]


def no_security(document: dict[str, Any]) -> None:
    del document["paths"]["/notes/{note_id}"]["delete"]["security"]


def paging_without_x_pagination(document: dict[str, Any]) -> None:
    del list_notes(document)["x-pagination"]


def x_pagination_naming_a_missing_parameter(document: dict[str, Any]) -> None:
    list_notes(document)["x-pagination"]["limit_param"] = "per_page"


def x_pagination_items_not_in_the_response(document: dict[str, Any]) -> None:
    list_notes(document)["x-pagination"]["items"] = "notes"


def x_pagination_unknown_style(document: dict[str, Any]) -> None:
    list_notes(document)["x-pagination"]["style"] = "pages"


def cursor_without_next(document: dict[str, Any]) -> None:
    list_notes(document)["parameters"][0]["name"] = "cursor"
    list_notes(document)["x-pagination"] = {"style": "cursor", "cursor_param": "cursor", "items": "data"}


def invalid_response_example(document: dict[str, Any]) -> None:
    example = list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]["one_note"]
    example["value"]["data"][0]["id"] = "one"


def example_missing_a_required_field(document: dict[str, Any]) -> None:
    example = list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]["one_note"]
    del example["value"]["meta"]


def invalid_timestamp_in_example(document: dict[str, Any]) -> None:
    example = list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]["one_note"]
    example["value"]["data"][0]["created_at"] = "1st of October"


def invalid_schema_example(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["Note"]["properties"]["id"]["example"] = "one"


def invalid_default(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["Health"]["properties"]["status"]["default"] = "down"


def invalid_parameter_default(document: dict[str, Any]) -> None:
    list_notes(document)["parameters"][1]["schema"]["default"] = 500


CASES: list[tuple[Callable[[dict[str, Any]], None], str]] = [
    (drop_operation_id, f"{SPEC}: {LIST}: [operationId] operation has no operationId"),
    (snake_case_operation_id, f"{SPEC}: {LIST}: [operationId] 'list_notes' is not lowerCamelCase"),
    (duplicate_operation_id, f"{SPEC}: {DELETE}: [operationId] 'listNotes' is also used at {LIST}"),
    (drop_tags, f"{SPEC}: {LIST}: [tag] an operation has exactly one tag, found None"),
    (two_tags, f"{SPEC}: {LIST}: [tag] an operation has exactly one tag, found ['notes', 'more']"),
    (no_2xx, f"{SPEC}: {LIST}/responses: [2xx] no 2xx response"),
    (no_2xx_schema, f"{SPEC}: {LIST}/responses/200/content/application~1json: [2xx] no schema"),
    (
        no_security,
        f"{SPEC}: {DELETE}: [security] no security declared (use `security: []` for public operations)",
    ),
    (
        paging_without_x_pagination,
        f"{SPEC}: {LIST}: [paging] takes paging parameter(s) ['page'] but declares no x-pagination",
    ),
    (
        x_pagination_naming_a_missing_parameter,
        f"{SPEC}: {LIST}/x-pagination: [paging] `limit_param` names 'per_page', which is not a query parameter "
        "of the operation",
    ),
    (
        x_pagination_items_not_in_the_response,
        f"{SPEC}: {LIST}/x-pagination: [paging] `items` path 'notes' is not in the 2xx response schema",
    ),
    (
        x_pagination_unknown_style,
        f"{SPEC}: {LIST}/x-pagination: [paging] style must be one of ['cursor', 'offset', 'page'], found 'pages'",
    ),
    (
        cursor_without_next,
        f"{SPEC}: {LIST}/x-pagination: [paging] style cursor needs `next` (where the next token comes from)",
    ),
    (
        invalid_response_example,
        f"{SPEC}: {LIST}/responses/200/content/application~1json/examples/one_note/value: [example] does not fit "
        f"{LIST}/responses/200/content/application~1json/schema at 'data/0/id': 'one' is not of type 'integer'",
    ),
    (
        example_missing_a_required_field,
        f"{SPEC}: {LIST}/responses/200/content/application~1json/examples/one_note/value: [example] does not fit "
        f"{LIST}/responses/200/content/application~1json/schema: 'meta' is a required property",
    ),
    (
        invalid_timestamp_in_example,
        f"{SPEC}: {LIST}/responses/200/content/application~1json/examples/one_note/value: [example] does not fit "
        f"{LIST}/responses/200/content/application~1json/schema at 'data/0/created_at': "
        "'1st of October' is not a 'date-time'",
    ),
    (
        invalid_schema_example,
        f"{SPEC}: /components/schemas/Note/properties/id/example: [example] does not fit "
        "/components/schemas/Note/properties/id: 'one' is not of type 'integer'",
    ),
    (
        invalid_default,
        f"{SPEC}: /components/schemas/Health/properties/status/default: [example] does not fit "
        "/components/schemas/Health/properties/status: 'down' is not one of ['ok', 'degraded']",
    ),
    (
        invalid_parameter_default,
        f"{SPEC}: {LIST}/parameters/1/schema/default: [example] does not fit {LIST}/parameters/1/schema: "
        "500 is greater than the maximum of 100",
    ),
]


@pytest.mark.parametrize(("breakage", "finding"), CASES, ids=[breakage.__name__ for breakage, _ in CASES])
def test_each_rule_reports_the_spec_pointer_and_rule(breakage: Callable[[dict[str, Any]], None], finding: str) -> None:
    document = good()
    breakage(document)
    assert findings(document) == [finding]


def test_an_explicitly_unwalkable_list_is_accepted() -> None:
    document = good()
    list_notes(document)["x-pagination"] = False
    assert findings(document) == []


def test_a_document_wide_security_requirement_covers_operations() -> None:
    document = good()
    del document["paths"]["/notes/{note_id}"]["delete"]["security"]
    document["security"] = [{"bearer": []}]
    assert findings(document) == []


def test_a_timestamp_without_a_zone_offset_is_not_a_date_time() -> None:
    # RFC 3339, as Prism and every strict validator read it: diio's zone-less `2025-10-01T15:10:05` is a
    # `date-time-local` (docs/spec-conventions.md), and an example calling it a `date-time` is wrong.
    document = good()
    example = list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]["one_note"]
    example["value"]["data"][0]["created_at"] = "2025-10-01T15:10:05"
    assert findings(document) == [
        f"{SPEC}: {LIST}/responses/200/content/application~1json/examples/one_note/value: [example] does not fit "
        f"{LIST}/responses/200/content/application~1json/schema at 'data/0/created_at': "
        "'2025-10-01T15:10:05' is not a 'date-time'"
    ]


def test_a_zone_less_timestamp_fits_date_time_local() -> None:
    document = good()
    document["components"]["schemas"]["Note"]["properties"]["created_at"]["format"] = "date-time-local"
    example = list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]["one_note"]
    example["value"]["data"][0]["created_at"] = "2025-10-01T15:10:05"
    assert findings(document) == []


def test_the_command_line_lints_a_spec_file_and_fails_on_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = good()
    drop_tags(document)
    spec = tmp_path / "lint.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")

    assert main([str(spec)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        # From a file, each finding carries the line of the node at fault too.
        f"{spec}: {LIST} (line 10): [tag] an operation has exactly one tag, found None",
        "1 problem(s)",
    ]

    spec.write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    assert main([str(spec)]) == 0
    assert capsys.readouterr().out == "no problems\n"


def test_the_command_line_reports_an_unloadable_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: [\n", encoding="utf-8")
    assert main([str(spec)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{spec}: line ") and "invalid YAML" in out
